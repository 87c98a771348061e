package eu.newsroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import eu.newsroom.support.NewsroomTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cross-site write of issue 19 finding 5, end to end in Chromium: the chief editor has used the API in this
 * browser (so it holds their Basic credentials for the newsroom), then opens a page on another site
 * (http://127.0.0.1:port, another site than http://localhost) that posts a rate file to
 * {@code /api/v1/reference-rates} as a {@code text/plain} form. Before, the browser sent the cached credentials and
 * the newsroom stored the rate; now the post is refused with a JSON 403 and nothing is stored.
 */
@NewsroomTest
class BrowserCrossSiteWriteTest extends BrowserTest {

    /** A currency code no other test uses, so that any row of it came from the forged post. */
    private static final String CURRENCY = "XBA";

    @Autowired
    JdbcClient jdbc;

    private HttpServer otherSite;

    @BeforeAll
    void startTheOtherSite() {
        String action = "http://localhost:" + port + "/api/v1/reference-rates?file=rates.csv";
        // a text/plain form sends "name=value" with CRLF line ends: the name and value make an ECB rate file whose
        // '=' falls into the empty trailing header column the ECB's files have (the parser drops the first line
        // break after <textarea>, so the value starts with the second)
        String page = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Defence news digest</title></head>
                <body><h1>Defence news digest</h1>
                <form id="forged" method="post" enctype="text/plain" action="%s">
                <textarea name="Date,%s,">

                2023-03-01,4.91,</textarea>
                </form>
                <script>document.getElementById('forged').submit();</script>
                </body></html>
                """.formatted(action, CURRENCY);
        try {
            otherSite = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        otherSite.createContext("/digest.html", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        otherSite.start();
    }

    @AfterAll
    void stopTheOtherSite() {
        if (otherSite != null) {
            otherSite.stop(0);
        }
    }

    /**
     * The chief editor's script call from a newsroom page, with credentials given to XMLHttpRequest: Chromium answers
     * the API's Basic challenge with them and keeps them for the newsroom's /api/v1/ addresses, as it would after
     * the chief editor typed them into its sign-in prompt.
     */
    private void chiefEditorUsesTheApiInThisBrowser() {
        browser.open("/");
        Object status = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const call = new XMLHttpRequest();
                call.open('POST', '/api/v1/import', true, 'chief@newsroom.example', 'newsroom-demo-2025');
                call.setRequestHeader('Content-Type', 'application/x-ndjson');
                call.onloadend = () => done(call.status);
                call.send('');
                """);
        // the empty import is refused (400), but only after the credentials were taken: not 401
        assertThat(((Number) status).intValue()).isEqualTo(400);
    }

    @Test
    void aPageOnAnotherSiteCannotStoreARateWithTheChiefEditorsCachedCredentials() {
        chiefEditorUsesTheApiInThisBrowser();

        browser.driver.get("http://127.0.0.1:" + otherSite.getAddress().getPort() + "/digest.html");
        browser.await().until(d -> d.getCurrentUrl().startsWith("http://localhost:" + port + "/api/v1/reference-rates"));
        String answer = browser.driver.findElement(By.tagName("body")).getText();

        assertThat(answer).contains("\"status\":403").contains("other sites");
        assertThat(jdbc.sql("select count(*) from reference_rate where currency = ?").param(CURRENCY).query(Integer.class)
                .single()).isZero();
    }
}
