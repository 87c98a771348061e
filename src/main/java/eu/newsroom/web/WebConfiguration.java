package eu.newsroom.web;

import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The interface language: chosen with {@code ?locale=de} (kept in a cookie), otherwise taken from
 * the browser's Accept-Language among the languages the interface speaks, otherwise English.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** The languages the interface speaks; every message bundle exists in each. */
    static final List<Locale> UI_LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH);

    /** The cookie that keeps the language a reader chose. */
    static final String LOCALE_COOKIE = "newsroom-locale";

    /** The interface language for a language the reader asks for, or null when the interface does not speak it. */
    static Locale interfaceLocale(Locale asked) {
        for (Locale ui : UI_LOCALES) {
            if (ui.getLanguage().equals(asked.getLanguage())) {
                return ui;
            }
        }
        return null;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LOCALE_COOKIE);
        resolver.setDefaultLocale(Locale.ENGLISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> {
            var accepted = request.getLocales();
            while (accepted.hasMoreElements()) {
                Locale ui = interfaceLocale(accepted.nextElement());
                if (ui != null) {
                    return ui;
                }
            }
            return Locale.ENGLISH;
        });
        return resolver;
    }

    /** Controllers take the acting user as a parameter (ActingUserArgument). */
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActingUserArgument());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws ServletException {
                // the error page keeps the language already chosen; reading parameters again there would fail
                // for a refused upload, whose multipart body Tomcat cannot parse (UploadSizeFilter)
                return request.getDispatcherType() == DispatcherType.ERROR || super.preHandle(request, response, handler);
            }
        };
        interceptor.setParamName("locale");
        // an unknown ?locale= value is ignored rather than answered with an error
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
