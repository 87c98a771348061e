package eu.newsroom.portal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.io.StringReader;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statements explorer (filters, counts, paging), the side-by-side comparison, the timelines and the
 * JSON exports, over real HTTP, with the expected numbers counted in PostgreSQL.
 */
@NewsroomTest
class StatementExplorerTest {

    private static final String PUBLIC = " from statement s join briefing b on b.id = s.briefing_id"
            + " join actor a on a.id = s.speaker_id where b.status = 'PUBLISHED'"
            + " and (b.embargo_until is null or b.embargo_until <= now())";

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    private long count(String where) {
        return jdbc.sql("select count(*)" + PUBLIC + where).query(Long.class).single();
    }

    private JsonNode api(String path) {
        var response = http.json(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void everyFilterNarrowsTheStatementsAsTheDatabaseDoes() {
        String topic = " and exists (select 1 from statement_topic st join topic t on t.id = st.topic_id"
                + " where st.statement_id = s.id and t.slug = 'support-to-ukraine')";
        assertThat(api("/api/v1/statements?speaker=kaja-kallas").path("total").asLong())
                .isEqualTo(count(" and a.slug = 'kaja-kallas'")).isPositive();
        assertThat(api("/api/v1/statements?role=commissioner").path("total").asLong())
                .isEqualTo(count(" and lower(s.speaker_role) like '%commissioner%'")).isPositive();
        assertThat(api("/api/v1/statements?topic=support-to-ukraine&speaker=kaja-kallas").path("total").asLong())
                .isEqualTo(count(" and a.slug = 'kaja-kallas'" + topic)).isPositive();
        assertThat(api("/api/v1/statements?from=2025-01-01&to=2025-12-31").path("total").asLong())
                .isEqualTo(count(" and s.said_on between '2025-01-01' and '2025-12-31'")).isPositive();
        assertThat(api("/api/v1/statements?lang=de").path("total").asLong())
                .isEqualTo(count(" and (s.lang = 'de' or s.lang like 'de-%')")).isPositive();
    }

    @Test
    void theExplorerPageCountsByLanguageAndPages() {
        var page = http.page("/statements?speaker=kaja-kallas&size=5&locale=en");
        assertThat(page.statusCode()).isEqualTo(200);
        long total = count(" and a.slug = 'kaja-kallas'");
        long german = count(" and a.slug = 'kaja-kallas' and s.lang = 'de'");
        assertThat(page.body()).contains(total + " statements").contains("<option value=\"kaja-kallas\" selected")
                .contains("German</span> <span class=\"meta\">(" + german + ")")
                .contains("/statements?speaker=kaja-kallas&amp;lang=de").contains("rel=\"next\"")
                .contains("/exports/statements.json?speaker=kaja-kallas");
        // the filter form works without JavaScript: a plain GET form
        assertThat(page.body()).contains("<form class=\"filters\" method=\"get\" action=\"/statements\"");
    }

    @Test
    void wrongFiltersAreAClear400() {
        assertThat(http.page("/statements?from=2025-13-01").statusCode()).isEqualTo(400);
        assertThat(http.page("/statements?from=2025-02-01&to=2025-01-01").statusCode()).isEqualTo(400);
        assertThat(http.page("/statements?topic=Not%20A%20Slug").statusCode()).isEqualTo(400);
        assertThat(http.json("/api/v1/statements?lang=!!").statusCode()).isEqualTo(400);
        assertThat(http.page("/statements?role=" + "x".repeat(101)).statusCode()).isEqualTo(400);
        assertThat(http.page("/statements/compare?left=kaja-kallas&right=nobody-at-all&topic=support-to-ukraine")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void twoSpeakersOnOneTopicStandSideBySide() {
        var page = http.page("/statements/compare?left=kaja-kallas&right=ursula-von-der-leyen&topic=support-to-ukraine"
                + "&locale=en");
        assertThat(page.statusCode()).isEqualTo(200);
        String topic = " and exists (select 1 from statement_topic st join topic t on t.id = st.topic_id"
                + " where st.statement_id = s.id and t.slug = 'support-to-ukraine')";
        long left = count(" and a.slug = 'kaja-kallas'" + topic);
        long right = count(" and a.slug = 'ursula-von-der-leyen'" + topic);
        assertThat(page.body()).contains("class=\"side-by-side\"").contains(left + " statements on ")
                .contains(right + " statements on ");
        String body = page.body();
        String leftColumn = body.substring(body.indexOf("id=\"left-said\""), body.indexOf("id=\"right-said\""));
        assertThat(leftColumn).contains("/actors/kaja-kallas").doesNotContain("/actors/ursula-von-der-leyen\"");
        assertThat(http.page("/statements/compare").body()).contains("Choose two speakers and a topic");
    }

    @Test
    void anActorsTimelineListsStatementsAndBriefingsByMonthOldestFirst() {
        var page = http.page("/actors/kaja-kallas/timeline?locale=en");
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        // one entry per statement, however many language versions it has (issue 20 item 5)
        long said = jdbc.sql("select count(distinct coalesce(b.translation_group, b.id::text) || '#' || s.position)"
                + PUBLIC + " and a.slug = 'kaja-kallas'").query(Long.class).single();
        assertThat(body.split("class=\"tl-statement\"").length - 1).isEqualTo((int) said);
        assertThat(body).contains("class=\"tl-briefing\"").contains("<time datetime=\"2025-12\">December 2025</time>");
        // months in date order
        assertThat(body.indexOf("datetime=\"2024-12\"")).isLessThan(body.indexOf("datetime=\"2025-12\""));
        assertThat(http.page("/actors/kaja-kallas/timeline?locale=de").body()).contains(">Dezember 2025</time>");
        assertThat(http.page("/actors/no-such-actor/timeline").statusCode()).isEqualTo(404);
    }

    @Test
    void anInitiativesTimelineIsGroupedByMonth() {
        var page = http.page("/initiatives/eastern-flank-watch/timeline?locale=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Timeline: ").contains("class=\"timeline-months\"").contains("class=\"tl-briefing\"");
        assertThat(http.page("/initiatives/eastern-flank-watch").body()).contains("/initiatives/eastern-flank-watch/timeline");
    }

    @Test
    void jsonExportsHoldTheSameRowsAsTheCsvWithTheSameFilters() throws Exception {
        var csv = http.get("/exports/statements.csv?speaker=kaja-kallas&lang=de", "text/csv").body();
        var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
        var export = http.get("/exports/statements.json?speaker=kaja-kallas&lang=de", "application/json");
        assertThat(export.headers().firstValue("Content-Disposition")).get().asString().contains("statements.json");
        JsonNode body = json.readTree(export.body());
        assertThat(body.path("count").asInt()).isEqualTo(records.size()).isPositive();
        assertThat(body.path("filters").path("speaker").asString()).isEqualTo("kaja-kallas");
        assertThat(body.path("items").get(0).path("slug").asString()).isEqualTo(records.get(0).get("slug"));

        JsonNode commitments = json.readTree(http.get("/exports/commitments.json?category=financial", "application/json").body());
        assertThat(commitments.path("count").asInt()).isEqualTo(jdbc.sql("select count(*) from commitment c left join briefing b"
                + " on b.id = c.source_briefing_id where c.category = 'FINANCIAL' and (b.id is null or (b.status = 'PUBLISHED'"
                + " and (b.embargo_until is null or b.embargo_until <= now())))").query(Integer.class).single());

        JsonNode search = json.readTree(http.get("/exports/search.json?q=ukraine&type=statement", "application/json").body());
        long found = json.readTree(http.json("/api/v1/search?q=ukraine&type=statement&size=100").body()).path("total").asLong();
        assertThat(search.path("count").asLong()).isPositive().isLessThanOrEqualTo(found);
        assertThat(search.path("items").get(0).path("type").asString()).isEqualTo("statement");
        var searchCsv = http.get("/exports/search.csv?q=ukraine&type=statement", "text/csv");
        assertThat(searchCsv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(searchCsv.body()).startsWith("type,slug,title,lang,date,snippet,url");
        assertThat(http.get("/exports/search.json?from=yesterday", "application/json").statusCode()).isEqualTo(400);
    }
}
