package eu.newsroom.account;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as the server can tell: keeps its cookies, sends forms with the CSRF token the
 * pages carry, does not follow redirects. Optionally from a given client address (X-Forwarded-For,
 * trusted from the loopback proxy), so that tests with failed sign-ins do not throttle each other.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final String clientAddress;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String sessionToken;

    WebSession(String base, String clientAddress) {
        this.base = base;
        this.clientAddress = clientAddress;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public WebSession(String base) {
        this(base, null);
    }

    /** Signs in with the form; the answer is the redirect (to the page asked for, or to /login?error). */
    HttpResponse<String> signIn(String username, String password) {
        return post("/login", Map.of("username", username, "password", password));
    }

    /** Signs in and fails the test unless it worked. */
    public WebSession signedIn(String username, String password) {
        HttpResponse<String> answer = signIn(username, password);
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("could not sign in as " + username + ": " + answer.statusCode() + " "
                    + answer.headers().firstValue("Location").orElse(""));
        }
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).header("Accept", "text/html").GET());
    }

    /** Posts a form with a fresh CSRF token of this session, as a page of the newsroom would. */
    HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", csrfToken());
        return postWithoutCsrfToken(path, withToken);
    }

    /** Posts one file as a form with enctype multipart/form-data does, the CSRF token among its fields. */
    public HttpResponse<String> postFile(String path, String field, String fileName, byte[] content) {
        String boundary = "newsroom-test-" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken()
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Posts a form as a forged cross-site request would: without the token. */
    HttpResponse<String> postWithoutCsrfToken(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any request, for the route checks: with this session's cookies and, for writes, its CSRF token. */
    HttpResponse<String> send(String method, String path) {
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return send(request(path).header("Accept", "text/html").method(method, HttpRequest.BodyPublishers.noBody()));
        }
        if (sessionToken == null) {
            // the token lasts as long as the session: one page for all the route checks
            sessionToken = csrfToken();
        }
        return send(request(path).header("Accept", "text/html").header("X-CSRF-TOKEN", sessionToken)
                .method(method, HttpRequest.BodyPublishers.noBody()));
    }

    String csrfToken() {
        Matcher token = CSRF.matcher(get("/login").body());
        if (!token.find()) {
            throw new AssertionError("the sign-in page carries no CSRF token");
        }
        return token.group(1);
    }

    /** The value of the session cookie this browser holds, if any. */
    public Optional<String> sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Replaces the session cookie, as an attacker who planted or stole one would. */
    public void useSessionCookie(String value) {
        HttpCookie cookie = new HttpCookie("SESSION", value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().removeAll();
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
