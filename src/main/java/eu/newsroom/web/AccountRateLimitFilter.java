package eu.newsroom.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Limits each signed-in account on its own pages under /me ({@link RateLimits}, {@code ACCOUNT_PAGES}), whatever
 * address it comes from: listing saved searches runs each of them, and 20 requests at once from one account stalled
 * anonymous readers (issue 19 finding 9). Runs after Spring Security, which tells who is signed in.
 */
class AccountRateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;
    private final MessageSource messages;
    private final LocaleResolver locales;

    AccountRateLimitFilter(RateLimits limits, MessageSource messages, LocaleResolver locales) {
        this.limits = limits;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !RequestPath.isUnder(RequestPath.of(request), "/me");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Principal reader = request.getUserPrincipal();
        Optional<Duration> wait = reader == null ? Optional.empty() : limits.take(RateLimits.Kind.ACCOUNT_PAGES, reader.getName());
        if (wait.isPresent()) {
            long seconds = TooManyRequests.retryAfterSeconds(wait.get());
            TooManyRequests.refuse(request, response, seconds, messages.getMessage("error.rateLimited.account",
                    new Object[] {seconds}, locales.resolveLocale(request)));
            return;
        }
        chain.doFilter(request, response);
    }
}
