package eu.newsroom.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves anonymous readers' pages from the {@link PageCache}. A request is anonymous when it carries no session
 * cookie and no Authorization header: then nothing personal can be on the page (signed-in readers, accredited
 * journalists under embargo and the desk always get a freshly rendered page). Only what {@link HttpCaching}
 * marked as the same for everyone ({@code Cache-Control: no-cache}), answered 200 as HTML without setting a
 * cookie, is kept; search and exports are left out (their addresses are endless). The key is the address with
 * its query and the interface language the reader would get. Runs ahead of Spring Security, so a page served
 * from the cache costs no security, session or rendering work; its headers (security headers included) are
 * those the page was rendered with. {@code X-Page-Cache} says HIT or MISS. Readers who ask for a page while
 * another renders it wait for that rendering and get its page (HIT), so a page is rendered once however many ask.
 */
class PageCacheFilter extends OncePerRequestFilter {

    static final String STATUS_HEADER = "X-Page-Cache";

    /**
     * Addresses with endless variants (search, exports), no HTML, or their own caching. Personal pages need no
     * entry: {@link HttpCaching} marks them private, and only what it marks public is kept; a form with a CSRF
     * token (the sign-in page) opens a session, and a page that sets a cookie is never kept.
     */
    private static final List<String> UNCACHED_PREFIXES = List.of("/search", "/exports", "/api", "/actuator",
            "/feeds", "/css", "/webjars", "/js");

    /**
     * How long a reader waits for the page another is rendering before rendering it too: long enough for a
     * rendering on a busy machine, short enough that a stuck one holds no reader longer than its own would.
     */
    private static final Duration MAX_WAIT_FOR_OTHER = Duration.ofSeconds(10);

    private final PageCache cache;
    private final LocaleResolver locales;
    private final String sessionCookie;

    PageCacheFilter(PageCache cache, LocaleResolver locales, String sessionCookie) {
        this.cache = cache;
        this.locales = locales;
        this.sessionCookie = sessionCookie;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!cache.enabled() || !"GET".equals(request.getMethod())
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null || hasSessionCookie(request)) {
            return true;
        }
        // the path as the controllers see it: /%73earch is the search page too
        String path = RequestPath.of(request);
        return UNCACHED_PREFIXES.stream().anyMatch(prefix -> RequestPath.isUnder(path, prefix) || path.startsWith(prefix + "."));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        PageCache.Page page = cache.get(key);
        if (page != null) {
            serve(page, request, response);
            return;
        }
        long generation = cache.generation();
        PageCache.Rendering rendering = cache.rendering(key, generation);
        if (!rendering.mine()) {
            page = awaitOther(rendering);
            if (page != null) {
                serve(page, request, response);
                return;
            }
        }
        PageCache.Page kept = null;
        var rendered = new ContentCachingResponseWrapper(response);
        try {
            response.setHeader(STATUS_HEADER, "MISS");
            chain.doFilter(request, rendered);
            if (keepable(rendered)) {
                kept = new PageCache.Page(rendered.getStatus(), headers(rendered), rendered.getContentAsByteArray(),
                        rendered.getHeader(HttpHeaders.ETAG), cache.now());
                cache.put(key, kept, generation);
            }
        } finally {
            // the readers waiting for this rendering get it before this reader's own response is written
            if (rendering.mine()) {
                rendering.done(kept);
            }
        }
        rendered.copyBodyToResponse();
    }

    private static PageCache.Page awaitOther(PageCache.Rendering rendering) throws IOException {
        try {
            return rendering.await(MAX_WAIT_FOR_OTHER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for a page another request renders", e);
        }
    }

    private String key(HttpServletRequest request) {
        Locale locale = locales.resolveLocale(request);
        String query = request.getQueryString();
        return locale.toLanguageTag() + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static boolean keepable(HttpServletResponse response) {
        String type = response.getContentType();
        return response.getStatus() == HttpServletResponse.SC_OK
                && type != null && MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(type))
                && HttpCaching.PUBLIC.equals(response.getHeader(HttpHeaders.CACHE_CONTROL))
                && response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty();
    }

    private static Map<String, List<String>> headers(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!name.equalsIgnoreCase(STATUS_HEADER) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                headers.put(name, new ArrayList<>(response.getHeaders(name)));
            }
        }
        headers.put(HttpHeaders.CONTENT_TYPE, List.of(response.getContentType()));
        // the servlet container derives Content-Language from the response's locale, not from a header
        headers.put(HttpHeaders.CONTENT_LANGUAGE, List.of(response.getLocale().toLanguageTag()));
        return headers;
    }

    private static void serve(PageCache.Page page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        page.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setHeader(STATUS_HEADER, "HIT");
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (page.etag() != null && ifNoneMatch != null && ifNoneMatch.contains(page.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(page.status());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    private boolean hasSessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(sessionCookie)) {
                    return true;
                }
            }
        }
        return false;
    }
}
