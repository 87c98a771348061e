package eu.newsroom.account;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Embargoed briefings: accredited journalists (signed in with a session, or with Basic on the API)
 * read them before the embargo ends, marked as embargoed; anonymous readers do not see them at all.
 * Also the sign-in itself: CSRF required, wrong passwords refused.
 */
@NewsroomTest
class EmbargoAndSignInTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    private String embargoed;
    /** Its event date: the lists are asked for that day, so briefings that other tests of the shared context
     * import cannot push it off the page (and an absence means hidden, not further down). */
    private String embargoedDay;

    @BeforeEach
    void findTheEmbargoedDemoBriefing() {
        embargoed = jdbc.sql("select slug from briefing where status = 'PUBLISHED' and embargo_until > now() and external_id like 'newsroom-%' order by id limit 1")
                .query(String.class).single();
        embargoedDay = jdbc.sql("select event_date::text from briefing where slug = ?").param(embargoed)
                .query(String.class).single();
    }

    /** A browser-like client: keeps cookies, does not follow redirects. */
    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(http.base() + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(HttpClient client, String user, String password, boolean withCsrf) throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        if (withCsrf) {
            Matcher token = CSRF.matcher(get(client, "/login").body());
            assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
            form += "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        }
        return client.send(HttpRequest.newBuilder(URI.create(http.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anonymousReadersDoNotSeeAnEmbargoedBriefing() throws Exception {
        assertThat(get(browser(), "/briefings/" + embargoed).statusCode()).isEqualTo(404);
        assertThat(http.json("/api/v1/briefings/" + embargoed).statusCode()).isEqualTo(404);
        assertThat(http.json("/api/v1/briefings?from=" + embargoedDay + "&to=" + embargoedDay).body()).doesNotContain(embargoed);
    }

    @Test
    void aSignedInJournalistReadsItMarkedAsEmbargoed() throws Exception {
        HttpClient journalist = browser();
        HttpResponse<String> signedIn = signIn(journalist, "journalist@newsroom.example", Http.DEMO_PASSWORD, true);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        HttpResponse<String> page = get(journalist, "/briefings/" + embargoed);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Embargoed until").contains("Brussels time");
        assertThat(get(journalist, "/briefings?from=" + embargoedDay + "&to=" + embargoedDay).body()).contains(embargoed);
    }

    @Test
    void theApiShowsItToAJournalistWithBasicCredentials() throws Exception {
        String token = Base64.getEncoder().encodeToString(("journalist@newsroom.example:" + Http.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(http.base() + "/api/v1/briefings/" + embargoed))
                .header("Accept", "application/json").header("Authorization", "Basic " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"embargoUntil\":\"2027-01-15T10:00").contains("\"bodyHtml\":\"<p>");
    }

    @Test
    void draftsStayHiddenEvenFromJournalists() throws Exception {
        String draft = jdbc.sql("select slug from briefing where status = 'DRAFT' limit 1").query(String.class).single();
        HttpClient journalist = browser();
        signIn(journalist, "journalist@newsroom.example", Http.DEMO_PASSWORD, true);
        assertThat(get(journalist, "/briefings/" + draft).statusCode()).isEqualTo(404);
    }

    @Test
    void signInWithoutACsrfTokenIsRejected() throws Exception {
        HttpResponse<String> response = signIn(browser(), "journalist@newsroom.example", Http.DEMO_PASSWORD, false);
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        HttpClient client = browser();
        HttpResponse<String> response = signIn(client, "journalist@newsroom.example", "not-the-password", true);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).contains("/login?error");
        assertThat(get(client, "/briefings/" + embargoed).statusCode()).isEqualTo(404);
    }
}
