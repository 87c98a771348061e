package eu.newsroom.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for page flows: keeps its session cookie, signs in through the real
 * form, and sends the CSRF token with every form it posts. Redirects are not followed, so tests see them.
 */
public final class SignedInBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String csrf;

    private SignedInBrowser(String base) {
        this.base = base;
    }

    /** Signs in with the demo password; fails the test if the sign-in does not succeed. */
    public static SignedInBrowser as(HttpClientForTests.Http http, String username) {
        return as(http.base(), username, HttpClientForTests.Http.DEMO_PASSWORD);
    }

    /** Signs in to the application at {@code base} (one a test started itself); fails the test if it does not succeed. */
    public static SignedInBrowser as(String base, String username, String password) {
        SignedInBrowser browser = new SignedInBrowser(base);
        browser.csrf = browser.tokenOn("/login");
        HttpResponse<String> signedIn = browser.postForm("/login", List.of(Map.entry("username", username),
                Map.entry("password", password)));
        assertThat(signedIn.statusCode()).as("sign-in of " + username).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        // the token changes at sign-in, with the session
        browser.csrf = browser.tokenOn("/login");
        return browser;
    }

    /** The value of this browser's cookie of that name, null without one. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
    }

    /** Posts a form with this session's CSRF token; fields may repeat (checkbox lists). */
    public HttpResponse<String> postForm(String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry("_csrf", csrf));
        return postRaw(path, all);
    }

    /** Posts without adding a CSRF token, to show it is refused. */
    public HttpResponse<String> postRaw(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(f -> enc(f.getKey()) + "=" + enc(f.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private String tokenOn(String path) {
        Matcher token = CSRF.matcher(get(path).body());
        assertThat(token.find()).as(path + " carries a CSRF token").isTrue();
        return token.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
