package eu.newsroom.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import eu.newsroom.support.SignedInBrowser;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19, item 6 (folds): controllers take the acting user from one resolver (web.ActingUserArgument), and the
 * desk and the audit log check their page as every list does (web.PageParams). These hold the behaviour the folds
 * keep: who and from where, on the desk, the import API and the revisions; the same 400 for a page out of range.
 */
@NewsroomTest
class ActingUserAndPagingTest {

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    private record Audited(String username, String clientAddress) {
    }

    private Audited audited(String action, long briefing) {
        return jdbc.sql("select username, client_address from audit_event where action = ? and entity_id = ?"
                + " order by id desc limit 1").params(action, briefing)
                .query((rs, row) -> new Audited(rs.getString(1), rs.getString(2))).single();
    }

    private String revisionAuthor(long briefing) {
        return jdbc.sql("select author from revision where entity_type = 'BRIEFING' and entity_id = ?"
                + " order by revision_no desc limit 1").param(briefing).query(String.class).single();
    }

    @Test
    void theDeskAndTheImportNameTheSignedInUserAndTheirAddress() {
        String word = "Acting" + UUID.randomUUID().toString().substring(0, 6);
        long desk = EditorialWorkflowTest.create(SignedInBrowser.as(http, EditorialWorkflowTest.EDITOR), word);
        assertThat(audited("briefing.created", desk)).isEqualTo(new Audited(EditorialWorkflowTest.EDITOR, "127.0.0.1"));
        assertThat(revisionAuthor(desk)).isEqualTo(EditorialWorkflowTest.EDITOR);

        String externalId = "acting-" + word;
        var imported = http.importNdjson("{\"externalId\":\"" + externalId + "\",\"lang\":\"en\",\"kind\":\"press-release\","
                + "\"title\":\"Imported " + word + "\",\"date\":\"2026-06-01\",\"body\":\"Text.\",\"status\":\"draft\"}\n",
                EditorialWorkflowTest.EDITOR);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        long id = jdbc.sql("select id from briefing where external_id = ?").param(externalId).query(Long.class).single();
        assertThat(audited("briefing.imported", id)).isEqualTo(new Audited(EditorialWorkflowTest.EDITOR, "127.0.0.1"));
        assertThat(revisionAuthor(id)).isEqualTo(EditorialWorkflowTest.EDITOR);
    }

    @Test
    void theDeskAndTheAuditLogRefuseAPageOutOfRangeAsEveryListDoes() {
        SignedInBrowser chief = SignedInBrowser.as(http, EditorialWorkflowTest.CHIEF);
        for (String path : new String[] {"/editorial?page=-1", "/editorial?page=10001", "/admin/audit?page=-1",
                "/admin/audit?page=10001"}) {
            var answer = chief.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.body()).as(path).contains("The page must be a number from 0 to 10,000.");
        }
        assertThat(chief.get("/editorial?page=1").statusCode()).isEqualTo(200);
        assertThat(chief.get("/admin/audit?page=1").statusCode()).isEqualTo(200);
    }
}
