package eu.newsroom.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session once it is older than the absolute time-out, however active it has been: a stolen
 * session cookie stops working within a known time. Sign-in starts a new session (see
 * SecurityConfiguration), so the age counts from sign-in. Runs before the security context is read,
 * so the request continues as an anonymous one.
 */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

    private final Duration limit;
    private final Clock clock;

    AbsoluteSessionTimeout(SessionTimeoutProperties timeouts, Clock clock) {
        this.limit = timeouts.absoluteTimeout();
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && Instant.ofEpochMilli(session.getCreationTime()).plus(limit).isBefore(clock.instant())) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
