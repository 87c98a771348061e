package eu.newsroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import eu.newsroom.support.RawHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Per-client rate limits on search, exports and the API (test profile: 8 searches, 4 exports and 8 API
 * calls an hour; loopback exempt). Each test speaks from its own address through X-Forwarded-For, which
 * Tomcat's RemoteIpValve trusts from loopback, so no other test shares its buckets.
 */
@NewsroomTest
class RateLimitTest {

    @Autowired
    Http http;

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String accept, String client, String language) throws Exception {
        return this.client.send(HttpRequest.newBuilder(URI.create(http.base() + path)).header("Accept", accept)
                .header("Accept-Language", language).header("X-Forwarded-For", client).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void searchPagesAnswer429WithRetryAfterAndAPageOnceTheLimitIsSpent() throws Exception {
        String client = "203.0.113.11";
        for (int i = 1; i <= 8; i++) {
            assertThat(get("/search?q=defence", "text/html", client, "en").statusCode()).as("search " + i).isEqualTo(200);
        }
        HttpResponse<String> refused = get("/search?q=defence", "text/html", client, "de");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3600L);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(refused.body()).contains("Zu viele Anfragen von Ihrer Adresse");
        // the limit is per client: another address still searches, and the refused one still reads pages
        assertThat(get("/search?q=defence", "text/html", "203.0.113.12", "en").statusCode()).isEqualTo(200);
        assertThat(get("/briefings", "text/html", client, "en").statusCode()).isEqualTo(200);
    }

    /** The search feed runs a search at each read: it counts with the search pages, not apart. */
    @Test
    void theSearchFeedCountsAsASearch() throws Exception {
        String client = "203.0.113.13";
        for (int i = 1; i <= 4; i++) {
            assertThat(get("/feeds/search.atom?q=defence", "application/atom+xml", client, "en").statusCode())
                    .as("feed " + i).isEqualTo(200);
            assertThat(get("/search?q=defence", "text/html", client, "en").statusCode()).as("search " + i).isEqualTo(200);
        }
        assertThat(get("/feeds/search.atom?q=defence", "application/atom+xml", client, "en").statusCode()).isEqualTo(429);
        assertThat(get("/feeds/briefings.atom", "application/atom+xml", client, "en").statusCode())
                .as("the other feeds run no search").isEqualTo(200);
    }

    @Test
    void theApiAnswers429AsJson() throws Exception {
        String client = "203.0.113.21";
        for (int i = 1; i <= 8; i++) {
            assertThat(get("/api/v1/briefings", "application/json", client, "en").statusCode()).as("call " + i).isEqualTo(200);
        }
        HttpResponse<String> refused = get("/api/v1/search?q=defence", "application/json", client, "en");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(refused.body()).contains("\"status\":429").contains("Too many requests from your address");
    }

    @Test
    void exportsHaveTheirOwnSmallerLimit() throws Exception {
        String client = "203.0.113.31";
        for (int i = 1; i <= 4; i++) {
            assertThat(get("/exports/commitments.json", "application/json", client, "fr").statusCode()).as("export " + i)
                    .isEqualTo(200);
        }
        HttpResponse<String> refused = get("/exports/commitments.csv", "text/csv", client, "fr");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        // exports and searches are counted apart
        assertThat(get("/search?q=defence", "text/html", client, "fr").statusCode()).isEqualTo(200);
    }

    /**
     * The limit counts the path the controllers answer, not the bytes of the request line (issue 19 finding 4): before,
     * {@code /%65xports/commitments.json} answered 200 once {@code /exports/commitments.json} answered 429.
     */
    @Test
    void encodedAndUnnormalisedSpellingsOfARouteCountAsTheRouteItself() {
        String client = "203.0.113.41";
        for (int i = 1; i <= 4; i++) {
            assertThat(RawHttp.get(port, "/exports/commitments.json", "X-Forwarded-For: " + client).status())
                    .as("export " + i).isEqualTo(200);
        }
        for (String spelling : new String[] {"/%65xports/commitments.json", "/%65%78%70%6f%72%74%73/commitments.json",
                "//exports/commitments.json", "/./exports/commitments.json", "/exports/./commitments.json",
                "/search/../exports/commitments.json", "/exports;jsessionid=0123456789ABCDEF/commitments.json",
                "/exports/commitments.json;jsessionid=0123456789ABCDEF"}) {
            RawHttp.Answer answer = RawHttp.get(port, spelling, "X-Forwarded-For: " + client, "Accept: application/json");
            assertThat(answer.status()).as(spelling + ": " + answer).isEqualTo(429);
        }
        // the same spellings of the search page count as searches
        String searcher = "203.0.113.42";
        for (int i = 1; i <= 8; i++) {
            assertThat(RawHttp.get(port, "/%73earch?q=defence", "X-Forwarded-For: " + searcher).status()).as("search " + i)
                    .isEqualTo(200);
        }
        assertThat(RawHttp.get(port, "/search?q=defence", "X-Forwarded-For: " + searcher).status()).isEqualTo(429);
    }
}
