package eu.newsroom.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While PostgreSQL cannot be reached, answers 503 instead of a 500 for the failures that happen outside
 * Spring MVC (DatabaseFailureAdvice handles those inside): it wraps every other filter, Spring Session's
 * included, whose session reads and writes fail there. Nothing is kept between requests: the first request
 * after the database returns is served as usual.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private final DatabaseOutage outage;

    DatabaseOutageFilter(DatabaseOutage outage) {
        this.outage = outage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted() || !outage.caused(e)) {
                throw e;
            }
            outage.answer(request, response, e);
        }
    }
}
