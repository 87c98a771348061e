package eu.newsroom.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the per-client rate limits ahead of Spring Security, so a flood is cut before any sign-in work. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    /** Spring Security's filter chain runs at -100 (SecurityProperties.DEFAULT_FILTER_ORDER). */
    private static final int BEFORE_SECURITY = -110;

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties limits, MessageSource messages) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(new RateLimitFilter(limits, messages));
        registration.setOrder(BEFORE_SECURITY);
        registration.setEnabled(limits.enabled());
        return registration;
    }
}
