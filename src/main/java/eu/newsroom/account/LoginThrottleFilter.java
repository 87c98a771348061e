package eu.newsroom.account;

import eu.newsroom.web.RequestPath;
import eu.newsroom.web.TooManyRequests;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Refuses a sign-in attempt, on the form or with HTTP Basic, while its account or client address
 * is throttled: 429 Too Many Requests with Retry-After, before the password is even checked.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final MessageSource messages;

    LoginThrottleFilter(LoginThrottle throttle, MessageSource messages) {
        this.throttle = throttle;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = attemptedUsername(request);
        if (username.isPresent()) {
            Optional<Duration> wait = throttle.waitBefore(username.get(), request.getRemoteAddr());
            if (wait.isPresent()) {
                long seconds = TooManyRequests.retryAfterSeconds(wait.get());
                var locale = RequestContextUtils.getLocale(request);
                TooManyRequests.refuse(request, response, seconds,
                        messages.getMessage("error.throttled", new Object[] {(seconds + 59) / 60}, locale));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The account a request tries to sign in as: the sign-in form's username, or a Basic header's. */
    static Optional<String> attemptedUsername(HttpServletRequest request) {
        if ("POST".equals(request.getMethod()) && "/login".equals(RequestPath.of(request))) {
            return Optional.ofNullable(request.getParameter("username"));
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
