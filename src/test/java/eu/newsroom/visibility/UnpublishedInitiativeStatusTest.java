package eu.newsroom.visibility;

import static eu.newsroom.visibility.ImportLines.line;
import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.DeskOverHttp;
import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19, finding 1e: an initiative that only a draft or embargoed item gave a status is not made public by a public
 * item that merely names it, whatever the path (an import line, the desk's form, a draft published at the desk), since
 * readers would see the unpublished item's status. It is public once an item readers see reports a status of it (that
 * status, even when the unpublished item said the same), or once the unpublished item itself is published.
 */
@NewsroomTest
class UnpublishedInitiativeStatusTest {

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String initiative = "hidden-status-" + run;

    private void importOk(String line) {
        ImportLines.importOk(http, line);
    }

    private String defined(String status) {
        return "\"initiatives\":[{\"slug\":\"" + initiative + "\",\"name\":\"Hidden Status Initiative " + run
                + "\",\"kind\":\"project\",\"status\":\"" + status + "\"}]";
    }

    private String named() {
        return "\"initiatives\":[{\"slug\":\"" + initiative + "\"}]";
    }

    private String reported(String status) {
        return "\"initiatives\":[{\"slug\":\"" + initiative + "\",\"status\":\"" + status + "\"}]";
    }

    private String slugOf(String externalId) {
        return jdbc.sql("select slug from briefing where external_id = ?").param(externalId).query(String.class).single();
    }

    private long idOf(String externalId) {
        return jdbc.sql("select id from briefing where external_id = ?").param(externalId).query(Long.class).single();
    }

    private void assertHidden(String publicItem) {
        assertThat(http.json("/api/v1/initiatives/" + initiative).statusCode()).isEqualTo(404);
        assertThat(http.page("/initiatives/" + initiative).statusCode()).isEqualTo(404);
        assertThat(http.json("/api/v1/initiatives?size=500").body()).doesNotContain(initiative);
        String slug = slugOf(publicItem);
        assertThat(http.page("/briefings/" + slug).body()).doesNotContain(initiative).doesNotContain("Hidden Status");
        assertThat(http.json("/api/v1/briefings/" + slug).body()).doesNotContain(initiative);
    }

    @Test
    void aPublicLineThatOnlyNamesAnEmbargoedItemsInitiativeDoesNotPublishItsStatus() {
        importOk(line("e1e-embargoed-" + run, "\"status\":\"published\",\"embargoUntil\":\"2030-01-01T00:00:00Z\","
                + defined("completed")));
        importOk(line("e1e-public-" + run, "\"status\":\"published\"," + named()));

        assertHidden("e1e-public-" + run);
    }

    @Test
    void aPublicReportOfTheSameStatusMakesItPublicWithThatStatus() {
        importOk(line("e1e-draft-" + run, "\"status\":\"draft\"," + defined("planning")));
        importOk(line("e1e-named-" + run, "\"status\":\"published\"," + named()));
        assertHidden("e1e-named-" + run);

        importOk(line("e1e-reports-" + run, "\"status\":\"published\"," + reported("planning")));

        var api = http.json("/api/v1/initiatives/" + initiative);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"status\":\"planning\"");
        assertThat(http.page("/briefings/" + slugOf("e1e-reports-" + run)).body()).contains("/initiatives/" + initiative);
    }

    @Test
    void theDraftsStatusIsPublicOnceTheDraftIs() {
        String draft = line("e1e-later-" + run, "\"status\":\"draft\"," + defined("completed"));
        importOk(draft);
        importOk(line("e1e-first-" + run, "\"status\":\"published\"," + named()));
        assertHidden("e1e-first-" + run);

        importOk(draft.replace("\"status\":\"draft\"", "\"status\":\"published\""));

        var api = http.json("/api/v1/initiatives/" + initiative);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"status\":\"completed\"");
    }

    @Test
    void theDeskRefusesToLinkItToAPublicItemAndKeepsItHiddenWhenADraftNamingItIsPublished() {
        importOk(line("e1e-desk-draft-" + run, "\"status\":\"draft\"," + defined("completed")));
        importOk(line("e1e-desk-public-" + run, "\"status\":\"published\""));
        DeskOverHttp desk = DeskOverHttp.asEditor(http, jdbc);

        var refused = desk.edit(idOf("e1e-desk-public-" + run), "Public item " + run, "Text.", initiative);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("has no status readers may see yet");
        assertThat(jdbc.sql("select count(*) from briefing_initiative bi join briefing b on b.id = bi.briefing_id"
                + " where b.external_id = ?").param("e1e-desk-public-" + run).query(Long.class).single()).isZero();

        long draft = desk.draft("Desk draft " + run, "Draft text.");
        assertThat(desk.edit(draft, "Desk draft " + run, "Draft text.", initiative).statusCode()).isEqualTo(302);
        assertThat(desk.step(draft, "SUBMIT").statusCode()).isEqualTo(302);
        assertThat(desk.step(draft, "PUBLISH").statusCode()).isEqualTo(302);

        assertThat(http.json("/api/v1/initiatives/" + initiative).statusCode()).isEqualTo(404);
        String published = jdbc.sql("select slug from briefing where id = ?").param(draft).query(String.class).single();
        assertThat(http.page("/briefings/" + published).body()).doesNotContain(initiative);
    }
}
