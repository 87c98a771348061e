package eu.newsroom.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * The filters that keep the newsroom answering under pressure: a 503 while the database is unreachable
 * (outermost, around Spring Session), anonymous pages from the page cache, per-client rate limits ahead of
 * Spring Security, so a flood is cut before any sign-in work, and per-account limits on /me after it.
 */
@Configuration(proxyBeanMethods = false)
class ReliabilityFilters {

    /** Spring Security's filter chain runs at -100 (SecurityProperties.DEFAULT_FILTER_ORDER). */
    private static final int BEFORE_SECURITY = -110;
    private static final int AFTER_SECURITY = -90;

    /** Spring Session's filter runs at Ordered.HIGHEST_PRECEDENCE + 50, the character encoding filter before it. */
    private static final int AROUND_SESSIONS = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(DatabaseOutage outage,
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
                new DatabaseOutageFilter(outage, sessionCookie));
        registration.setOrder(AROUND_SESSIONS);
        return registration;
    }

    /**
     * Anonymous pages from memory: inside the outage filter, ahead of Spring Session and Spring Security, whose
     * work a page from the cache does not need.
     */
    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, LocaleResolver locales,
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
                new PageCacheFilter(cache, locales, sessionCookie));
        registration.setOrder(AROUND_SESSIONS + 10);
        return registration;
    }

    /** An oversized upload is told as such before Spring Security would take its lost CSRF token for a forgery. */
    @Bean
    FilterRegistrationBean<UploadSizeFilter> uploadSizeFilter(MessageSource messages, LocaleResolver locales,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
        FilterRegistrationBean<UploadSizeFilter> registration = new FilterRegistrationBean<>(
                new UploadSizeFilter(maxRequestSize, messages, locales));
        registration.setOrder(BEFORE_SECURITY + 5);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimits limits, MessageSource messages) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(new RateLimitFilter(limits, messages));
        registration.setOrder(BEFORE_SECURITY);
        return registration;
    }

    /** Per signed-in account on /me: after Spring Security, which tells who is signed in. */
    @Bean
    FilterRegistrationBean<AccountRateLimitFilter> accountRateLimitFilter(RateLimits limits, MessageSource messages,
            LocaleResolver locales) {
        FilterRegistrationBean<AccountRateLimitFilter> registration = new FilterRegistrationBean<>(
                new AccountRateLimitFilter(limits, messages, locales));
        registration.setOrder(AFTER_SECURITY);
        return registration;
    }
}
