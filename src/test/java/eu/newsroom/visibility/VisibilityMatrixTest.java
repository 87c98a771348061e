package eu.newsroom.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import eu.newsroom.support.SignedInBrowser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19's matrix: every public read path, for anonymous readers, a signed-in analyst and an accredited journalist,
 * with one draft, one embargoed and one withdrawn item, each bringing a new actor (who speaks in it), a new initiative
 * and a new topic, and changing a commitment readers already see. Nothing of the draft and the withdrawn item
 * appears anywhere; the embargoed item and what it brings appear to accredited readers only (analysts are
 * accredited: each role includes the ones before it); the commitment keeps its public figure for everyone until an
 * item that changes it becomes public to everyone.
 */
@NewsroomTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisibilityMatrixTest {

    /** Lists, feeds, exports, search and suggestions: where an item or what it brings could show up. */
    private static final List<String> LISTS = List.of("/", "/briefings?size=100", "/api/v1/briefings?size=100",
            "/statements", "/api/v1/statements?size=100", "/commitments", "/api/v1/commitments?size=100",
            "/commitments/tracker", "/initiatives", "/api/v1/initiatives", "/actors", "/api/v1/actors?size=100",
            "/topics", "/api/v1/topics", "/feeds/briefings.atom", "/sitemap.xml", "/exports/commitments.csv",
            "/exports/commitments.json", "/exports/statements.csv", "/exports/statements.json");

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    /** Letters only, so that the search's analysers keep each marker one word. */
    private final String run = new Random().ints(8, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

    private final String commitment = "matrix-commitment-" + run;

    /** One item of the matrix: what it is called and what it brings, by the words and slugs that mark it. */
    private record Item(String kind, String externalId, String word, long amount) {

        String actor() {
            return "matrix-" + kind + "-person";
        }

        String initiative() {
            return "matrix-" + kind + "-initiative";
        }

        String topic() {
            return "matrix-" + kind + "-topic";
        }

        /** Words and slugs that must not show where the item may not be seen. */
        List<String> marks() {
            return List.of(word, actor(), initiative(), topic(), externalId, String.valueOf(amount));
        }
    }

    private Item draft;
    private Item embargoed;
    private Item withdrawn;
    private String embargoedSlug;

    @BeforeAll
    void storeTheMatrix() {
        importOk(line("matrix-base-" + run, "Base " + run, "\"status\":\"published\",\"commitments\":[{\"slug\":\""
                + commitment + "\",\"title\":\"Matrix support\",\"donor\":\"eu\",\"category\":\"military\","
                + "\"amount\":\"100000000\",\"currency\":\"EUR\",\"status\":\"proposed\",\"announced\":\"2026-05-01\"}]"));
        draft = item("draft", 111_777_000L);
        embargoed = item("embargoed", 222_777_000L);
        withdrawn = item("withdrawn", 333_777_000L);
        String embargo = "\"status\":\"published\",\"embargoUntil\":\"2030-01-01T00:00:00Z\"";
        importOk(itemLine(draft, "\"status\":\"draft\""));
        importOk(itemLine(embargoed, embargo));
        importOk(itemLine(withdrawn, embargo));
        long id = jdbc.sql("select id from briefing where external_id = ?").param(withdrawn.externalId())
                .query(Long.class).single();
        long version = jdbc.sql("select version from briefing where id = ?").param(id).query(Long.class).single();
        var done = SignedInBrowser.as(http, Readers.EDITOR).postForm("/editorial/briefings/" + id + "/workflow",
                List.of(Map.entry("step", "WITHDRAW"), Map.entry("version", String.valueOf(version)),
                        Map.entry("notice", "Withdrawn before its embargo ended.")));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        embargoedSlug = jdbc.sql("select slug from briefing where external_id = ?").param(embargoed.externalId())
                .query(String.class).single();
    }

    private Item item(String kind, long amount) {
        String word = kind.substring(0, 1).toUpperCase() + kind.substring(1) + "word" + run;
        return new Item(kind + "-" + run, "matrix-" + kind + "-" + run, word, amount);
    }

    private String itemLine(Item item, String status) {
        return line(item.externalId(), item.word(), status + ",\"actors\":[{\"slug\":\"" + item.actor()
                + "\",\"kind\":\"person\",\"name\":\"" + item.word() + " Person\"}],"
                + "\"topics\":[{\"slug\":\"" + item.topic() + "\",\"labels\":{\"en\":\"" + item.word() + " Topic\"}}],"
                + "\"initiatives\":[{\"slug\":\"" + item.initiative() + "\",\"name\":\"" + item.word()
                + " Initiative\",\"kind\":\"project\",\"status\":\"operational\"}],"
                + "\"commitments\":[{\"slug\":\"" + commitment + "\",\"amount\":\"" + item.amount()
                + "\",\"currency\":\"EUR\",\"status\":\"agreed\"}],"
                + "\"statements\":[{\"speaker\":\"" + item.actor() + "\",\"kind\":\"quote\",\"text\":\"We say "
                + item.word() + ".\",\"topics\":[\"" + item.topic() + "\"],\"initiatives\":[\"" + item.initiative()
                + "\"]}]");
    }

    private static String line(String externalId, String title, String more) {
        return "{\"externalId\":\"" + externalId + "\",\"lang\":\"en\",\"kind\":\"press-release\",\"title\":\"" + title
                + "\",\"date\":\"2026-06-02\",\"body\":\"About " + title + ".\"," + more + "}";
    }

    private void importOk(String line) {
        var response = http.importNdjson(line + "\n", Readers.EDITOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).as(response.body()).contains("\"rejected\":0");
    }

    private List<Readers.Reader> readers() {
        return List.of(Readers.anonymous(http), Readers.signedIn(http, Readers.ANALYST),
                Readers.signedIn(http, Readers.JOURNALIST));
    }

    private static boolean accredited(Readers.Reader reader) {
        return !reader.name().equals("anonymous");
    }

    /** The detail pages and API answers of what an item is and brings. */
    private static List<String> detailsOf(Item item, String briefingSlug) {
        List<String> paths = new ArrayList<>(List.of("/actors/" + item.actor(), "/api/v1/actors/" + item.actor(),
                "/actors/" + item.actor() + "/timeline", "/initiatives/" + item.initiative(),
                "/api/v1/initiatives/" + item.initiative(), "/initiatives/" + item.initiative() + "/timeline",
                "/topics/" + item.topic(), "/feeds/actors/" + item.actor() + ".atom",
                "/feeds/initiatives/" + item.initiative() + ".atom", "/feeds/topics/" + item.topic() + ".atom"));
        if (briefingSlug != null) {
            paths.add("/briefings/" + briefingSlug);
            paths.add("/api/v1/briefings/" + briefingSlug);
        }
        return paths;
    }

    private String slugOf(Item item) {
        return jdbc.sql("select slug from briefing where external_id = ?").param(item.externalId())
                .query(String.class).single();
    }

    @Test
    void listsFeedsExportsAndTheHomePageShowOnlyWhatEachReaderMaySee() {
        for (Readers.Reader reader : readers()) {
            List<Item> hidden = accredited(reader) ? List.of(draft, withdrawn) : List.of(draft, withdrawn, embargoed);
            for (String path : LISTS) {
                var answer = reader.read(path);
                assertThat(answer.statusCode()).as(reader.name() + " " + path).isEqualTo(200);
                for (Item item : hidden) {
                    for (String mark : item.marks()) {
                        assertThat(answer.body()).as(reader.name() + " " + path + " shows " + item.kind())
                                .doesNotContain(mark);
                    }
                }
            }
        }
    }

    @Test
    void detailPagesOfWhatAnItemBringsAnswerNotFoundUntilTheReaderMaySeeIt() {
        for (Readers.Reader reader : readers()) {
            for (Item item : List.of(draft, withdrawn, embargoed)) {
                boolean visible = item == embargoed && accredited(reader);
                for (String path : detailsOf(item, item == withdrawn ? null : slugOf(item))) {
                    if (path.startsWith("/feeds/") && item == embargoed) {
                        // feeds are read without signing in: an embargoed item's actor has none yet for anyone
                        assertThat(reader.read(path).statusCode()).as(reader.name() + " " + path).isEqualTo(404);
                        continue;
                    }
                    assertThat(reader.read(path).statusCode()).as(reader.name() + " " + path)
                            .isEqualTo(visible ? 200 : 404);
                }
            }
        }
    }

    @Test
    void aWithdrawnItemsPermalinkShowsTheNoticeAndNothingOfWhatItSaid() {
        String slug = slugOf(withdrawn);
        for (Readers.Reader reader : readers()) {
            var page = reader.read("/briefings/" + slug);
            assertThat(page.statusCode()).as(reader.name()).isEqualTo(200);
            assertThat(page.body()).contains("Withdrawn before its embargo ended.").doesNotContain("We say")
                    .doesNotContain(withdrawn.actor()).doesNotContain(withdrawn.initiative());
            assertThat(reader.read("/api/v1/briefings/" + slug).body()).doesNotContain("We say");
        }
    }

    @Test
    void searchSuggestionsAndDidYouMeanKnowNothingOfUnpublishedItems() {
        for (Readers.Reader reader : readers()) {
            for (Item item : List.of(draft, withdrawn, embargoed)) {
                // accredited readers find the embargoed item in search, marked (issue 19 item 4); suggestions and
                // the search export stay public for everyone
                boolean found = accredited(reader) && item == embargoed;
                List<String> searches = List.of("/api/v1/search?q=" + item.word(), "/search?q=" + item.word());
                for (String path : List.of(searches.get(0), searches.get(1),
                        "/api/v1/search/suggest?q=" + item.word().substring(0, 12), "/search/suggest?q="
                                + item.word().substring(0, 12), "/exports/search.csv?q=" + item.word())) {
                    var answer = reader.read(path);
                    assertThat(answer.statusCode()).as(reader.name() + " " + path).isEqualTo(200);
                    if (found && searches.contains(path)) {
                        assertThat(answer.body()).as(reader.name() + " " + path).contains(embargoedSlug)
                                .contains(path.startsWith("/api/") ? "\"embargoUntil\":\"2030-01-01T00:00:00Z\""
                                        : "Embargoed until 1 January 2030, 01:00 (Brussels time)");
                        continue;
                    }
                    Stream.of(item.actor(), item.initiative(), item.topic(), item.word() + " Person",
                            item.word() + " Initiative", "We say " + item.word()).forEach(mark ->
                            assertThat(answer.body()).as(reader.name() + " " + path).doesNotContain(mark));
                }
            }
        }
    }

    @Test
    void theSharedCommitmentKeepsItsPublicFigureAndHistoryForEveryone() {
        for (Readers.Reader reader : readers()) {
            String answer = reader.read("/api/v1/commitments/" + commitment).body();
            assertThat(answer).as(reader.name()).contains("100000000").contains("proposed");
            Stream.of(draft, embargoed, withdrawn).forEach(item ->
                    assertThat(answer).as(reader.name() + " sees the change of " + item.kind())
                            .doesNotContain(String.valueOf(item.amount())));
        }
        assertThat(jdbc.sql("select count(*) from commitment_change h join commitment c on c.id = h.commitment_id"
                + " where c.slug = ? and h.amount > 100000000").param(commitment).query(Integer.class).single()).isZero();
        // the draft and the embargoed item keep theirs for their publication; the withdrawn one's are dropped
        assertThat(jdbc.sql("select b.external_id, count(p.id) from briefing b left join pending_change p"
                + " on p.briefing_id = b.id and p.target_slug = ? where b.external_id in (?, ?, ?) group by b.external_id")
                .params(commitment, draft.externalId(), embargoed.externalId(), withdrawn.externalId())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list())
                .containsExactlyInAnyOrder(entry(draft.externalId(), 1), entry(embargoed.externalId(), 1),
                        entry(withdrawn.externalId(), 0));
    }

    @Test
    void accreditedReadersSeeTheEmbargoedItemAndWhatItBrings() {
        for (Readers.Reader reader : readers()) {
            var page = reader.read("/briefings/" + embargoedSlug);
            var actor = reader.read("/api/v1/actors/" + embargoed.actor());
            assertThat(page.statusCode()).as(reader.name()).isEqualTo(accredited(reader) ? 200 : 404);
            assertThat(actor.statusCode()).as(reader.name()).isEqualTo(accredited(reader) ? 200 : 404);
            if (accredited(reader)) {
                assertThat(page.body()).contains(embargoed.word());
                assertThat(reader.read("/api/v1/initiatives").body()).contains(embargoed.initiative());
            }
        }
    }
}
