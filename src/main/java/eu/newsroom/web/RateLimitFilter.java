package eu.newsroom.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Limits each client address on the search pages, the exports and the API ({@link RateLimits}): past the limit,
 * 429 with Retry-After. Routes are told by the decoded, normalised path ({@link RequestPath}), as the controllers see
 * it. The address is Tomcat's remote address, which its RemoteIpValve has already taken from X-Forwarded-For behind a
 * trusted proxy. Runs ahead of Spring Security, so a flood is cut before any sign-in work.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;
    private final MessageSource messages;

    RateLimitFilter(RateLimits limits, MessageSource messages) {
        this.limits = limits;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimits.Kind kind = kindOf(RequestPath.of(request));
        String address = request.getRemoteAddr();
        if (kind != null && !limits.exempt(address)) {
            Optional<Duration> wait = limits.take(kind, address);
            if (wait.isPresent()) {
                long seconds = TooManyRequests.retryAfterSeconds(wait.get());
                String message = messages.getMessage("error.rateLimited", new Object[] {seconds},
                        RequestContextUtils.getLocale(request));
                TooManyRequests.refuse(request, response, seconds, message);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static RateLimits.Kind kindOf(String path) {
        if (RequestPath.isUnder(path, "/api")) {
            return RateLimits.Kind.API;
        }
        if (RequestPath.isUnder(path, "/exports")) {
            return RateLimits.Kind.EXPORT;
        }
        // the search feed runs a search each time it is read
        if (RequestPath.isUnder(path, "/search") || path.equals("/feeds/search.atom")) {
            return RateLimits.Kind.SEARCH;
        }
        return null;
    }
}
