package eu.newsroom.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * HTTP caching of pages (docs/benchmarks.md): what an anonymous reader gets is the same for everyone, so it
 * carries an ETag and {@code Cache-Control: no-cache} (a browser or proxy may keep it but asks each time, and
 * an unchanged page is answered with 304 and no body: a publication shows at once). Whatever is personal, a
 * signed-in reader's page or the desk, account and admin pages, is {@code private, no-store} and gets no ETag.
 * Runs after Spring Security (it is a plain filter bean, ordered last), which tells whether someone is signed
 * in; a Cache-Control a controller sets itself (feeds) wins over this default.
 */
@Component
class HttpCaching extends ShallowEtagHeaderFilter {

    static final String PUBLIC = "no-cache";
    static final String PERSONAL = "private, no-store";

    /** Pages that are someone's own even when they look the same for everyone (sign-in forms with tokens). */
    private static final List<String> PERSONAL_PREFIXES = List.of("/editorial", "/admin", "/account", "/me", "/alerts",
            "/demo");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, personal(request) ? PERSONAL : PUBLIC);
        // ShallowEtagHeaderFilter leaves a response without an ETag when its Cache-Control has no-store
        super.doFilterInternal(request, response, chain);
    }

    private static boolean personal(HttpServletRequest request) {
        if (request.getUserPrincipal() != null) {
            return true;
        }
        String path = RequestPath.of(request);
        return PERSONAL_PREFIXES.stream().anyMatch(prefix -> RequestPath.isUnder(path, prefix));
    }
}
