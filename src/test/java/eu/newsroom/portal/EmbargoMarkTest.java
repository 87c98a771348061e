package eu.newsroom.portal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import eu.newsroom.support.SignedInBrowser;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19 finding 10: accredited journalists see "Embargoed until …" (Brussels time) wherever embargoed content
 * appears (briefing cards, statement lists and pages, actor pages and timelines, commitments, initiative pages, the
 * tracker's totals) and an {@code embargo_until} column in the exports; anonymous readers see none of it. The
 * embargoed item is written here with plain SQL (dated last, largest figure) so that it tops every list it is on.
 */
@NewsroomTest
class EmbargoMarkTest {

    private static final String BRIEFING = "2099-01-01-embargo-mark-briefing";
    private static final String STATEMENT = "embargo-mark-statement";
    private static final String COMMITMENT = "embargo-mark-commitment";
    /** 08:30 UTC is 10:30 in Brussels in summer. */
    private static final String EMBARGO = "2099-06-01T08:30:00Z";
    private static final String MARK = "Embargoed until 1 June 2099, 10:30 (Brussels time)";
    private static final String IN_EXPORTS = "2099-06-01T10:30:00+02:00";

    /** Each page, and the embargoed item it shows. */
    private static final List<List<String>> PAGES = List.of(
            List.of("/", BRIEFING), List.of("/", COMMITMENT), List.of("/briefings", BRIEFING),
            List.of("/statements", STATEMENT), List.of("/statements/" + STATEMENT, STATEMENT),
            List.of("/actors/kaja-kallas", STATEMENT), List.of("/actors/kaja-kallas", COMMITMENT),
            List.of("/actors/kaja-kallas/timeline", STATEMENT), List.of("/actors/kaja-kallas/timeline", BRIEFING),
            List.of("/commitments", COMMITMENT), List.of("/commitments/" + COMMITMENT, COMMITMENT),
            List.of("/initiatives/eastern-flank-watch", BRIEFING), List.of("/initiatives/eastern-flank-watch", STATEMENT),
            List.of("/initiatives/eastern-flank-watch", COMMITMENT),
            List.of("/initiatives/eastern-flank-watch/timeline", BRIEFING));

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void writeAnEmbargoedBriefingWithAStatementAndACommitment() {
        long kallas = id("select id from actor where slug = 'kaja-kallas'");
        long eeas = id("select id from actor where slug = 'eeas'");
        long initiative = id("select id from initiative where slug = 'eastern-flank-watch'");
        long briefing = jdbc.sql("insert into briefing (slug, external_id, title, kind, lang, translation_group, event_date,"
                        + " institution_id, speaker_id, body, status, embargo_until, published_at) values (:slug, :slug,"
                        + " 'Embargo mark briefing', 'PRESS_RELEASE', 'en', :slug, date '2099-01-01', :eeas, :kallas,"
                        + " 'Body.', 'PUBLISHED', cast(:embargo as timestamptz), now()) returning id")
                .param("slug", BRIEFING).param("eeas", eeas).param("kallas", kallas).param("embargo", EMBARGO)
                .query(Long.class).single();
        jdbc.sql("insert into briefing_initiative (briefing_id, initiative_id) values (?, ?)").params(briefing, initiative)
                .update();
        long statement = jdbc.sql("insert into statement (slug, briefing_id, position, speaker_id, kind, text, lang, said_on)"
                        + " values (?, ?, 0, ?, 'QUOTE', 'Embargo mark words', 'en', date '2099-01-01') returning id")
                .params(STATEMENT, briefing, kallas).query(Long.class).single();
        jdbc.sql("insert into statement_initiative (statement_id, initiative_id) values (?, ?)").params(statement, initiative)
                .update();
        // in dollars, so that it is also among the tracker's conversions
        long commitment = jdbc.sql("insert into commitment (slug, title, donor_id, category, amount, currency, amount_eur,"
                        + " eur_rate, rate_date, eur_rate_source, qualifier, status, announced_on, source_briefing_id,"
                        + " initiative_id) values (?, 'Embargo mark commitment', ?, 'FINANCIAL', 10000000000000, 'USD',"
                        + " 9000000000000, 0.9, date '2099-01-01', 'GIVEN', 'EXACT', 'PLEDGED', date '2099-01-01', ?, ?)"
                        + " returning id")
                .params(COMMITMENT, kallas, briefing, initiative).query(Long.class).single();
        jdbc.sql("insert into briefing_commitment (briefing_id, commitment_id) values (?, ?)").params(briefing, commitment)
                .update();
    }

    @AfterEach
    void removeIt() {
        jdbc.sql("delete from commitment where slug = ?").param(COMMITMENT).update();
        jdbc.sql("delete from briefing where slug = ?").param(BRIEFING).update();
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /**
     * Analysts too: each role includes the ones before it (Role, SecurityConfiguration.roleHierarchy), so an analyst
     * is an accredited journalist as well. Who sees what is the visibility rule's to decide, not the mark's.
     */
    @ParameterizedTest
    @ValueSource(strings = {"journalist@newsroom.example", "analyst@newsroom.example"})
    void accreditedReadersSeeTheMarkWhereverTheEmbargoedItemAppears(String user) {
        SignedInBrowser journalist = SignedInBrowser.as(http, user);
        for (List<String> page : PAGES) {
            HttpResponse<String> response = journalist.get(page.get(0));
            assertThat(response.statusCode()).as(page.get(0)).isEqualTo(200);
            assertThat(markedItem(response.body(), page.get(0), page.get(1))).as(page.get(1) + " on " + page.get(0))
                    .contains(MARK);
        }
        String tracker = journalist.get("/commitments/tracker").body();
        assertThat(tracker).contains("(1 commitment) under embargo");
        assertThat(markedItem(tracker, "/commitments/tracker", COMMITMENT)).as("among the amounts in other currencies")
                .contains(MARK);
        // in the reader's language, last: the choice of language stays with the session
        assertThat(journalist.get("/?locale=de").body()).contains("Sperrfrist bis 1. Juni 2099, 10:30 (Brüsseler Zeit)");
    }

    @Test
    void theExportsSayUntilWhenEachRowIsUnderEmbargo() {
        SignedInBrowser journalist = SignedInBrowser.as(http, "journalist@newsroom.example");
        String commitments = journalist.get("/exports/commitments.csv").body();
        assertThat(commitments.lines().findFirst().orElseThrow()).endsWith(",embargo_until");
        assertThat(row(commitments, COMMITMENT)).endsWith("," + IN_EXPORTS);
        // other tests of a full run leave embargoed items of their own: every row whose source briefing is not under
        // embargo has an empty embargo_until
        java.util.Set<String> embargoed = new java.util.HashSet<>(jdbc.sql("select c.slug from commitment c join briefing b"
                + " on b.id = c.source_briefing_id where b.embargo_until > now()").query(String.class).list());
        assertThat(commitments.lines().skip(1).filter(line -> !embargoed.contains(line.substring(0, line.indexOf(',')))))
                .as("public rows have an empty embargo_until").isNotEmpty().allMatch(line -> line.endsWith(","));
        String statements = journalist.get("/exports/statements.csv?speaker=kaja-kallas").body();
        assertThat(statements.lines().findFirst().orElseThrow()).endsWith(",embargo_until");
        assertThat(row(statements, STATEMENT)).endsWith("," + IN_EXPORTS);
        assertThat(journalist.get("/exports/commitments.json").body())
                .contains("\"embargoUntil\":\"" + IN_EXPORTS + "\"").contains("\"embargoUntil\":null");
        assertThat(journalist.get("/exports/statements.json?speaker=kaja-kallas").body())
                .contains("\"embargoUntil\":\"" + IN_EXPORTS + "\"");
    }

    @Test
    void anonymousReadersSeeNeitherTheItemNorAMark() {
        for (List<String> page : PAGES) {
            HttpResponse<String> response = http.page(page.get(0));
            if (page.get(0).endsWith(page.get(1))) {
                assertThat(response.statusCode()).as(page.get(0)).isEqualTo(404);
                continue;
            }
            assertThat(response.statusCode()).as(page.get(0)).isEqualTo(200);
            assertThat(response.body()).as(page.get(0)).doesNotContain(page.get(1)).doesNotContain("Embargoed until");
        }
        assertThat(http.page("/commitments/tracker").body()).doesNotContain("under embargo").doesNotContain(COMMITMENT)
                .doesNotContain("Embargoed until");
        for (String export : List.of("/exports/commitments.csv", "/exports/statements.csv?speaker=kaja-kallas")) {
            String csv = http.page(export).body();
            assertThat(csv).as(export).doesNotContain(COMMITMENT).doesNotContain(STATEMENT).doesNotContain("2099-");
            assertThat(csv.lines().skip(1)).as(export).isNotEmpty().allMatch(line -> line.endsWith(","));
        }
        assertThat(http.page("/exports/commitments.json").body()).doesNotContain(COMMITMENT).doesNotContain("2099-");
    }

    /**
     * Where the item's mark must be: on its own page the whole page, in a list from the item's link up to the next
     * item of any kind.
     */
    private static String markedItem(String page, String path, String slug) {
        if (path.endsWith("/" + slug)) {
            return page;
        }
        int at = page.indexOf("/" + slug + "\"");
        assertThat(at).as(slug + " is linked from the page").isNotNegative();
        int end = page.length();
        for (String next : List.of("<article", "<figure", "<tr", "<li")) {
            int found = page.indexOf(next, at);
            if (found >= 0 && found < end) {
                end = found;
            }
        }
        return page.substring(at, end);
    }

    private static String row(String csv, String slug) {
        return csv.lines().filter(line -> line.contains(slug)).findFirst().orElseThrow();
    }
}
