package eu.newsroom.watch;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Element;

/**
 * Saved searches over real HTTP with a signed-in session: saving from the search page (POST with CSRF), the
 * list with "new since last visit" counts, opening, the private Atom feed (public items only, conditional
 * GET), rotating its address, deleting, and nobody else's searches.
 */
@NewsroomTest
class SavedSearchTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern FEED = Pattern.compile("/feeds/saved/([A-Za-z0-9_-]{43})\\.atom");
    // until the accounts work lets every signed-in role post under /me/**, the editor account can
    private static final String READER = "editor@newsroom.example";

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    /** A browser-like client: keeps cookies, does not follow redirects. */
    private final class Session {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(http.base() + path)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(http.base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String csrf(String page) {
            Matcher token = CSRF.matcher(page);
            assertThat(token.find()).as("the page carries a CSRF token").isTrue();
            return "_csrf=" + encode(token.group(1));
        }

        Session signIn(String user) throws Exception {
            var response = post("/login", "username=" + encode(user) + "&password=" + encode(Http.DEMO_PASSWORD) + "&"
                    + csrf(get("/login").body()));
            assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
            return this;
        }

        /** Saves a search the way the search page's form does, and gives the new saved search's id. */
        long save(String query, String name) throws Exception {
            String page = get("/search?q=" + encode(query)).body();
            assertThat(page).contains("action=\"/me/searches\"");
            var saved = post("/me/searches", "q=" + encode(query) + "&type=&lang=&from=&to=&name=" + encode(name) + "&"
                    + csrf(page));
            assertThat(saved.statusCode()).isEqualTo(302);
            assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/me/searches");
            return jdbc.sql("select max(id) from saved_search where name = ?").param(name).query(Long.class).single();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Session session;

    @BeforeEach
    void signIn() throws Exception {
        session = new Session().signIn(READER);
    }

    @Test
    void aSignedInReaderSavesASearchAndSeesWhatIsNewSinceTheyLastOpenedIt() throws Exception {
        long id = session.save("Kallas", "Kallas alerts");
        String list = session.get("/me/searches?locale=en").body();
        assertThat(list).contains("Kallas alerts").contains("Nothing new since your last visit")
                .contains("/me/searches/" + id + "/open");

        // a matching briefing becomes public after the search was saved; in Portuguese, which goes to the index's
        // catch-all field, so the judged relevance queries (en, de, fr, ...) keep their term statistics
        String line = "{\"externalId\":\"alerts-new-1\",\"lang\":\"pt\",\"kind\":\"statement\","
                + "\"title\":\"Kallas sobre alertas\",\"date\":\"2025-12-02\",\"body\":\"Kallas falou sobre alertas.\"}\n";
        assertThat(http.importNdjson(line, "editor@newsroom.example").body()).contains("\"rejected\":0");
        assertThat(session.get("/me/searches?locale=en").body()).contains("1 new item since your last visit");

        // older matches count as new for a reader who last looked before they were published
        jdbc.sql("update saved_search set last_seen_at = '2000-01-01T00:00:00Z' where id = ?").param(id).update();
        String before = session.get("/me/searches?locale=en").body();
        assertThat(before).containsPattern("(\\d+) new items since your last visit");

        var opened = session.post("/me/searches/" + id + "/open", session.csrf(before));
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(opened.headers().firstValue("Location").orElseThrow()).contains("/search?q=Kallas");
        assertThat(session.get("/me/searches?locale=en").body()).contains("Nothing new since your last visit");
    }

    @Test
    void thePrivateFeedListsPublicMatchesOnlyAndAnswers304WhenUnchanged() throws Exception {
        session.save("", "Everything public");
        Matcher token = FEED.matcher(session.get("/me/searches").body());
        assertThat(token.find()).isTrue();
        String path = "/feeds/saved/" + token.group(1) + ".atom";

        // no session: a feed reader holds only the address
        var feed = http.get(path, "application/atom+xml");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).get().asString().startsWith("application/atom+xml");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isPositive();
        for (String hidden : jdbc.sql("select slug from briefing where status <> 'PUBLISHED' or embargo_until > now()")
                .query(String.class).list()) {
            assertThat(feed.body()).doesNotContain("/briefings/" + hidden + "<");
        }

        String etag = feed.headers().firstValue("ETag").orElseThrow();
        assertThat(http.getWithHeader(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void rotatingTheFeedAddressRetiresTheOldOne() throws Exception {
        long id = session.save("Kubilius", "Kubilius");
        String list = session.get("/me/searches").body();
        String old = jdbc.sql("select feed_token from saved_search where id = ?").param(id).query(String.class).single();
        assertThat(http.get("/feeds/saved/" + old + ".atom", "application/atom+xml").statusCode()).isEqualTo(200);
        assertThat(session.post("/me/searches/" + id + "/feed-token", session.csrf(list)).statusCode()).isEqualTo(302);
        String fresh = jdbc.sql("select feed_token from saved_search where id = ?").param(id).query(String.class).single();
        assertThat(fresh).isNotEqualTo(old).hasSize(43);
        assertThat(http.get("/feeds/saved/" + old + ".atom", "application/atom+xml").statusCode()).isEqualTo(404);
        assertThat(http.get("/feeds/saved/" + fresh + ".atom", "application/atom+xml").statusCode()).isEqualTo(200);
        assertThat(http.get("/feeds/saved/not-a-token.atom", "application/atom+xml").statusCode()).isEqualTo(404);
    }

    @Test
    void aReaderDeletesTheirOwnSearchesAndCannotTouchAnyoneElses() throws Exception {
        long id = session.save("drones", "Drones");
        Session other = new Session().signIn("chief@newsroom.example");
        assertThat(other.get("/me/searches").body()).doesNotContain("/me/searches/" + id + "/open");
        String otherPage = other.get("/search?q=drones").body();
        assertThat(other.post("/me/searches/" + id + "/delete", other.csrf(otherPage)).statusCode()).isEqualTo(404);
        assertThat(other.post("/me/searches/" + id + "/open", other.csrf(otherPage)).statusCode()).isEqualTo(404);

        String list = session.get("/me/searches").body();
        assertThat(session.post("/me/searches/" + id + "/delete", session.csrf(list)).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from saved_search where id = ?").param(id).query(Integer.class).single())
                .isZero();
    }

    @Test
    void changesNeedACsrfTokenAndAnonymousReadersAreSentToSignIn() throws Exception {
        assertThat(session.post("/me/searches", "q=x&name=x").statusCode()).isEqualTo(403);
        var anonymous = new Session();
        var list = anonymous.get("/me/searches");
        assertThat(list.statusCode()).isEqualTo(302);
        assertThat(list.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(anonymous.get("/search?q=kallas").body()).doesNotContain("action=\"/me/searches\"");
        String page = session.get("/search?q=Kallas").body();
        assertThat(session.post("/me/searches", "q=x&lang=!!&name=x&" + session.csrf(page)).statusCode()).isEqualTo(400);
    }
}
