package eu.newsroom.visibility;

import static eu.newsroom.visibility.ImportLines.line;
import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19, the trust finding of the last round: a commitment a draft (or embargoed) item created and a public item
 * also reports showed the draft's report in its public history, and the draft's figures as its current ones when
 * the draft's report was dated later. One rule now: a step of a commitment's history is public only when its source
 * briefing is, and the current figures are those of the latest public step.
 */
@NewsroomTest
class CommitmentHistoryFollowsPublicationTest {

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String slug = "history-" + run;
    private final String donor = "history-donor-" + run;

    /** The draft's line: it brings the donor and the commitment, 777 million agreed for 2027, dated 10 June. */
    private String draft(String status) {
        return line("history-draft-" + run, status + ",\"actors\":[{\"slug\":\"" + donor
                + "\",\"kind\":\"state\",\"name\":\"Donor " + run + "\"}],\"commitments\":[{\"slug\":\"" + slug
                + "\",\"title\":\"Draft title " + run + "\",\"donor\":\"" + donor + "\",\"category\":\"military\","
                + "\"amount\":\"777000000\",\"currency\":\"EUR\",\"status\":\"agreed\",\"from\":\"2027-01-01\","
                + "\"to\":\"2027-12-31\",\"announced\":\"2026-05-01\"}]").replace("2026-06-01", "2026-06-10");
    }

    /**
     * A published line of 1 June that reports the same commitment: 250 million proposed, no period. As its first
     * public report it says what the commitment is (title, donor, category): nothing only the draft said is taken.
     */
    private String published() {
        return line("history-public-" + run, "\"status\":\"published\",\"commitments\":[{\"slug\":\"" + slug
                + "\",\"title\":\"Public title " + run + "\",\"donor\":\"" + donor + "\",\"category\":\"financial\","
                + "\"amount\":\"250000000\",\"currency\":\"EUR\",\"status\":\"proposed\"}]");
    }

    private String api() {
        var response = http.json("/api/v1/commitments/" + slug);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void aPublicItemShowsItsOwnFiguresNotTheDraftsThatCreatedTheCommitment() {
        ImportLines.importOk(http, draft("\"status\":\"draft\""));
        ImportLines.importOk(http, published());

        // the commitment itself: current figures and history from the public report only
        String detail = api();
        assertThat(detail).contains("250000000").contains("\"status\":\"proposed\"").contains("Public title")
                .doesNotContain("777000000").doesNotContain("agreed").doesNotContain("2027-")
                .doesNotContain("2026-06-10").doesNotContain("Draft title").doesNotContain("2026-05-01");
        assertThat(http.page("/commitments/" + slug).body()).doesNotContain("777").contains("250");
        // lists, filters and exports read the same current figures
        assertThat(http.json("/api/v1/commitments?donor=" + donor).body()).contains(slug).contains("250000000")
                .doesNotContain("777000000");
        assertThat(http.json("/api/v1/commitments?donor=" + donor + "&status=agreed").body()).doesNotContain(slug);
        assertThat(http.page("/commitments?donor=" + donor).body()).contains(slug).doesNotContain("777");
        assertThat(row(http.get("/exports/commitments.csv?donor=" + donor, "text/csv").body()))
                .contains("250000000").doesNotContain("777000000").doesNotContain("agreed").doesNotContain("2027");
        assertThat(http.json("/exports/commitments.json?donor=" + donor).body()).contains("250000000")
                .doesNotContain("777000000");
        assertThat(trackerRow()).contains("250").doesNotContain("777");
    }

    @Test
    void aFirstPublicReportThatLeavesOutWhatTheCommitmentIsIsRefused() {
        ImportLines.importOk(http, draft("\"status\":\"draft\""));

        var response = http.importNdjson(line("history-figures-only-" + run, "\"status\":\"published\","
                + "\"commitments\":[{\"slug\":\"" + slug + "\",\"amount\":\"250000000\",\"currency\":\"EUR\","
                + "\"status\":\"proposed\"}]") + "\n", Readers.EDITOR);

        // the title would have been the draft's: the line says what it reports, or nothing of it is taken
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"rejected\":1").contains("commitments[0].title");
        assertThat(http.json("/api/v1/commitments/" + slug).statusCode()).isEqualTo(404);
    }

    @Test
    void theDraftsStepAppearsInDateOrderOnceItIsPublishedAndTheLatestPublicStepIsCurrent() {
        ImportLines.importOk(http, draft("\"status\":\"draft\""));
        ImportLines.importOk(http, published());

        ImportLines.importOk(http, draft("\"status\":\"published\""));

        String detail = api();
        assertThat(detail.indexOf("2026-06-01")).isPositive().isLessThan(detail.indexOf("2026-06-10"));
        // the draft's report is dated later: it is the current state now, period included
        assertThat(detail).contains("\"status\":\"agreed\"").contains("777000000").contains("2027-12-31");
        assertThat(trackerRow()).contains("777");
    }

    @Test
    void aPublicItemThatOnlyNamesTheCommitmentPublishesNoneOfTheDraftsFigures() {
        ImportLines.importOk(http, draft("\"status\":\"draft\""));
        ImportLines.importOk(http, line("history-named-" + run, "\"status\":\"published\",\"commitments\":[{\"slug\":\""
                + slug + "\"}]"));

        // nothing public says what it is worth: it is not public yet, nor listed on the item that names it
        assertThat(http.json("/api/v1/commitments/" + slug).statusCode()).isEqualTo(404);
        String named = jdbc.sql("select slug from briefing where external_id = ?").param("history-named-" + run)
                .query(String.class).single();
        assertThat(http.page("/briefings/" + named).body()).doesNotContain("Draft title " + run);
        assertThat(http.get("/exports/commitments.csv?donor=" + donor, "text/csv").body()).doesNotContain(slug);

        ImportLines.importOk(http, draft("\"status\":\"published\""));
        assertThat(api()).contains("777000000");
    }

    @Test
    void anEmbargoedCreatorsFiguresWaitForItsEmbargoForAnonymousReaders() {
        ImportLines.importOk(http, draft("\"status\":\"published\",\"embargoUntil\":\"2030-01-01T00:00:00Z\""));
        ImportLines.importOk(http, published());

        assertThat(api()).contains("250000000").doesNotContain("777000000").doesNotContain("2026-06-10");
        // an accredited journalist sees the embargoed report in the history
        String journalist = Readers.signedIn(http, Readers.JOURNALIST).read("/api/v1/commitments/" + slug).body();
        assertThat(journalist).contains("2026-06-10");
    }

    @Test
    void anInitiativesStatusAndTimelineFollowTheSameRule() {
        String initiative = "history-initiative-" + run;
        ImportLines.importOk(http, line("history-initiative-draft-" + run, "\"status\":\"draft\",\"initiatives\":[{\"slug\":\""
                + initiative + "\",\"name\":\"Initiative " + run + "\",\"kind\":\"project\",\"status\":\"completed\"}]")
                .replace("2026-06-01", "2026-06-10"));
        ImportLines.importOk(http, line("history-initiative-public-" + run, "\"status\":\"published\",\"initiatives\":[{"
                + "\"slug\":\"" + initiative + "\",\"status\":\"planning\"}]"));

        var detail = http.json("/api/v1/initiatives/" + initiative);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("planning").doesNotContain("completed").doesNotContain("2026-06-10");
        assertThat(http.page("/initiatives/" + initiative).body()).doesNotContain("2026-06-10");

        ImportLines.importOk(http, line("history-initiative-draft-" + run, "\"status\":\"published\",\"initiatives\":[{"
                + "\"slug\":\"" + initiative + "\",\"name\":\"Initiative " + run + "\",\"kind\":\"project\","
                + "\"status\":\"completed\"}]").replace("2026-06-01", "2026-06-10"));
        assertThat(http.json("/api/v1/initiatives/" + initiative).body()).contains("completed").contains("2026-06-10");
    }

    /** The CSV row of the commitment. */
    private String row(String csv) {
        return Arrays.stream(csv.split("\n")).filter(l -> l.contains(slug)).findFirst().orElseThrow();
    }

    /** The tracker's donor row of this run's donor: its label and the figures after it. */
    private String trackerRow() {
        String body = http.page("/commitments/tracker").body();
        int at = body.indexOf("Donor " + run);
        assertThat(at).as("the donor's row").isPositive();
        return body.substring(at, Math.min(body.length(), body.indexOf("</tr>", at)));
    }
}
