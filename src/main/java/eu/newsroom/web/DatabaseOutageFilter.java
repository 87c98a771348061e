package eu.newsroom.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While PostgreSQL cannot be reached, answers 503 instead of a 500 for the failures that happen outside
 * Spring MVC (DatabaseFailureAdvice handles those inside): it wraps every other filter, Spring Session's
 * included, whose session reads and writes fail there. Nothing is kept between requests: the first request
 * after the database returns is served as usual.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private final DatabaseOutage outage;
    private final String sessionCookie;

    DatabaseOutageFilter(DatabaseOutage outage, String sessionCookie) {
        this.outage = outage;
        this.sessionCookie = sessionCookie;
    }

    /** The error page of a 503 passes here too (see below). */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // Spring Session looks the session up again for the error page; with a signed-in reader's cookie that
            // waits for the pool once more, fails, and leaves the servlet container's bare error page instead of
            // ours. Without the cookie the page renders as for a reader who is not signed in; the cookie itself
            // stays in the browser, so the session is there again once the database is back.
            chain.doFilter(DatabaseOutage.answered(request) ? withoutSessionCookie(request) : request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted() || !outage.caused(e)) {
                throw e;
            }
            outage.answer(request, response, e);
        }
    }

    private HttpServletRequest withoutSessionCookie(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public Cookie[] getCookies() {
                Cookie[] cookies = super.getCookies();
                return cookies == null ? null
                        : Arrays.stream(cookies).filter(c -> !c.getName().equals(sessionCookie)).toArray(Cookie[]::new);
            }
        };
    }
}
