package eu.newsroom.visibility;

import static eu.newsroom.visibility.ImportLines.line;
import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import eu.newsroom.support.SignedInBrowser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19, findings 1 and 2: what an unpublished import line brings or changes in shared objects waits for its
 * publication, and a re-import that publishes a briefing makes its statements searchable. Each fails on the main
 * branch before the issue.
 */
@NewsroomTest
class SharedObjectsWaitForPublicationTest {

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private void importOk(String line) {
        ImportLines.importOk(http, line);
    }

    private int commitmentHistory(String slug) {
        return jdbc.sql("select count(*) from commitment_change h join commitment c on c.id = h.commitment_id"
                + " where c.slug = ?").param(slug).query(Integer.class).single();
    }

    @Test
    void anEmbargoedLineChangesNoPublicCommitmentBeforeItsEmbargoEnds() {
        String before = http.json("/api/v1/commitments/edip-1-5bn").body();
        int history = commitmentHistory("edip-1-5bn");
        importOk(line("finding1-" + run, "\"status\":\"published\",\"embargoUntil\":\"2030-01-01T00:00:00Z\","
                + "\"commitments\":[{\"slug\":\"edip-1-5bn\",\"amount\":\"4400000000\",\"currency\":\"EUR\","
                + "\"status\":\"agreed\"}]"));

        assertThat(http.json("/api/v1/commitments/edip-1-5bn").body()).isEqualTo(before).doesNotContain("4400000000");
        assertThat(http.page("/commitments/tracker").body()).doesNotContain("4,400,000,000").doesNotContain("4.4");
        assertThat(http.get("/exports/commitments.csv", "text/csv").body()).doesNotContain("4400000000");
        assertThat(commitmentHistory("edip-1-5bn")).isEqualTo(history);
        // kept for the embargo's end, and shown to editors on the item's desk page
        long id = jdbc.sql("select id from briefing where external_id = ?").param("finding1-" + run)
                .query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from pending_change where briefing_id = ? and target_slug = 'edip-1-5bn'")
                .param(id).query(Integer.class).single()).isEqualTo(1);
        assertThat(SignedInBrowser.as(http, Readers.EDITOR).get("/editorial/briefings/" + id).body())
                .contains("edip-1-5bn").contains("Waiting for publication");
    }

    @Test
    void aDraftLineDefinesNothingPublicUntilItIsPublishedAndItsChangesAreDatedThen() {
        String actor = "draft-actor-" + run;
        String initiative = "draft-initiative-" + run;
        String commitment = "shared-commitment-" + run;
        importOk(line("finding1-base-" + run, "\"status\":\"published\",\"commitments\":[{\"slug\":\"" + commitment
                + "\",\"title\":\"Shared support " + run + "\",\"donor\":\"eu\",\"category\":\"military\","
                + "\"amount\":\"100000000\",\"currency\":\"EUR\",\"status\":\"proposed\",\"announced\":\"2026-05-01\"}]"));
        String draft = line("finding1-draft-" + run, "%s,\"actors\":[{\"slug\":\"" + actor
                + "\",\"kind\":\"person\",\"name\":\"Hidden Minister " + run + "\"}],"
                + "\"initiatives\":[{\"slug\":\"" + initiative + "\",\"name\":\"Hidden Initiative " + run
                + "\",\"kind\":\"project\",\"status\":\"planning\"},{\"slug\":\"edip\",\"status\":\"completed\"}],"
                + "\"commitments\":[{\"slug\":\"" + commitment + "\",\"amount\":\"999000000\",\"currency\":\"EUR\","
                + "\"status\":\"agreed\"}],"
                + "\"statements\":[{\"speaker\":\"" + actor + "\",\"kind\":\"quote\",\"text\":\"Hidden words " + run + ".\"}]");
        String edipStatus = http.json("/api/v1/initiatives/edip").body();
        importOk(draft.formatted("\"status\":\"draft\""));

        assertThat(http.json("/api/v1/actors/" + actor).statusCode()).isEqualTo(404);
        assertThat(http.page("/actors/" + actor).statusCode()).isEqualTo(404);
        assertThat(http.json("/api/v1/initiatives/" + initiative).statusCode()).isEqualTo(404);
        assertThat(http.json("/api/v1/initiatives").body()).doesNotContain(initiative);
        assertThat(http.page("/").body()).doesNotContain("Hidden Initiative " + run);
        assertThat(http.json("/api/v1/commitments/" + commitment).body()).contains("100000000").doesNotContain("999000000");
        assertThat(http.json("/api/v1/initiatives/edip").body()).isEqualTo(edipStatus);
        // a plain query also lists items with some of its words (issue 17): the hidden initiative is not among them
        assertThat(http.json("/api/v1/search?q=" + URLEncoder.encode("Hidden Initiative " + run, StandardCharsets.UTF_8))
                .body()).doesNotContain(initiative).doesNotContain("\"title\":\"Hidden Initiative " + run);

        importOk(draft.formatted("\"status\":\"published\""));

        assertThat(http.json("/api/v1/actors/" + actor).statusCode()).isEqualTo(200);
        assertThat(http.json("/api/v1/initiatives/" + initiative).statusCode()).isEqualTo(200);
        assertThat(http.json("/api/v1/commitments/" + commitment).body()).contains("999000000");
    }

    @Test
    void aDeskChangeToASharedCommitmentWaitsForTheDraftsPublicationAndIsDatedThen() {
        String commitment = "desk-shared-" + run;
        importOk(line("desk-base-" + run, "\"status\":\"published\",\"commitments\":[{\"slug\":\"" + commitment
                + "\",\"title\":\"Desk support\",\"donor\":\"eu\",\"category\":\"military\",\"amount\":\"100000000\","
                + "\"currency\":\"EUR\",\"status\":\"proposed\",\"announced\":\"2026-05-01\"}]"));
        importOk(line("desk-draft-" + run, "\"status\":\"draft\",\"commitments\":[{\"slug\":\"" + commitment + "\"}]"));
        long draft = jdbc.sql("select id from briefing where external_id = ?").param("desk-draft-" + run)
                .query(Long.class).single();
        var c = jdbc.sql("select id, version from commitment where slug = ?").param(commitment).query().singleRow();
        SignedInBrowser editor = SignedInBrowser.as(http, Readers.EDITOR);
        var saved = editor.postForm("/editorial/briefings/" + draft + "/commitments/" + c.get("id"), List.of(
                Map.entry("title", "Desk support"), Map.entry("donor", "eu"), Map.entry("recipient", ""),
                Map.entry("category", "MILITARY"), Map.entry("status", "AGREED"), Map.entry("initiative", ""),
                Map.entry("qualifier", "EXACT"), Map.entry("amount", "555000000"), Map.entry("amountHigh", ""),
                Map.entry("currency", "EUR"), Map.entry("amountEur", ""), Map.entry("announcedOn", "2026-05-01"),
                Map.entry("reportedOn", "2026-06-01"), Map.entry("periodFrom", ""), Map.entry("periodTo", ""),
                Map.entry("version", String.valueOf(c.get("version")))));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(http.json("/api/v1/commitments/" + commitment).body()).contains("100000000").doesNotContain("555000000");
        assertThat(editor.get("/editorial/briefings/" + draft).body()).contains(commitment).contains("Waiting for publication");

        for (String step : List.of("SUBMIT", "PUBLISH")) {
            long version = jdbc.sql("select version from briefing where id = ?").param(draft).query(Long.class).single();
            var done = editor.postForm("/editorial/briefings/" + draft + "/workflow",
                    List.of(Map.entry("step", step), Map.entry("version", String.valueOf(version))));
            assertThat(done.statusCode()).as(step).isEqualTo(302);
        }

        assertThat(http.json("/api/v1/commitments/" + commitment).body()).contains("555000000");
        assertThat(jdbc.sql("select count(*) from pending_change where briefing_id = ?").param(draft)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select max(h.effective_on) from commitment_change h join commitment c on c.id = h.commitment_id"
                + " where c.slug = ?").param(commitment).query(java.time.LocalDate.class).single())
                .as("dated the day it became public").isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'briefing.became-public' and entity_id = ?")
                .param(draft).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theEndOfAnEmbargoAppliesWhatTheItemKeptForIt() throws InterruptedException {
        String commitment = "embargo-end-" + run;
        importOk(line("embargo-end-base-" + run, "\"status\":\"published\",\"commitments\":[{\"slug\":\"" + commitment
                + "\",\"title\":\"Embargo support\",\"donor\":\"eu\",\"category\":\"military\",\"amount\":\"100000000\","
                + "\"currency\":\"EUR\",\"status\":\"proposed\",\"announced\":\"2026-05-01\"}]"));
        // an embargo a few seconds ahead: the publication job (every second in tests) sees it end
        String embargo = java.time.Instant.now().plusSeconds(3).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        importOk(line("embargo-end-item-" + run, "\"status\":\"published\",\"embargoUntil\":\"" + embargo + "\","
                + "\"commitments\":[{\"slug\":\"" + commitment + "\",\"amount\":\"777000000\",\"currency\":\"EUR\","
                + "\"status\":\"agreed\"}]"));
        assertThat(http.json("/api/v1/commitments/" + commitment).body()).doesNotContain("777000000");

        String answer = "";
        for (int tries = 0; tries < 60 && !answer.contains("777000000"); tries++) {
            Thread.sleep(500);
            answer = http.json("/api/v1/commitments/" + commitment).body();
        }
        assertThat(answer).as("applied once the embargo ended").contains("777000000").contains("agreed");
    }

    @Test
    void aStatementIsFoundOnceAReImportPublishesItsBriefing() {
        String word = "Wortfinder" + run.replaceAll("[^a-z]", "x");
        String draft = line("finding2-" + run, "%s,\"statements\":[{\"speaker\":\"kaja-kallas\",\"kind\":\"quote\","
                + "\"text\":\"We stand by " + word + ".\"}]");
        importOk(draft.formatted("\"status\":\"draft\""));
        assertThat(http.json("/api/v1/search?q=" + word).body()).contains("\"total\":0");

        importOk(draft.formatted("\"status\":\"published\""));

        String found = http.json("/api/v1/search?q=" + word + "&type=statement").body();
        assertThat(found).as(found).contains("\"type\":\"statement\"").doesNotContain("\"total\":0");
    }
}
