package eu.newsroom.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/** Real HTTP against the running application, with the JDK's own client. */
@TestConfiguration(proxyBeanMethods = false)
public class HttpClientForTests {

    @Bean
    @Lazy
    Http http(WebServerApplicationContext context) {
        return new Http("http://localhost:" + context.getWebServer().getPort());
    }

    /** Small helpers over java.net.http for GET and POST with optional Basic credentials. */
    public static final class Http {

        public static final String DEMO_PASSWORD = "newsroom-demo-2025";

        private final String base;
        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        Http(String base) {
            this.base = base;
        }

        public String base() {
            return base;
        }

        public HttpResponse<String> get(String path, String accept) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET().build());
        }

        public HttpResponse<String> getWithHeader(String path, String header, String value) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header(header, value).GET().build());
        }

        public HttpResponse<String> page(String path) {
            return get(path, "text/html");
        }

        public HttpResponse<String> json(String path) {
            return get(path, "application/json");
        }

        public HttpResponse<String> post(String path, String contentType, byte[] body, String user) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", contentType).header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (user != null) {
                String token = Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
                request.header("Authorization", "Basic " + token);
            }
            return send(request.build());
        }

        public HttpResponse<String> importNdjson(String ndjson, String user) {
            return post("/api/v1/import", "application/x-ndjson", ndjson.getBytes(StandardCharsets.UTF_8), user);
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
}
