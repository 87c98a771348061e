package eu.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import eu.newsroom.support.RawHttp;
import eu.newsroom.support.SignedInBrowser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Absolute links come from the configured public address (test profile: https://newsroom.test), whatever Host or
 * X-Forwarded-Host a client sends (issue 19 finding 3): canonical link, og:url, JSON-LD and citation of a briefing,
 * the API's citation, every kind of feed, the sitemap, robots.txt, CSV url columns, the private feed of a saved
 * search and an invitation link.
 */
@NewsroomTest
class AbsoluteLinksTest {

    private static final String PUBLIC_BASE = "https://newsroom.test";
    private static final String EVIL = "evil.example";
    private static final String SEED = "/briefings/2025-12-01-kallas-decisive-week-for-diplomacy";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** The headers a client uses to choose the host an application believes it is reached at. */
    private static final List<String> FORGED_HOSTS = List.of("Host: " + EVIL,
            "Host: localhost\r\nX-Forwarded-Host: " + EVIL + "\r\nX-Forwarded-Proto: http\r\nX-Forwarded-Port: 8443");

    @LocalServerPort
    int port;

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    static Stream<String> answersWithAbsoluteLinks() {
        return Stream.of(SEED, "/api/v1/briefings/2025-12-01-kallas-decisive-week-for-diplomacy", "/feeds/briefings.atom",
                "/feeds/briefings.atom?lang=de", "/feeds/actors/kaja-kallas.atom", "/feeds/topics/defence-industry.atom",
                "/feeds/initiatives/military-mobility-package.atom", "/sitemap.xml", "/robots.txt",
                "/exports/commitments.csv", "/exports/statements.csv", "/exports/search.csv?q=defence");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answersWithAbsoluteLinks")
    void linksUseTheConfiguredAddressWhateverHostTheRequestNames(String target) {
        for (String forged : FORGED_HOSTS) {
            RawHttp.Answer answer = RawHttp.send(port, "GET " + target + " HTTP/1.1\r\n" + forged, new byte[0]);
            assertThat(answer.status()).as(target + " with " + forged).isEqualTo(200);
            assertThat(answer.body()).as(target + " with " + forged).doesNotContain(EVIL).contains(PUBLIC_BASE + "/");
        }
    }

    @Test
    void theBriefingsCanonicalLinkOpenGraphJsonLdAndCitationAllUseTheConfiguredAddress() {
        // JSON-LD writes / as \/ (inlined as data in a script element)
        String page = RawHttp.send(port, "GET " + SEED + " HTTP/1.1\r\n" + FORGED_HOSTS.get(1), new byte[0]).body()
                .replace("\\/", "/");
        assertThat(page).contains("<link rel=\"canonical\" href=\"" + PUBLIC_BASE + SEED + "\">")
                .contains("<meta property=\"og:url\" content=\"" + PUBLIC_BASE + SEED + "\">")
                .contains("\"url\":\"" + PUBLIC_BASE + SEED + "\"")
                .contains("EU Defence Newsroom. " + PUBLIC_BASE + SEED);
    }

    @Test
    void aSavedSearchsPrivateFeedUsesTheConfiguredAddress() {
        SignedInBrowser analyst = SignedInBrowser.as(http, "analyst@newsroom.example");
        String name = "links " + UUID.randomUUID();
        analyst.postForm("/me/searches", List.of(Map.entry("q", "defence"), Map.entry("name", name)));
        String token = jdbc.sql("select feed_token from saved_search where name = ?").param(name).query(String.class).single();

        RawHttp.Answer feed = RawHttp.send(port, "GET /feeds/saved/" + token + ".atom HTTP/1.1\r\nHost: " + EVIL, new byte[0]);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.body()).doesNotContain(EVIL).contains("<id>" + PUBLIC_BASE + "/feeds/saved/" + token + ".atom</id>");
    }

    @Test
    void anInvitationLinkUsesTheConfiguredAddress() {
        SignedInBrowser chief = SignedInBrowser.as(http, "chief@newsroom.example");
        String session = "Cookie: SESSION=" + chief.cookie("SESSION");
        Matcher token = CSRF.matcher(RawHttp.get(port, "/admin/accounts", session).body());
        assertThat(token.find()).isTrue();
        String form = "email=" + enc("invitee-" + UUID.randomUUID() + "@test.example") + "&displayName=Invitee&role=JOURNALIST&_csrf="
                + enc(token.group(1));

        RawHttp.Answer invited = RawHttp.send(port, "POST /admin/accounts/invitations HTTP/1.1\r\nHost: " + EVIL + "\r\n" + session
                + "\r\nContent-Type: application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(200);
        assertThat(invited.body()).doesNotContain(EVIL).contains(PUBLIC_BASE + "/account/invitation/");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
