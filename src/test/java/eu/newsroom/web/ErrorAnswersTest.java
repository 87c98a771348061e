package eu.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.NewsroomTest;
import eu.newsroom.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every error a reader can cause, sent over a raw socket (some of these no polite client sends), gets the
 * newsroom's own error page in the reader's language, or its JSON error under /api: never the servlet
 * container's report, and never an exception's text, SQL, a class name, a container setting or the request's
 * own body (issue 19 finding 6, issue 20 item 9).
 */
@NewsroomTest
class ErrorAnswersTest {

    /** What no answer may carry: internals of the server, or text the request itself sent. */
    private static final List<String> INTERNALS = List.of("Exception", "exception", "SQL", "select ", "JDBC", "org.",
            "java.", "jakarta.", "Tomcat", "Apache", "HTTP Status", "maxPostSize", "Character decoding",
            "No static resource", "SECRET", "Parameter [", "RFC 7230", "RFC 9110", "Invalid character");

    /** What a browser asks for when it follows a link: HTML first, anything else accepted. */
    private static final String BROWSER_ACCEPT = "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final String EDITOR_BASIC = "Authorization: Basic " + Base64.getEncoder()
            .encodeToString("editor@newsroom.example:newsroom-demo-2025".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    /** A hostile request, the status it must get, and how: an HTML page in a language, or JSON. */
    record Case(String head, byte[] body, int status, String kind, String lang) {
    }

    private static Arguments page(String what, String requestLine, int status, String lang, String... headers) {
        return Arguments.of(what, new Case(requestLine + "\r\nHost: localhost\r\n" + BROWSER_ACCEPT + "\r\nAccept-Language: "
                + lang + "\r\n" + String.join("\r\n", headers), new byte[0], status, "html", lang));
    }

    private static Arguments json(String what, String requestLine, int status, String... headers) {
        return Arguments.of(what, new Case(requestLine + "\r\nHost: localhost\r\n" + BROWSER_ACCEPT + "\r\n"
                + String.join("\r\n", headers), new byte[0], status, "json", "en"));
    }

    private static Arguments post(String what, String path, String type, byte[] body, int status, String kind,
            String... headers) {
        return Arguments.of(what, new Case("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + BROWSER_ACCEPT + "\r\n"
                + "Content-Type: " + type + "\r\n" + String.join("\r\n", headers), body, status, kind, "en"));
    }

    static Stream<Arguments> hostileRequests() {
        byte[] undecodableForm = ("username=%zz" + "x".repeat(200) + "SECRET-BODY&password=x").getBytes(StandardCharsets.UTF_8);
        byte[] hugeForm = ("username=" + "a".repeat(3 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                // refused by Tomcat before the application sees them
                page("a raw bracket in the query", "GET /search?q[]=x HTTP/1.1", 400, "en"),
                page("an encoded dot-dot-slash", "GET /briefings/%2e%2e%2f%2e%2e%2fadmin HTTP/1.1", 400, "de"),
                page("a header over the limit", "GET /briefings HTTP/1.1", 400, "fr", "X-Padding: " + "p".repeat(40 * 1024)),
                page("TRACE", "TRACE /briefings HTTP/1.1", 405, "de"),
                // Tomcat cannot read this request line, so cannot tell that it was meant for the API: the page
                page("a raw bracket in an API query", "GET /api/v1/briefings?q[]=x HTTP/1.1", 400, "en"),
                // refused by the firewall of Spring Security
                page("a double slash", "GET //briefings HTTP/1.1", 400, "fr"),
                page("an encoded percent", "GET /briefings/%252e%252e HTTP/1.1", 400, "de"),
                // refused by the application
                page("undecodable percent-escapes in the query", "GET /search?q=%ff%fe HTTP/1.1", 400, "de"),
                page("a page that does not exist", "GET /nonexistent-page HTTP/1.1", 404, "fr"),
                page("a date before year 1 on the briefing list", "GET /briefings?from=-999999999-01-01 HTTP/1.1", 400, "en"),
                page("a date past year 9999 on the statement list", "GET /statements?to=%2B999999999-12-31 HTTP/1.1", 400, "de"),
                page("a date out of range in search", "GET /search?q=defence&from=-999999999-01-01 HTTP/1.1", 400, "en"),
                json("a date before year 1 in the briefings API", "GET /api/v1/briefings?from=-999999999-01-01 HTTP/1.1", 400),
                json("a date past year 9999 in the briefings API", "GET /api/v1/briefings?to=%2B999999999-12-31 HTTP/1.1", 400),
                json("a date with a plus read as a space", "GET /api/v1/briefings?to=+999999999-12-31 HTTP/1.1", 400),
                json("a date out of range in the statements API", "GET /api/v1/statements?from=-999999999-01-01 HTTP/1.1", 400),
                page("a date out of range in the statement export", "GET /exports/statements.csv?from=-999999999-01-01 HTTP/1.1", 400, "fr"),
                json("an API address that does not exist", "GET /api/v1/nothing-here HTTP/1.1", 404),
                json("undecodable percent-escapes in an API query", "GET /api/v1/search?q=%ff%fe HTTP/1.1", 400),
                json("a write to a read-only API address", "PUT /api/v1/briefings HTTP/1.1", 405, EDITOR_BASIC),
                json("an API write without credentials", "POST /api/v1/import HTTP/1.1", 401),
                post("form data that cannot be decoded", "/login", "application/x-www-form-urlencoded", undecodableForm, 400, "html"),
                post("form data over Tomcat's limit", "/login", "application/x-www-form-urlencoded", hugeForm, 413, "html"),
                post("an import that is not NDJSON", "/api/v1/import", "text/plain", "SECRET".getBytes(), 415, "json", EDITOR_BASIC),
                post("malformed JSON to the assistant", "/api/v1/extract", "application/json", "{\"text\":\"SECRET".getBytes(),
                        400, "json", EDITOR_BASIC));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void getsTheNewsroomsOwnAnswerWithNothingOfTheServersInsides(String what, Case hostile) {
        RawHttp.Answer answer = RawHttp.send(port, hostile.head(), hostile.body());

        assertThat(answer.status()).as(what + ": " + answer).isEqualTo(hostile.status());
        assertThat(answer.body()).as(what + ": " + answer).doesNotContain(INTERNALS);
        if (hostile.kind().equals("html")) {
            assertThat(answer.header("Content-Type")).as(what).startsWith("text/html");
            assertThat(answer.body()).as(what + ": the newsroom's page").contains("class=\"error-page\"", "/css/newsroom.css")
                    .contains("<html lang=\"" + hostile.lang() + "\"");
        } else {
            assertThat(answer.header("Content-Type")).as(what).startsWith("application/json");
            assertThat(answer.body()).as(what).startsWith("{").contains("\"status\":" + hostile.status())
                    .containsPattern("\"message\":\"[^\"]{10,}");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datesOutOfRange")
    void aDateOutOfRangeIsA400ThatSaysWhichParameterAndHow(String target) {
        RawHttp.Answer answer = RawHttp.get(port, target, "Accept: application/json", "Accept-Language: en");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.body()).contains("'from'", "YYYY-MM-DD");
    }

    static Stream<String> datesOutOfRange() {
        return Stream.of("/api/v1/briefings?from=-999999999-01-01", "/api/v1/statements?from=-999999999-01-01",
                "/api/v1/briefings?from=10000-01-01", "/briefings?from=-999999999-01-01",
                "/exports/statements.json?from=-999999999-01-01");
    }
}
