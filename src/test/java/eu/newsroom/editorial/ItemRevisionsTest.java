package eu.newsroom.editorial;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import eu.newsroom.support.SignedInBrowser;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19, "modules announce, listeners act", for statements and commitments: their revisions and audit entries are
 * kept because a save announced its author (StatementWritten, CommitmentWritten), whichever path saved them: the
 * desk's forms and an import line alike.
 */
@NewsroomTest
class ItemRevisionsTest {

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    /** The authors of an item's revisions, oldest first, with the snapshot's words in it. */
    private List<String> revisions(String type, long id, String field) {
        return jdbc.sql("select author || ': ' || (snapshot ->> ?) from revision where entity_type = ? and entity_id = ?"
                + " order by revision_no").params(field, type, id).query(String.class).list();
    }

    private List<String> audit(String type, long id) {
        return jdbc.sql("select username || ' ' || action || ' ' || (detail ->> 'revision') from audit_event"
                + " where entity_type = ? and entity_id = ? order by id").params(type, id).query(String.class).list();
    }

    private long id(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }

    @Test
    void theDesksSavesOfAStatementAndACommitmentKeepRevisionsAndAuditEntries() {
        SignedInBrowser editor = SignedInBrowser.as(http, EditorialWorkflowTest.EDITOR);
        long briefing = EditorialWorkflowTest.create(editor, "Revisionsprobe" + run);

        assertThat(editor.postForm("/editorial/briefings/" + briefing + "/statements", List.of(entry("speaker",
                "kaja-kallas"), entry("kind", "QUOTE"), entry("text", "Desk words " + run), entry("lang", "en"),
                entry("saidOn", "2026-11-20"), entry("version", "0"))).statusCode()).isEqualTo(302);
        long statement = id("select id from statement where briefing_id = ?", briefing);
        assertThat(editor.postForm("/editorial/briefings/" + briefing + "/commitments", List.of(entry("title",
                "Desk commitment " + run), entry("donor", "eu"), entry("category", "MILITARY"), entry("status",
                "PLEDGED"), entry("qualifier", "EXACT"), entry("amount", "1500000"), entry("currency", "EUR"),
                entry("announcedOn", "2026-11-20"), entry("reportedOn", "2026-11-20"), entry("figure", "NEW"),
                entry("version", "0"))).statusCode()).isEqualTo(302);
        long commitment = id("select commitment_id from briefing_commitment where briefing_id = ?", briefing);

        assertThat(revisions("STATEMENT", statement, "text")).containsExactly(EditorialWorkflowTest.EDITOR
                + ": Desk words " + run);
        assertThat(audit("STATEMENT", statement)).containsExactly(EditorialWorkflowTest.EDITOR + " statement.created 1");
        assertThat(revisions("COMMITMENT", commitment, "title")).containsExactly(EditorialWorkflowTest.EDITOR
                + ": Desk commitment " + run);
        assertThat(audit("COMMITMENT", commitment)).containsExactly(EditorialWorkflowTest.EDITOR
                + " commitment.created 1");

        long version = id("select version from commitment where id = ?", commitment);
        assertThat(editor.postForm("/editorial/briefings/" + briefing + "/commitments/" + commitment + "/remove",
                List.of(entry("version", String.valueOf(version)))).statusCode()).isEqualTo(302);
        assertThat(audit("COMMITMENT", commitment)).containsExactly(EditorialWorkflowTest.EDITOR
                + " commitment.created 1", EditorialWorkflowTest.EDITOR + " commitment.removed 2");
    }

    @Test
    void anImportLinesStatementAndCommitmentKeepRevisionsByItsSender() {
        String line = "{\"externalId\":\"item-revisions-" + run + "\",\"lang\":\"en\",\"kind\":\"press-release\","
                + "\"title\":\"Item revisions " + run + "\",\"date\":\"2026-06-01\",\"body\":\"Text.\","
                + "\"status\":\"draft\",\"commitments\":[{\"slug\":\"item-revisions-" + run + "\",\"title\":\"Imported"
                + " commitment " + run + "\",\"donor\":\"eu\",\"category\":\"military\",\"amount\":\"5000000\","
                + "\"currency\":\"EUR\",\"status\":\"pledged\"}],\"statements\":[{\"speaker\":\"kaja-kallas\","
                + "\"kind\":\"quote\",\"text\":\"Imported words " + run + "\",\"date\":\"2026-06-01\"}]}\n";
        var response = http.importNdjson(line, EditorialWorkflowTest.EDITOR);
        assertThat(response.body()).contains("\"rejected\":0");

        long statement = id("select s.id from statement s join briefing b on b.id = s.briefing_id"
                + " where b.external_id = ?", "item-revisions-" + run);
        long commitment = id("select id from commitment where slug = ?", "item-revisions-" + run);
        assertThat(revisions("STATEMENT", statement, "text")).containsExactly(EditorialWorkflowTest.EDITOR
                + ": Imported words " + run);
        assertThat(revisions("COMMITMENT", commitment, "title")).containsExactly(EditorialWorkflowTest.EDITOR
                + ": Imported commitment " + run);
        assertThat(audit("STATEMENT", statement)).containsExactly(EditorialWorkflowTest.EDITOR + " statement.created 1");
    }
}
