package eu.newsroom.account;

import eu.newsroom.web.ErrorAnswer;
import eu.newsroom.web.PublicLinks;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Keeps other sites from writing through the API with a browser's cached Basic credentials (issue 19 finding 5:
 * a page elsewhere stored a reference rate as the chief editor). The API takes no cookie, so it has no CSRF token;
 * instead, before any credentials are read, a write
 * <ul>
 * <li>that a browser marks as coming from another page ({@code Sec-Fetch-Site} other than {@code same-origin} or
 * {@code none}), or whose {@code Origin} is neither the newsroom's public address nor the request's own, is
 * refused 403;</li>
 * <li>whose content type is one an HTML form (or a fetch without a CORS preflight) can send, form data or
 * {@code text/plain}, is refused 415: the API's writes take NDJSON, JSON or the ECB's files, which a page on
 * another site can only send after a preflight this newsroom never grants.</li>
 * </ul>
 * Scripts (curl, a scheduled job) send neither header and are not concerned.
 */
class CrossSiteApiWrites extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> SAME_SITE_FETCHES = Set.of("same-origin", "none");
    /** What a form can post, and what fetch() sends without a preflight (the CORS-safelisted types). */
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private final String publicOrigin;
    private final MessageSource messages;
    private final LocaleResolver locales;

    CrossSiteApiWrites(PublicLinks links, MessageSource messages, LocaleResolver locales) {
        URI base = URI.create(links.base());
        this.publicOrigin = origin(base.getScheme(), base.getHost(), base.getPort());
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE_METHODS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale locale = locales.resolveLocale(request);
        if (fromAnotherSite(request)) {
            ErrorAnswer.send(request, response, HttpServletResponse.SC_FORBIDDEN,
                    messages.getMessage("error.api.crossSite", null, locale));
            return;
        }
        String type = formType(request.getContentType());
        if (type != null) {
            ErrorAnswer.send(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    messages.getMessage("error.api.formContent", new Object[] {type}, locale));
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean fromAnotherSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !SAME_SITE_FETCHES.contains(fetchSite.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String claimed = origin.strip().toLowerCase(Locale.ROOT);
        return !claimed.equals(publicOrigin) && !claimed.equals(ownOrigin(request));
    }

    /** The form type a content type is, lower-cased without parameters; null for any other type. */
    private static String formType(String contentType) {
        if (contentType == null) {
            return null;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            String plain = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
            return FORM_TYPES.contains(plain) ? plain : null;
        } catch (IllegalArgumentException e) {
            // not a content type at all: let the controller's own check answer it
            return null;
        }
    }

    /** The origin this request was addressed to, as a browser would write it in Origin. */
    private static String ownOrigin(HttpServletRequest request) {
        return origin(request.getScheme(), request.getServerName(), request.getServerPort());
    }

    /** scheme://host[:port], the port left out where it is the scheme's own, as browsers write an Origin. */
    private static String origin(String scheme, String host, int port) {
        String lower = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port < 0 || (lower.equals("http") && port == 80) || (lower.equals("https") && port == 443);
        return lower + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
