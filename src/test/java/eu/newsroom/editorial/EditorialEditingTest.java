package eu.newsroom.editorial;

import eu.newsroom.shared.ActingUser;
import static eu.newsroom.editorial.EditorialWorkflowTest.briefingForm;
import static eu.newsroom.editorial.EditorialWorkflowTest.create;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import eu.newsroom.support.SignedInBrowser;
import eu.newsroom.web.ForbiddenException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editing briefings: validation next to the field, no lost update between two editors, revisions
 * compared and restored, Markdown that cannot carry script, and who may use the desk at all.
 */
@NewsroomTest
class EditorialEditingTest {

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BriefingRepository briefings;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transaction;

    private static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> form, String field, String value) {
        form.removeIf(e -> e.getKey().equals(field));
        form.add(entry(field, value));
        return form;
    }

    private String title(long id) {
        return jdbc.sql("select title from briefing where id = ?").param(id).query(String.class).single();
    }

    @Test
    void invalidFieldsAreExplainedNextToTheFieldAndNothingIsStored() {
        SignedInBrowser editor = SignedInBrowser.as(http, EditorialWorkflowTest.EDITOR);
        long before = briefings.count();
        var form = with(with(briefingForm("Leerfeld"), "title", " "), "lang", "klingon-language-x");
        form = with(form, "sourceUrl", "javascript:alert(1)");
        HttpResponse<String> answer = editor.postForm("/editorial/briefings", form);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("id=\"title-error\"").contains("Required.")
                .contains("An address starting with http:// or https://.");

        HttpResponse<String> unknownLang = editor.postForm("/editorial/briefings", with(briefingForm("Sprachfeld"), "lang", "qq"));
        assertThat(unknownLang.statusCode()).isEqualTo(400);
        assertThat(unknownLang.body()).contains("is not a language tag");

        HttpResponse<String> unknownTopic = editor.postForm("/editorial/briefings",
                with(briefingForm("Themenfeld"), "topics", "no-such-topic"));
        assertThat(unknownTopic.statusCode()).isEqualTo(400);
        assertThat(unknownTopic.body()).contains("Unknown: no-such-topic");

        HttpResponse<String> badDate = editor.postForm("/editorial/briefings", with(briefingForm("Datumfeld"), "eventDate", "32.13.2025"));
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(briefings.count()).isEqualTo(before);
    }

    @Test
    void twoEditorsSavingTheSameVersionGetOneConflictAndNothingIsLost() {
        SignedInBrowser first = SignedInBrowser.as(http, EditorialWorkflowTest.EDITOR);
        SignedInBrowser second = SignedInBrowser.as(http, EditorialWorkflowTest.CHIEF);
        long id = create(first, "Konflikt" + UUID.randomUUID().toString().substring(0, 6));
        String version = jdbc.sql("select version from briefing where id = ?").param(id).query(String.class).single();
        assertThat(first.get("/editorial/briefings/" + id + "/edit").body()).contains("name=\"version\" value=\"" + version + "\"");

        var firstForm = with(with(briefingForm("Konflikt"), "title", "Title by the first editor"), "version", version);
        var secondForm = with(with(briefingForm("Konflikt"), "title", "Title by the second editor"), "version", version);
        assertThat(first.postForm("/editorial/briefings/" + id, firstForm).statusCode()).isEqualTo(302);

        HttpResponse<String> conflict = second.postForm("/editorial/briefings/" + id, secondForm);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Someone else saved this briefing")
                .contains("title: Title by the first editor").contains("title: Title by the second editor")
                .contains("editor@newsroom.example");
        assertThat(title(id)).isEqualTo("Title by the first editor");

        // the conflict page's form now carries the stored version: saving it is a deliberate merge
        String merged = conflict.body().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        var mergedForm = with(with(secondForm, "title", "Title merged by the second editor"), "version", merged);
        assertThat(second.postForm("/editorial/briefings/" + id, mergedForm).statusCode()).isEqualTo(302);
        assertThat(title(id)).isEqualTo("Title merged by the second editor");
        assertThat(jdbc.sql("select count(*) from revision where entity_type = 'BRIEFING' and entity_id = ?")
                .param(id).query(Long.class).single()).as("created, first save, merged save").isEqualTo(3);
    }

    @Test
    void revisionsAreComparedAndAnOlderOneIsRestoredAsANewRevision() {
        SignedInBrowser editor = SignedInBrowser.as(http, EditorialWorkflowTest.EDITOR);
        long id = create(editor, "Revision" + UUID.randomUUID().toString().substring(0, 6));
        String originalTitle = title(id);
        var changed = with(with(briefingForm("Revision"), "title", "A corrected title"), "version",
                jdbc.sql("select version from briefing where id = ?").param(id).query(String.class).single());
        changed.add(entry("topics", "drones"));
        changed.add(entry("topics", "air-defence"));
        assertThat(editor.postForm("/editorial/briefings/" + id, changed).statusCode()).isEqualTo(302);

        HttpResponse<String> diff = editor.get("/editorial/briefings/" + id + "/revisions/compare?from=1&to=2");
        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(diff.body()).contains("diff-change").contains("title: " + originalTitle).contains("title: A corrected title")
                .contains("topics: air-defence, drones");
        assertThat(editor.get("/editorial/briefings/" + id + "/revisions/compare?from=1&to=99").statusCode()).isEqualTo(404);

        String version = jdbc.sql("select version from briefing where id = ?").param(id).query(String.class).single();
        assertThat(editor.postForm("/editorial/briefings/" + id + "/revisions/1/restore", List.of(entry("version", "0")))
                .statusCode()).as("a restore from a stale page is a conflict").isEqualTo(409);
        assertThat(editor.postForm("/editorial/briefings/" + id + "/revisions/1/restore", List.of(entry("version", version)))
                .statusCode()).isEqualTo(302);
        assertThat(title(id)).isEqualTo(originalTitle);
        assertThat(jdbc.sql("select max(revision_no) from revision where entity_type = 'BRIEFING' and entity_id = ?")
                .param(id).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void statementsAreAddedChangedAndRemovedWithTheirBriefing() {
        SignedInBrowser editor = SignedInBrowser.as(http, EditorialWorkflowTest.EDITOR);
        long id = create(editor, "Aussage" + UUID.randomUUID().toString().substring(0, 6));
        List<Map.Entry<String, String>> statement = new java.util.ArrayList<>(List.of(entry("speaker", "kaja-kallas"),
                entry("speakerRole", "High Representative"), entry("kind", "QUOTE"),
                entry("text", "We stand with our partners."), entry("lang", "en"), entry("saidOn", "2026-11-20"),
                entry("topics", "drones"), entry("version", "0")));
        assertThat(editor.postForm("/editorial/briefings/" + id + "/statements", with(new java.util.ArrayList<>(statement),
                "speaker", "nobody-at-all")).statusCode()).isEqualTo(400);
        assertThat(editor.postForm("/editorial/briefings/" + id + "/statements", statement).statusCode()).isEqualTo(302);
        long statementId = jdbc.sql("select id from statement where briefing_id = ?").param(id).query(Long.class).single();
        assertThat(editor.get("/editorial/briefings/" + id).body()).contains("We stand with our partners.");

        HttpResponse<String> edit = editor.get("/editorial/statements/" + statementId + "/edit");
        assertThat(edit.statusCode()).isEqualTo(200);
        assertThat(edit.body()).contains("High Representative");
        var changed = with(with(new java.util.ArrayList<>(statement), "text", "We stand firmly with our partners."),
                "version", "0");
        assertThat(editor.postForm("/editorial/statements/" + statementId, changed).statusCode()).isEqualTo(302);
        assertThat(editor.postForm("/editorial/statements/" + statementId, changed).statusCode())
                .as("a second save from the same stale form").isEqualTo(409);
        assertThat(jdbc.sql("select text from statement where id = ?").param(statementId).query(String.class).single())
                .isEqualTo("We stand firmly with our partners.");

        assertThat(editor.postForm("/editorial/statements/" + statementId + "/remove", List.of(entry("version", "1")))
                .statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from statement where id = ?").param(statementId).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from revision where entity_type = 'STATEMENT' and entity_id = ?")
                .param(statementId).query(Long.class).single()).as("created, saved, removed").isEqualTo(3);
    }

    @Test
    void markdownBodiesCannotCarryScriptToReaders() {
        SignedInBrowser editor = SignedInBrowser.as(http, EditorialWorkflowTest.EDITOR);
        String hostile = "Text <script>alert(1)</script> and <img src=x onerror=alert(2)>\n\n"
                + "[click](javascript:alert(3)) [ok](https://example.org) <a href=\"javascript:alert(4)\">raw</a>";
        var form = with(briefingForm("Markdown"), "body", hostile);
        HttpResponse<String> created = editor.postForm("/editorial/briefings", form);
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.replaceAll(".*/(\\d+).*", "$1"));
        String preview = editor.get("/editorial/briefings/" + id).body();
        assertThat(preview).doesNotContain("<script>alert").doesNotContain("onerror=").doesNotContain("href=\"javascript:")
                .contains("href=\"https://example.org\"");
    }

    @Test
    void theFourEyesRuleKeepsTheLastAuthorFromPublishing() {
        SignedInBrowser editor = SignedInBrowser.as(http, EditorialWorkflowTest.EDITOR);
        long id = create(editor, "Vieraugen" + UUID.randomUUID().toString().substring(0, 6));
        // the same workflow service on the real database, with the rule switched on
        EditorialWorkflow fourEyes = new EditorialWorkflow(briefings, audit, new EditorialProperties(true, Duration.ofSeconds(30)),
                transaction, Clock.systemUTC());
        ActingUser author = new ActingUser(EditorialWorkflowTest.EDITOR, "127.0.0.1");
        transaction.executeWithoutResult(t -> fourEyes.apply(id,
                new EditorialWorkflow.Request(WorkflowStep.SUBMIT, version(id), null, null, null), author));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> transaction.executeWithoutResult(t -> fourEyes.apply(id,
                        new EditorialWorkflow.Request(WorkflowStep.PUBLISH, version(id), null, null, null), author)))
                .isInstanceOf(ForbiddenException.class);
        transaction.executeWithoutResult(t -> fourEyes.apply(id,
                new EditorialWorkflow.Request(WorkflowStep.PUBLISH, version(id), null, null, null),
                new ActingUser(EditorialWorkflowTest.CHIEF, "127.0.0.1")));
        assertThat(jdbc.sql("select status from briefing where id = ?").param(id).query(String.class).single())
                .isEqualTo("PUBLISHED");
    }

    private long version(long id) {
        return jdbc.sql("select version from briefing where id = ?").param(id).query(Long.class).single();
    }

    @Test
    void theDeskIsForEditorsAndTheAuditLogForTheChiefEditor() {
        assertThat(http.page("/editorial").statusCode()).as("anonymous: to the sign-in page").isEqualTo(302);
        SignedInBrowser journalist = SignedInBrowser.as(http, "journalist@newsroom.example");
        assertThat(journalist.get("/editorial").statusCode()).isEqualTo(403);
        assertThat(journalist.postForm("/editorial/briefings", briefingForm("Verboten")).statusCode()).isEqualTo(403);

        SignedInBrowser editor = SignedInBrowser.as(http, EditorialWorkflowTest.EDITOR);
        assertThat(editor.get("/editorial").statusCode()).isEqualTo(200);
        assertThat(editor.get("/editorial?status=IN_REVIEW").statusCode()).isEqualTo(200);
        assertThat(editor.get("/editorial?status=NONSENSE").statusCode()).isEqualTo(400);
        assertThat(editor.postRaw("/editorial/briefings", briefingForm("OhneToken")).statusCode())
                .as("a POST without CSRF token is refused").isEqualTo(403);
        assertThat(editor.get("/admin/audit").statusCode()).isEqualTo(403);

        create(editor, "Audit" + UUID.randomUUID().toString().substring(0, 6));
        SignedInBrowser chief = SignedInBrowser.as(http, EditorialWorkflowTest.CHIEF);
        HttpResponse<String> log = chief.get("/admin/audit?action=briefing.created&user=editor@newsroom.example");
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body()).contains("briefing.created").contains("editor@newsroom.example");
    }
}
