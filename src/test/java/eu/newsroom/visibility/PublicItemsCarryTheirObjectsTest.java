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
 * Issue 19: a commitment, actor, topic or initiative first brought by a draft or embargoed item becomes public the
 * moment a public item carries it, whichever path links it (a re-import, another import line, the desk). Before,
 * only the item that created it could make it public. A commitment is public with the first public item that reports
 * figures of it (CommitmentHistoryFollowsPublicationTest: an item that only names it publishes none of the draft's).
 */
@NewsroomTest
class PublicItemsCarryTheirObjectsTest {

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private void importOk(String line) {
        ImportLines.importOk(http, line);
    }

    private static String commitment(String slug) {
        return "{\"slug\":\"" + slug + "\",\"title\":\"Support " + slug + "\",\"donor\":\"eu\",\"category\":\"military\","
                + "\"amount\":\"120000000\",\"currency\":\"EUR\",\"status\":\"proposed\",\"announced\":\"2026-05-01\"}";
    }

    /**
     * A public item's own report of the commitment: a step of its history, public with the item; the first public one
     * says what the commitment is (nothing only the draft said is taken).
     */
    private static String report(String slug) {
        return "{\"slug\":\"" + slug + "\",\"title\":\"Reported " + slug + "\",\"donor\":\"eu\",\"category\":\"military\","
                + "\"amount\":\"90000000\",\"currency\":\"EUR\",\"status\":\"pledged\"}";
    }

    @Test
    void aCommitmentADraftBroughtIsPublicOnceAPublicItemReportsIt() {
        String slug = "draft-brought-" + run;
        importOk(line("carry-draft-" + run, "\"status\":\"draft\",\"commitments\":[" + commitment(slug) + "]"));
        assertThat(http.json("/api/v1/commitments/" + slug).statusCode()).isEqualTo(404);

        importOk(line("carry-public-" + run, "\"status\":\"published\",\"commitments\":[" + report(slug) + "]"));

        assertThat(http.json("/api/v1/commitments/" + slug).statusCode()).isEqualTo(200);
    }

    @Test
    void whatAnEmbargoedItemBroughtIsPublicOnceAPublicItemCarriesIt() {
        String slug = "embargo-brought-" + run;
        String initiative = "embargo-initiative-" + run;
        importOk(line("carry-embargoed-" + run, "\"status\":\"published\",\"embargoUntil\":\"2030-01-01T00:00:00Z\","
                + "\"initiatives\":[{\"slug\":\"" + initiative + "\",\"name\":\"Embargoed Initiative " + run
                + "\",\"kind\":\"project\",\"status\":\"planning\"}],\"commitments\":[" + commitment(slug) + "]"));
        assertThat(http.json("/api/v1/commitments/" + slug).statusCode()).isEqualTo(404);
        assertThat(http.json("/api/v1/initiatives/" + initiative).statusCode()).isEqualTo(404);

        // the later item reports the initiative's status itself: one that only names it does not make public the
        // status the embargoed item gave (UnpublishedInitiativeStatusTest)
        importOk(line("carry-later-" + run, "\"status\":\"published\",\"initiatives\":[{\"slug\":\"" + initiative
                + "\",\"status\":\"planning\"}],\"commitments\":[" + report(slug) + "]"));

        assertThat(http.json("/api/v1/commitments/" + slug).statusCode()).isEqualTo(200);
        assertThat(http.json("/api/v1/initiatives/" + initiative).statusCode()).isEqualTo(200);
    }

    @Test
    void aSpeakerADraftBroughtIsPublicOnceTheDeskQuotesThemInAPublicItem() {
        String actor = "draft-speaker-" + run;
        importOk(line("speaker-draft-" + run, "\"status\":\"draft\",\"actors\":[{\"slug\":\"" + actor
                + "\",\"kind\":\"person\",\"name\":\"Draft Speaker " + run + "\"}],\"statements\":[{\"speaker\":\""
                + actor + "\",\"kind\":\"quote\",\"text\":\"Unpublished words " + run + ".\"}]"));
        importOk(line("speaker-public-" + run, "\"status\":\"published\""));
        long published = jdbc.sql("select id from briefing where external_id = ?").param("speaker-public-" + run)
                .query(Long.class).single();
        assertThat(http.json("/api/v1/actors/" + actor).statusCode()).isEqualTo(404);

        DeskOverHttp.asEditor(http, jdbc).quote(published, actor, "Published words " + run + ".");

        assertThat(http.json("/api/v1/actors/" + actor).statusCode()).isEqualTo(200);
        assertThat(http.page("/actors/" + actor).statusCode()).isEqualTo(200);
    }
}
