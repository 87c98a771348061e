package eu.newsroom.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UrlPathHelper;

/**
 * The path of a request as Spring Security and Spring MVC match it: decoded, with {@code ;jsessionid}-style
 * parameters removed and {@code //}, {@code /./} and {@code /../} resolved by the servlet container. Filters that
 * decide by path (rate limits, the page cache, personal pages) must compare this, never the raw request URI:
 * {@code /%65xports/commitments.json} is {@code /exports/commitments.json} to the controller that answers it.
 */
public final class RequestPath {

    private static final UrlPathHelper DECODING = new UrlPathHelper();

    static {
        DECODING.setUrlDecode(true);
        DECODING.setRemoveSemicolonContent(true);
    }

    private RequestPath() {
    }

    /** The application-relative path of this request (the servlet path and path info, which the container decodes). */
    public static String of(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
        return path.isEmpty() ? "/" : path;
    }

    /** Whether the path is {@code prefix} itself or lies under it ({@code /me} and {@code /me/searches}, not {@code /media}). */
    public static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
    }

    /**
     * The path of the request that failed, on an error page's dispatch (which has its own path, {@code /error});
     * otherwise this request's path.
     */
    public static String failed(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null) {
            return of(request);
        }
        String path = DECODING.removeSemicolonContent(uri.toString());
        String context = request.getContextPath();
        if (!context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        return DECODING.decodeRequestString(request, path);
    }

    /** Whether the request (or, on an error page, the request that failed) is one of the JSON API's. */
    public static boolean isApi(HttpServletRequest request) {
        return isUnder(failed(request), "/api");
    }
}
