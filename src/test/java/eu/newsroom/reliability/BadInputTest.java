package eu.newsroom.reliability;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import eu.newsroom.support.SignedInBrowser;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Malformed and extreme values on forms and API endpoints: each is answered with a 4xx and a message
 * written for the reader (no stack trace, no 500), and nothing is stored half-way (row counts unchanged).
 */
@NewsroomTest
class BadInputTest {

    private static final String EDITOR = "editor@newsroom.example";
    private static final String MEGABYTE = "x".repeat(1024 * 1024);

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    private SignedInBrowser editor;

    @BeforeEach
    void signIn() {
        editor = SignedInBrowser.as(http, EDITOR);
    }

    private static List<Map.Entry<String, String>> briefingForm(String field, String value) {
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(entry("title", "Bad input item"),
                entry("kind", "PRESS_RELEASE"), entry("lang", "en"), entry("eventDate", "2026-11-20"),
                entry("place", "Testville"), entry("institution", "council-of-the-eu"), entry("points", "A point"),
                entry("body", "A body."), entry("version", "0")));
        form.removeIf(e -> e.getKey().equals(field));
        form.add(entry(field, value));
        return form;
    }

    /** What is sent, by whom: the test's own HTTP client or the signed-in editor's browser session. */
    private interface Sending extends BiFunction<Http, SignedInBrowser, HttpResponse<String>> {
    }

    private static Arguments bad(String what, Sending sending) {
        return Arguments.of(what, sending);
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("briefing form: NUL in the title", (h, e) -> e.postForm("/editorial/briefings", briefingForm("title", "Nul\u0000title"))),
                bad("briefing form: NUL in the body", (h, e) -> e.postForm("/editorial/briefings", briefingForm("body", "Body\u0000"))),
                bad("briefing form: 1 MB title", (h, e) -> e.postForm("/editorial/briefings", briefingForm("title", MEGABYTE))),
                bad("briefing form: unknown kind", (h, e) -> e.postForm("/editorial/briefings", briefingForm("kind", "PROPAGANDA"))),
                bad("briefing form: huge version", (h, e) -> e.postForm("/editorial/briefings", briefingForm("version", "99999999999999999999999"))),
                bad("briefing form: impossible date", (h, e) -> e.postForm("/editorial/briefings", briefingForm("eventDate", "2026-02-31"))),
                bad("list page: negative page", (h, e) -> h.page("/briefings?page=-1")),
                bad("list page: huge page", (h, e) -> h.page("/briefings?page=99999999999999999999")),
                bad("API: huge size", (h, e) -> h.json("/api/v1/briefings?size=2147483648")),
                bad("API: NUL in a date", (h, e) -> h.json("/api/v1/briefings?from=%00")),
                bad("API: unknown search type", (h, e) -> h.json("/api/v1/search?q=defence&type=%00rocket")),
                bad("import: wrong content type", (h, e) -> h.post("/api/v1/import", "text/plain", "{}".getBytes(), EDITOR)),
                bad("import: empty body", (h, e) -> h.post("/api/v1/import", "application/x-ndjson", new byte[0], EDITOR)),
                bad("extract: malformed JSON", (h, e) -> h.post("/api/v1/extract", "application/json", "{\"text\":".getBytes(), EDITOR)),
                bad("extract: invalid UTF-8", (h, e) -> h.post("/api/v1/extract", "application/json",
                        new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, EDITOR)),
                bad("extract: NUL bytes", (h, e) -> h.post("/api/v1/extract", "application/json",
                        "{\"text\":\"\\u0000\\u0000\"}".getBytes(StandardCharsets.UTF_8), EDITOR)),
                bad("extract: wrong content type", (h, e) -> h.post("/api/v1/extract", "application/xml", "<text/>".getBytes(), EDITOR)));
    }

    private long rows() {
        return jdbc.sql("select (select count(*) from briefing) + (select count(*) from statement)"
                + " + (select count(*) from commitment) + (select count(*) from revision)").query(Long.class).single();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedWithAClearMessageAndNothingStored(String what, Sending sending) {
        long before = rows();
        HttpResponse<String> answer = sending.apply(http, editor);
        assertThat(answer.statusCode()).as(what + ": " + answer.body()).isBetween(400, 499);
        assertThat(answer.body()).as(what).doesNotContain("Exception", "at eu.newsroom", "at org.");
        assertThat(rows()).as(what + ": nothing stored").isEqualTo(before);
    }
}
