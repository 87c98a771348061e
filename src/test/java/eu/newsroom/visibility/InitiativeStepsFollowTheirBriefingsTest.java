package eu.newsroom.visibility;

import static eu.newsroom.visibility.ImportLines.line;
import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19: a step of an initiative's timeline is public only with the briefing that reported it. A step whose
 * briefing was deleted read as one an editor recorded at the desk (no briefing: public at once); and the initiative's
 * date in search came from every step, those of items not public yet included.
 */
@NewsroomTest
class InitiativeStepsFollowTheirBriefingsTest {

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String initiative = "steps-" + run;

    /** A line reporting the initiative with this status; dated as given. */
    private String report(String externalId, String status, String date, String more) {
        return line(externalId + "-" + run, "\"status\":\"" + status + "\",\"initiatives\":[{\"slug\":\"" + initiative
                + "\",\"name\":\"Stepwatch " + run + "\",\"kind\":\"project\",\"status\":\"" + more + "\"}]")
                .replace("2026-06-01", date);
    }

    @Test
    void aStepGoesWithItsDeletedBriefingAndNeverReadsAsTheDesks() {
        ImportLines.importOk(http, report("steps-first", "published", "2026-06-01", "planning"));
        ImportLines.importOk(http, report("steps-later", "published", "2026-06-10", "operational"));
        assertThat(http.json("/api/v1/initiatives/" + initiative).body()).contains("2026-06-10");

        jdbc.sql("delete from briefing where external_id = ?").param("steps-later-" + run).update();

        assertThat(http.json("/api/v1/initiatives/" + initiative).body()).doesNotContain("2026-06-10");
        assertThat(http.page("/initiatives/" + initiative).body()).doesNotContain("2026-06-10");
        assertThat(jdbc.sql("select count(*) from initiative_status_change c join initiative i on i.id = c.initiative_id"
                + " where i.slug = ? and c.source_briefing_id is null").param(initiative).query(Long.class).single())
                .as("steps that read as the desk's").isZero();
    }

    @Test
    void searchDatesAnInitiativeByTheStepsReadersSee() {
        // a draft of 20 May brings the initiative; a published item of 1 June is its first public report
        ImportLines.importOk(http, report("steps-draft", "draft", "2026-05-20", "proposed"));
        ImportLines.importOk(http, report("steps-public", "published", "2026-06-01", "planning"));

        assertThat(initiativeHit()).contains("\"date\":\"2026-06-01\"").doesNotContain("2026-05-20");
        // the index's date too: a range that holds only the draft's date does not find it
        assertThat(http.json("/api/v1/search?q=Stepwatch+" + run + "&type=initiative&from=2026-05-15&to=2026-05-25")
                .body()).doesNotContain(initiative);

        ImportLines.importOk(http, report("steps-draft", "published", "2026-05-20", "proposed"));
        assertThat(initiativeHit()).contains("\"date\":\"2026-05-20\"");
    }

    /** The search API's answer for the initiative's name, which finds it. */
    private String initiativeHit() {
        String body = http.json("/api/v1/search?q=Stepwatch+" + run + "&type=initiative").body();
        assertThat(body).contains(initiative);
        return body;
    }
}
