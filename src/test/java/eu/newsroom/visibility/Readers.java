package eu.newsroom.visibility;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.SignedInBrowser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The three kinds of reader of issue 19's matrix: anonymous, a signed-in analyst and an accredited journalist. Pages
 * are read with a browser session, the API with Basic credentials, as each kind of reader does.
 */
final class Readers {

    static final String JOURNALIST = "journalist@newsroom.example";
    static final String ANALYST = "analyst@newsroom.example";
    static final String EDITOR = "editor@newsroom.example";

    /** One reader: reads any public path and answers status and body. */
    interface Reader {
        String name();

        HttpResponse<String> read(String path);
    }

    static Reader anonymous(Http http) {
        return new Reader() {
            public String name() {
                return "anonymous";
            }

            public HttpResponse<String> read(String path) {
                return http.get(path, accept(path));
            }
        };
    }

    static Reader signedIn(Http http, String username) {
        SignedInBrowser browser = SignedInBrowser.as(http, username);
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + Http.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return new Reader() {
            public String name() {
                return username;
            }

            public HttpResponse<String> read(String path) {
                // the API with Basic credentials, everything else with the browser's session
                String credentials = path.startsWith("/api/") ? basic : null;
                var request = HttpRequest.newBuilder(URI.create(http.base() + path)).header("Accept", accept(path));
                request.header(credentials != null ? "Authorization" : "Cookie",
                        credentials != null ? credentials : "SESSION=" + browser.cookie("SESSION"));
                try {
                    return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    /** What a reader's client asks for at this path: HTML pages, JSON from the API, the format of a file. */
    static String accept(String path) {
        String file = path.replaceAll("\\?.*", "");
        if (path.startsWith("/api/") || file.endsWith(".json")) {
            return "application/json";
        }
        if (file.endsWith(".csv")) {
            return "text/csv";
        }
        if (file.endsWith(".xml")) {
            return "application/xml";
        }
        return file.endsWith(".atom") ? "application/atom+xml" : "text/html";
    }

    private Readers() {
    }
}
