package eu.newsroom.account;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.NewsroomTest;
import eu.newsroom.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Basic-authenticated writes take only their own content types and refuse another site's page (issue 19 finding 5):
 * before, {@code POST /api/v1/reference-rates} stored a rate sent as {@code text/plain} with any Origin, which a form
 * on any site can send with a browser's cached credentials. The end-to-end attack in Chromium:
 * {@code BrowserCrossSiteWriteTest}.
 */
@NewsroomTest
class ApiCrossSiteWritesTest {

    private static final String CHIEF = "Authorization: Basic " + Base64.getEncoder()
            .encodeToString("chief@newsroom.example:newsroom-demo-2025".getBytes(StandardCharsets.UTF_8));
    private static final String EDITOR = "Authorization: Basic " + Base64.getEncoder()
            .encodeToString("editor@newsroom.example:newsroom-demo-2025".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private RawHttp.Answer post(String path, String type, String body, String... headers) {
        return RawHttp.send(port, "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: application/json\r\n"
                + "Content-Type: " + type + "\r\n" + String.join("\r\n", headers), body.getBytes(StandardCharsets.UTF_8));
    }

    private static String rates(String currency) {
        return "Date," + currency + ",\n2023-03-01,4.91,\n";
    }

    private int stored(String currency) {
        return jdbc.sql("select count(*) from reference_rate where currency = ?").param(currency).query(Integer.class).single();
    }

    @Test
    void contentTypesAFormCanSendAreRefused415() {
        for (String type : new String[] {"text/plain", "text/plain; charset=UTF-8", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x"}) {
            RawHttp.Answer answer = post("/api/v1/reference-rates?file=rates.csv", type, rates("XTS"), CHIEF);
            assertThat(answer.status()).as(type + ": " + answer).isEqualTo(415);
            assertThat(answer.header("Content-Type")).startsWith("application/json");
            assertThat(answer.body()).contains("The API does not take");
            assertThat(post("/api/v1/import", type, "{}\n", EDITOR).status()).as("import as " + type).isEqualTo(415);
            assertThat(post("/api/v1/extract", type, "{\"text\":\"x\"}", EDITOR).status()).as("extract as " + type).isEqualTo(415);
        }
        assertThat(stored("XTS")).isZero();
    }

    @Test
    void aWriteFromAnotherSitesPageIsRefused403() {
        String[][] crossSite = {{"Origin: https://evil.example"}, {"Origin: null"}, {"Origin: http://localhost.evil.example"},
                {"Sec-Fetch-Site: cross-site"}, {"Sec-Fetch-Site: same-site"},
                {"Origin: http://localhost:" + port, "Sec-Fetch-Site: cross-site"}};
        for (String[] headers : crossSite) {
            String[] all = {CHIEF, headers[0], headers.length > 1 ? headers[1] : "X-Test: cross-site"};
            RawHttp.Answer answer = post("/api/v1/reference-rates?file=rates.csv", "text/csv", rates("XTR"), all);
            assertThat(answer.status()).as(String.join(", ", headers) + ": " + answer).isEqualTo(403);
            assertThat(answer.header("Content-Type")).startsWith("application/json");
            assertThat(answer.body()).contains("\"status\":403", "other sites");
        }
        assertThat(stored("XTR")).isZero();
    }

    /**
     * A script (no Origin) and a page of the newsroom itself (its own origin, same-origin) get through to the upload,
     * which reads their file: a bad rate in it is its answer (400, with the line), so the shared test database keeps
     * no test currency.
     */
    @Test
    void scriptsAndTheNewsroomsOwnPagesStillReachTheUpload() {
        String badRate = "Date,XAG,\n2023-03-01,x,\n";
        RawHttp.Answer script = post("/api/v1/reference-rates?file=rates.csv", "text/csv", badRate, CHIEF);
        RawHttp.Answer ownPage = post("/api/v1/reference-rates?file=rates.csv", "text/csv", badRate, CHIEF,
                "Origin: https://newsroom.test", "Sec-Fetch-Site: same-origin");
        RawHttp.Answer sameHost = post("/api/v1/reference-rates?file=rates.csv", "application/octet-stream", badRate, CHIEF,
                "Origin: http://localhost:" + port);
        for (RawHttp.Answer answer : List.of(script, ownPage, sameHost)) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.body()).contains("is not a rate for XAG");
        }
        assertThat(stored("XAG")).isZero();
    }
}
