package eu.newsroom.feed;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Atom feeds, the sitemap and robots.txt over real HTTP. */
@NewsroomTest
class FeedTest {

    /** The public address of the test profile (application-test.yaml): absolute links use it, never the request's host. */
    private static final String PUBLIC_BASE = "https://newsroom.test";

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String child(Element element, String name) {
        NodeList nodes = element.getElementsByTagNameNS(ATOM, name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    @Test
    void latestFeedIsWellFormedAtomWithTheRequiredElements() throws Exception {
        var response = http.get("/feeds/briefings.atom", "application/atom+xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/atom+xml");
        Element feed = parse(response.body()).getDocumentElement();
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(child(feed, "id")).isNotBlank();
        assertThat(child(feed, "title")).isNotBlank();
        assertThat(child(feed, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isGreaterThan(20);
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            assertThat(child(entry, "id")).startsWith(PUBLIC_BASE + "/briefings/");
            assertThat(child(entry, "title")).isNotBlank();
            assertThat(child(entry, "updated")).isNotBlank();
            assertThat(entry.getElementsByTagNameNS(ATOM, "link").getLength()).isPositive();
            assertThat(entry.getElementsByTagNameNS(ATOM, "author").getLength()).isPositive();
        }
    }

    @Test
    void anUnchangedFeedAnswers304() {
        var first = http.get("/feeds/briefings.atom?lang=de", "application/atom+xml");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        var again = http.getWithHeader("/feeds/briefings.atom?lang=de", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        var other = http.getWithHeader("/feeds/briefings.atom?lang=fr", "If-None-Match", etag);
        assertThat(other.statusCode()).isEqualTo(200);
    }

    @Test
    void feedsLeaveOutDraftsAndEmbargoedItems() {
        List<String> hidden = jdbc.sql("select slug from briefing where status <> 'PUBLISHED' or embargo_until > now()")
                .query(String.class).list();
        String feed = http.get("/feeds/briefings.atom", "application/atom+xml").body();
        String sitemap = http.get("/sitemap.xml", "application/xml").body();
        assertThat(hidden).isNotEmpty();
        hidden.forEach(slug -> {
            assertThat(feed).doesNotContain(slug);
            assertThat(sitemap).doesNotContain(slug);
        });
    }

    @Test
    void topicFeedHoldsOnlyThatTopic() throws Exception {
        var response = http.get("/feeds/topics/military-mobility.atom", "application/atom+xml");
        assertThat(response.statusCode()).isEqualTo(200);
        int entries = parse(response.body()).getElementsByTagNameNS(ATOM, "entry").getLength();
        int tagged = jdbc.sql("select count(*) from briefing b join briefing_topic bt on bt.briefing_id = b.id"
                + " join topic t on t.id = bt.topic_id where t.slug = 'military-mobility' and b.status = 'PUBLISHED'"
                + " and (b.embargo_until is null or b.embargo_until <= now())").query(Integer.class).single();
        assertThat(entries).isEqualTo(Math.min(tagged, 50)).isPositive();
        assertThat(http.get("/feeds/topics/no-such-topic.atom", "application/atom+xml").statusCode()).isEqualTo(404);
        assertThat(http.get("/feeds/briefings.atom?lang=!!", "application/atom+xml").statusCode()).isEqualTo(400);
    }

    @Test
    void sitemapLinksLanguageVersionsWithHreflang() throws Exception {
        var response = http.get("/sitemap.xml", "application/xml");
        assertThat(response.statusCode()).isEqualTo(200);
        Document sitemap = parse(response.body());
        assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(response.body())
                .contains("hreflang=\"de\" href=\"" + PUBLIC_BASE + "/briefings/2025-12-01-kallas-entscheidende-woche-fuer-die-diplomatie\"")
                .contains("hreflang=\"en\" href=\"" + PUBLIC_BASE + "/briefings/2025-12-01-kallas-decisive-week-for-diplomacy\"");
    }

    @Test
    void robotsPointsAtTheSitemap() {
        var response = http.get("/robots.txt", "text/plain");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Sitemap: " + PUBLIC_BASE + "/sitemap.xml");
    }

    @Test
    void actorAndInitiativeFeedsListTheirBriefings() throws Exception {
        String kallas = http.get("/feeds/actors/kaja-kallas.atom", "application/atom+xml").body();
        assertThat(kallas).contains("/briefings/2025-12-01-kallas-entscheidende-woche-fuer-die-diplomatie");
        String watch = http.get("/feeds/initiatives/eastern-flank-watch.atom", "application/atom+xml").body();
        assertThat(parse(watch).getElementsByTagNameNS(ATOM, "entry").getLength()).isPositive();
        assertThat(watch).contains("/briefings/2025-12-01-kallas-decisive-week-for-diplomacy");
        assertThat(http.get("/feeds/actors/nobody.atom", "application/atom+xml").statusCode()).isEqualTo(404);
        assertThat(http.get("/feeds/initiatives/none.atom", "application/atom+xml").statusCode()).isEqualTo(404);
    }

    private static List<Element> entries(String xml) throws Exception {
        NodeList nodes = parse(xml).getElementsByTagNameNS(ATOM, "entry");
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    @Test
    void entriesCarryTheBriefingsOwnPublicationTimeNewestFirst() throws Exception {
        List<Element> entries = entries(http.get("/feeds/briefings.atom", "application/atom+xml").body());
        List<java.time.Instant> published = entries.stream().map(e -> java.time.Instant.parse(child(e, "published")))
                .toList();
        assertThat(published).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // items dated by their content, not by the moment they were loaded (the older one imported last), newest
        // first; a feed of their own, since other tests' items fill the latest-briefings feed in a full run
        String line = "{\"externalId\":\"feed-order-ID\",\"lang\":\"en\",\"kind\":\"statement\",\"title\":\"Feed order ID\","
                + "\"date\":\"DAY\",\"publishedAt\":\"DAYT16:00:00Z\",\"institution\":\"feed-order-office\","
                + "\"body\":\"Words.\",\"actors\":[{\"slug\":\"feed-order-office\",\"kind\":\"institution\","
                + "\"name\":\"Feed Order Office\"}]}\n";
        assertThat(http.importNdjson(line.replace("ID", "newer").replace("DAY", "2025-12-01") + line.replace("ID", "older")
                .replace("DAY", "2025-03-19"), "editor@newsroom.example").body()).contains("\"rejected\":0");
        List<Element> own = entries(http.get("/feeds/actors/feed-order-office.atom", "application/atom+xml").body());
        assertThat(own).extracting(e -> child(e, "title")).containsExactly("Feed order newer", "Feed order older");
        assertThat(own).extracting(e -> child(e, "published")).containsExactly("2025-12-01T16:00:00Z",
                "2025-03-19T16:00:00Z");
        assertThat(child(own.get(0), "updated")).isEqualTo("2025-12-01T16:00:00Z");
    }

    @Test
    void anEntrysUpdatedTimeChangesOnlyWithACorrection() throws Exception {
        String line = "{\"externalId\":\"feed-dates-1\",\"lang\":\"en\",\"kind\":\"statement\",\"title\":\"Feed dates\","
                + "\"date\":\"2020-01-01\",\"publishedAt\":\"2020-01-01T10:00:00Z\",\"institution\":\"feed-dates-office\","
                + "\"body\":\"BODY\",\"actors\":[{\"slug\":\"feed-dates-office\",\"kind\":\"institution\","
                + "\"name\":\"Feed Dates Office\"}],\"topics\":TOPICS}\n";
        String feed = "/feeds/actors/feed-dates-office.atom";
        assertThat(http.importNdjson(line.replace("BODY", "First words.").replace("TOPICS", "[]"),
                "editor@newsroom.example").body()).contains("\"rejected\":0");
        Element first = entries(http.get(feed, "application/atom+xml").body()).get(0);
        assertThat(child(first, "published")).isEqualTo("2020-01-01T10:00:00Z");
        assertThat(child(first, "updated")).isEqualTo("2020-01-01T10:00:00Z");

        // imported again, re-tagged: not a correction
        http.importNdjson(line.replace("BODY", "First words.").replace("TOPICS", "[\"support-to-ukraine\"]"),
                "editor@newsroom.example");
        Element retagged = entries(http.get(feed, "application/atom+xml").body()).get(0);
        assertThat(child(retagged, "updated")).isEqualTo("2020-01-01T10:00:00Z");

        // its words corrected: updated moves on, published stays
        http.importNdjson(line.replace("BODY", "Corrected words.").replace("TOPICS", "[\"support-to-ukraine\"]"),
                "editor@newsroom.example");
        Element corrected = entries(http.get(feed, "application/atom+xml").body()).get(0);
        assertThat(child(corrected, "published")).isEqualTo("2020-01-01T10:00:00Z");
        assertThat(java.time.Instant.parse(child(corrected, "updated"))).isAfter(java.time.Instant.parse("2026-01-01T00:00:00Z"));
    }
}
