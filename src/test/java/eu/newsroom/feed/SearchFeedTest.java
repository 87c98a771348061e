package eu.newsroom.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search feed (/feeds/search.atom) over real HTTP, read with ROME: the newest public matches of a word only these
 * items carry, newest first, dated by their own publication; the search page's filters; wrong values answered 400;
 * the search page announcing it and offering "Follow".
 */
@NewsroomTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchFeedTest {

    private static final String PUBLIC_BASE = "https://newsroom.test";
    private static final String EDITOR = "editor@newsroom.example";

    @Autowired
    Http http;

    /** A word no other item has (letters only: one token to every analyser). */
    private final String word = "zq" + new Random().ints(8, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);

    private String line(String id, String date, String publishedAt, String body, String extra) {
        return "{\"externalId\":\"" + word + "-" + id + "\",\"lang\":\"en\",\"kind\":\"statement\",\"title\":\"Search feed "
                + id + "\",\"date\":\"" + date + "\",\"publishedAt\":\"" + publishedAt + "\",\"institution\":\""
                + word + "-office\",\"body\":\"" + body + "\",\"actors\":[{\"slug\":\"" + word + "-office\","
                + "\"kind\":\"institution\",\"name\":\"Search Feed Office\"},{\"slug\":\"" + word + "-speaker\","
                + "\"kind\":\"person\",\"name\":\"Ada Feedwell\"}]" + extra + "}\n";
    }

    /**
     * Newer first, the older imported last (load order is not the feed's order); a statement whose briefing does not
     * match is an entry of its own; an embargoed and a draft item match too but are not public.
     */
    @BeforeAll
    void storeItems() {
        String lines = line("newer", "2025-12-01", "2025-12-02T09:00:00Z", "The " + word + " plan, newer.", "")
                + line("said", "2025-06-10", "2025-06-10T12:00:00Z", "Other words altogether.",
                        ",\"statements\":[{\"speaker\":\"" + word + "-speaker\",\"kind\":\"quote\",\"text\":\"We back the "
                                + word + " plan.\"}]")
                + line("embargoed", "2025-11-01", "2025-11-01T08:00:00Z", "The " + word + " plan, embargoed.",
                        ",\"status\":\"published\",\"embargoUntil\":\"2030-01-01T00:00:00Z\"")
                + line("draft", "2025-11-02", "2025-11-02T08:00:00Z", "The " + word + " plan, a draft.",
                        ",\"status\":\"draft\"")
                + line("older", "2025-03-19", "2025-03-19T16:00:00Z", "The " + word + " plan, older.", "");
        HttpResponse<String> imported = http.importNdjson(lines, EDITOR);
        assertThat(imported.body()).contains("\"rejected\":0");
    }

    private SyndFeed feed(String query) throws Exception {
        HttpResponse<String> response = http.get("/feeds/search.atom?" + query, "application/atom+xml");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/atom+xml");
        return new SyndFeedInput().build(new StringReader(response.body()));
    }

    private static List<String> links(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getLink).toList();
    }

    private static String link(SyndFeed feed, String rel) {
        return feed.getLinks().stream().filter(l -> rel.equals(l.getRel())).map(SyndLink::getHref).findFirst()
                .orElseThrow();
    }

    @Test
    void theNewestPublicMatchesNewestFirstDatedByTheirOwnPublication() throws Exception {
        SyndFeed feed = feed("q=" + word);
        assertThat(feed.getTitle()).isEqualTo("EU Defence Newsroom · Search: " + word);
        assertThat(link(feed, "self")).isEqualTo(PUBLIC_BASE + "/feeds/search.atom?q=" + word);
        assertThat(link(feed, "alternate")).isEqualTo(PUBLIC_BASE + "/search?q=" + word + "&sort=date");

        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
                .containsExactly("Search feed newer", "Ada Feedwell: Search feed said", "Search feed older");
        assertThat(links(feed).get(0)).startsWith(PUBLIC_BASE + "/briefings/");
        assertThat(links(feed).get(1)).startsWith(PUBLIC_BASE + "/statements/");
        assertThat(links(feed).get(2)).startsWith(PUBLIC_BASE + "/briefings/");
        assertThat(feed.getEntries()).extracting(e -> e.getPublishedDate().toInstant()).containsExactly(
                Instant.parse("2025-12-02T09:00:00Z"), Instant.parse("2025-06-10T12:00:00Z"),
                Instant.parse("2025-03-19T16:00:00Z"));
        assertThat(feed.getEntries()).allSatisfy(e -> {
            assertThat(e.getUpdatedDate()).isEqualTo(e.getPublishedDate());
            assertThat(e.getDescription().getValue()).containsIgnoringCase(word);
        });
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
                .doesNotContain("Search feed embargoed", "Search feed draft");
    }

    @Test
    void theSearchPagesFiltersNarrowTheFeed() throws Exception {
        assertThat(feed("q=" + word + "&type=statement").getEntries()).extracting(SyndEntry::getTitle)
                .containsExactly("Ada Feedwell: Search feed said");
        assertThat(feed("q=" + word + "&type=briefing").getEntries()).extracting(SyndEntry::getTitle)
                .containsExactly("Search feed newer", "Search feed older");
        assertThat(feed("q=" + word + "&from=2025-06-01&to=2025-12-31").getEntries()).extracting(SyndEntry::getTitle)
                .containsExactly("Search feed newer", "Ada Feedwell: Search feed said");
        assertThat(feed("q=" + word + "&lang=de").getEntries()).isEmpty();
        assertThat(link(feed("to=2025-12-31&q=" + word + "&lang=EN"), "self")).as("one address per search")
                .isEqualTo(PUBLIC_BASE + "/feeds/search.atom?q=" + word + "&lang=en&to=2025-12-31");
    }

    @Test
    void wrongValuesAreAnswered400WithWhatToChange() {
        HttpResponse<String> initiatives = http.get("/feeds/search.atom?q=" + word + "&type=initiative", "text/html");
        assertThat(initiatives.statusCode()).isEqualTo(400);
        assertThat(initiatives.body()).contains("The search feed lists briefings and statements");
        assertThat(http.get("/feeds/search.atom?q=x&lang=x!", "application/atom+xml").statusCode()).isEqualTo(400);
        assertThat(http.get("/feeds/search.atom?q=x&from=2025-12-31&to=2025-01-01", "application/atom+xml").statusCode())
                .isEqualTo(400);
        assertThat(http.get("/feeds/search.atom?q=x&from=yesterday", "application/atom+xml").statusCode()).isEqualTo(400);
    }

    @Test
    void anUnchangedSearchFeedAnswers304() {
        HttpResponse<String> first = http.get("/feeds/search.atom?q=" + word, "application/atom+xml");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(http.getWithHeader("/feeds/search.atom?q=" + word, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(http.getWithHeader("/feeds/search.atom?q=" + word + "&type=briefing", "If-None-Match", etag)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void theSearchPageAnnouncesItsFeedAndOffersFollow() throws Exception {
        String feedPath = "/feeds/search.atom?q=" + word + "&amp;type=briefing";
        String page = http.page("/search?q=" + word + "&type=briefing").body();
        assertThat(page).contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"" + feedPath + "\"")
                .containsPattern("<a href=\"" + java.util.regex.Pattern.quote(feedPath)
                        + "\" type=\"application/atom\\+xml\"[^>]*>Follow</a>");
        assertThat(feed("q=" + word + "&type=briefing").getEntries()).hasSize(2);

        // a search with nothing found yet can be followed too
        String none = http.page("/search?q=" + word + "x").body();
        assertThat(none).contains("href=\"/feeds/search.atom?q=" + word + "x\"");
        // no search made, or one of initiatives only: no search feed
        assertThat(http.page("/search").body()).doesNotContain("/feeds/search.atom");
        assertThat(http.page("/search?q=" + word + "&type=initiative").body()).doesNotContain("/feeds/search.atom");
    }
}
