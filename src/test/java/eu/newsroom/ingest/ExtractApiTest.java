package eu.newsroom.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/extract} over real HTTP: editors only, the seed's proposals, and clear 4xx for bad input. */
@NewsroomTest
class ExtractApiTest {

    static final String EDITOR = "editor@newsroom.example";
    static final String ANALYST = "analyst@newsroom.example";

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    static String seed() {
        try (InputStream in = ExtractApiTest.class.getResourceAsStream("/extraction/seed-de.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> extract(Object body, String user) {
        return http.post("/api/v1/extract", "application/json", json.writeValueAsBytes(body), user);
    }

    private JsonNode ok(Object body) {
        var response = extract(body, EDITOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void theSeedGivesItsDatelinePointsStatementsCommitmentsAndInitiatives() {
        JsonNode e = ok(Map.of("text", seed()));
        assertThat(e.path("lang").asString()).isEqualTo("de");
        assertThat(e.path("langSource").asString()).isEqualTo("detected");
        assertThat(e.path("dateline").path("place").asString()).isEqualTo("Brüssel");
        assertThat(e.path("dateline").path("date").asString()).isEqualTo("2025-12-01");
        assertThat(e.path("points").size()).isEqualTo(3);
        assertThat(e.path("points").get(0).path("text").asString()).startsWith("Die EU-Führer sagen");
        assertThat(e.path("points").get(2).path("text").asString()).endsWith("den Krieg beenden möchte.");
        assertThat(e.path("statements").size()).isGreaterThanOrEqualTo(8);
        // every statement given to a person is Kallas's (the others have no speaker, or an institution)
        e.path("statements").forEach(s -> {
            if ("person".equals(s.path("speakerKind").asString())) {
                assertThat(s.path("actor").asString()).isEqualTo("kaja-kallas");
            }
        });
        assertThat(e.path("statements").get(0).path("role").asString()).startsWith("High Representative");

        JsonNode amount = e.path("amounts").get(0);
        assertThat(e.path("amounts").size()).isEqualTo(1);
        assertThat(amount.path("raw").asString()).isEqualTo("über 187 Milliarden EUR");
        assertThat(amount.path("amount").toString()).isEqualTo("187000000000");
        assertThat(amount.path("currency").asString()).isEqualTo("EUR");
        assertThat(amount.path("amountEur").toString()).isEqualTo("187000000000");
        assertThat(amount.path("qualifier").asString()).isEqualTo("over");
        String text = e.path("text").asString();
        assertThat(text.substring(amount.path("start").asInt(), amount.path("end").asInt())).isEqualTo("über 187 Milliarden EUR");

        assertThat(e.path("commitments").findValuesAsString("title")).contains("zweijähriges Finanzpaket");
        assertThat(e.path("initiatives").findValuesAsString("slug")).contains("eastern-flank-watch",
                "defence-readiness-roadmap", "military-mobility-package", "capability-coalitions");
    }

    @Test
    void aForeignCurrencyHasNoEuroValueAndARangeHasTwoBounds() {
        JsonNode e = ok(Map.of("text", "Washington pledged $50bn, and the EU between EUR 5 and 6 billion.", "lang", "en"));
        JsonNode amounts = e.path("amounts");
        assertThat(amounts.size()).isEqualTo(3);
        assertThat(amounts.get(0).path("currency").asString()).isEqualTo("USD");
        assertThat(amounts.get(0).path("amountEur").isNull()).isTrue();
        assertThat(amounts.get(1).path("qualifier").asString()).isEqualTo("range-low");
        assertThat(amounts.get(1).path("amount").toString()).isEqualTo("5000000000");
        assertThat(amounts.get(2).path("qualifier").asString()).isEqualTo("range-high");
        assertThat(amounts.get(2).path("amount").toString()).isEqualTo("6000000000");
    }

    @Test
    void pastedHtmlIsReadAsText() {
        JsonNode e = ok(Map.of("text", "<h1>Council &amp; Ukraine</h1><p>Brussels, 3 March 2025 &ndash; The Council agreed"
                + " &euro;1.5&nbsp;billion.</p><script>alert(1)</script>"));
        assertThat(e.path("text").asString()).doesNotContain("<").doesNotContain("alert");
        assertThat(e.path("title").path("text").asString()).isEqualTo("Council & Ukraine");
        assertThat(e.path("dateline").path("date").asString()).isEqualTo("2025-03-03");
        assertThat(e.path("amounts").get(0).path("amount").toString()).isEqualTo("1500000000");
    }

    @Test
    void onlyEditorsMayExtractAndNothingIsStored() {
        int briefings = jdbc.sql("select count(*) from briefing").query(Integer.class).single();
        assertThat(extract(Map.of("text", seed()), null).statusCode()).isEqualTo(401);
        assertThat(extract(Map.of("text", seed()), ANALYST).statusCode()).isEqualTo(403);
        ok(Map.of("text", seed()));
        assertThat(jdbc.sql("select count(*) from briefing").query(Integer.class).single()).isEqualTo(briefings);
    }

    @Test
    void aTextOver200KbIsAnsweredWith413AndAMessage() {
        var response = extract(Map.of("text", "Brüssel ".repeat(26_000)), EDITOR);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json.readTree(response.body()).path("message").asString()).contains("200 KB");
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(tenMegabytes, (byte) 'a');
        assertThat(http.post("/api/v1/extract", "application/json", tenMegabytes, EDITOR).statusCode()).isEqualTo(413);
    }

    @Test
    void malformedInputIsAClearClientError() {
        assertBadRequest(Map.of("text", ""), "empty");
        assertBadRequest(Map.of("text", "   \n "), "empty");
        assertBadRequest(Map.of("text", "12 345 678,90 2025 / 17 %"), "no words");
        assertBadRequest(Map.of("text", "Brussels 布鲁塞尔 布鲁塞尔 布鲁塞尔 بروكسل بروكسل"), "EU language");
        assertBadRequest(Map.of("text", "binary\u0000\u0001\u0002\u0003 data"), "binary");
        assertBadRequest(Map.of("text", "Brussels, 1 December 2025", "lang", "not a language!"), "language code");
        assertBadRequest(Map.of("text", "Brussels", "language", "en"), "Unknown field");
        assertBadRequest(Map.of("text", 42), "JSON object");
        assertBadRequest(java.util.List.of("text"), "JSON object");
        var malformed = http.post("/api/v1/extract", "application/json", "{\"text\": \"unclosed".getBytes(), EDITOR);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(http.post("/api/v1/extract", "application/json", new byte[0], EDITOR).statusCode()).isEqualTo(400);
        byte[] brokenUtf8 = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThat(http.post("/api/v1/extract", "application/json", brokenUtf8, EDITOR).statusCode()).isEqualTo(400);
        byte[] noise = new byte[4096];
        new java.util.Random(5).nextBytes(noise);
        assertThat(http.post("/api/v1/extract", "application/json", noise, EDITOR).statusCode()).isEqualTo(400);
        assertThat(http.post("/api/v1/extract", "text/plain", "Brussels".getBytes(), EDITOR).statusCode()).isEqualTo(415);
    }

    private void assertBadRequest(Object body, String messagePart) {
        var response = extract(body, EDITOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("message").asString()).containsIgnoringCase(messagePart);
    }

    @Test
    void theApiIsDocumented() {
        var docs = http.json("/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode post = json.readTree(docs.body()).path("paths").path("/api/v1/extract").path("post");
        assertThat(post.path("summary").asString()).isNotBlank();
        assertThat(post.path("responses").has("413")).isTrue();
    }
}
