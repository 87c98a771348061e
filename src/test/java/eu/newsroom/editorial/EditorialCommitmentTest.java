package eu.newsroom.editorial;

import static eu.newsroom.editorial.EditorialWorkflowTest.create;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import eu.newsroom.support.SignedInBrowser;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Commitments at the desk: added to a briefing with amounts checked as the import checks them, updated
 * as new steps of their history (never overwriting), protected against stale forms, and removed.
 */
@NewsroomTest
class EditorialCommitmentTest {

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    private static List<Map.Entry<String, String>> commitment(String title) {
        return new ArrayList<>(List.of(entry("title", title), entry("donor", "eu"), entry("recipient", "ukraine"),
                entry("category", "MILITARY"), entry("status", "PLEDGED"), entry("initiative", ""),
                entry("qualifier", "OVER"), entry("amount", "1500000"), entry("amountHigh", ""),
                entry("currency", "usd"), entry("amountEur", ""), entry("announcedOn", "2024-03-01"),
                entry("reportedOn", "2024-03-01"), entry("periodFrom", "2024-01-01"), entry("periodTo", "2025-12-31"),
                entry("version", "0")));
    }

    private static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> form, String field, String value) {
        List<Map.Entry<String, String>> changed = new ArrayList<>(form);
        changed.removeIf(e -> e.getKey().equals(field));
        changed.add(entry(field, value));
        return changed;
    }

    private long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object p : params) {
            statement = statement.param(p);
        }
        return statement.query(Long.class).single();
    }

    @Test
    void badAmountsAreExplainedNextToTheFieldAndNothingIsStored() {
        SignedInBrowser editor = SignedInBrowser.as(http, EditorialWorkflowTest.EDITOR);
        long id = create(editor, "Zusagefehler" + UUID.randomUUID().toString().substring(0, 6));
        String path = "/editorial/briefings/" + id + "/commitments";
        long before = count("select count(*) from commitment");

        Map<String, List<Map.Entry<String, String>>> bad = Map.of(
                "three-letter ISO 4217 currency code", with(commitment("Bad currency"), "currency", "EURO"),
                "cannot be negative", with(commitment("Negative"), "amount", "-5"),
                "Give a number", with(commitment("Not a number"), "amount", "lots"),
                "at most 18 digits", with(commitment("Huge"), "amount", "1" + "0".repeat(30)),
                "An upper bound goes with", with(commitment("Range"), "qualifier", "RANGE"),
                "ends before it starts", with(commitment("Period"), "periodTo", "2023-01-01"),
                "Unknown: nobody-at-all", with(commitment("Donor"), "donor", "nobody-at-all"),
                "could not be read", with(commitment("Status"), "status", "SHREDDED"));
        bad.forEach((message, form) -> {
            HttpResponse<String> answer = editor.postForm(path, form);
            assertThat(answer.statusCode()).as(message).isEqualTo(400);
            // "Exception:" rather than "Exception": the "part of" choices name the "Exceptional EU macro-financial assistance"
            assertThat(answer.body()).as(message).contains(message).doesNotContain("Exception:").doesNotContain("at org.");
        });
        assertThat(count("select count(*) from commitment")).isEqualTo(before);
    }

    @Test
    void aCommitmentIsAddedUpdatedAsHistoryAndRemoved() {
        SignedInBrowser editor = SignedInBrowser.as(http, EditorialWorkflowTest.EDITOR);
        long id = create(editor, "Zusage" + UUID.randomUUID().toString().substring(0, 6));
        String path = "/editorial/briefings/" + id + "/commitments";
        assertThat(editor.get(path + "/new").body()).contains("name=\"amountEur\"");

        HttpResponse<String> added = editor.postForm(path, commitment("Air defence support"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        long commitmentId = jdbc.sql("select c.id from commitment c join briefing_commitment bc on bc.commitment_id = c.id"
                + " where bc.briefing_id = ?").param(id).query(Long.class).single();
        var stored = jdbc.sql("select currency, amount, amount_eur, eur_rate_source from commitment where id = ?")
                .param(commitmentId).query().singleRow();
        assertThat(stored.get("currency")).as("the code is stored upper case").isEqualTo("USD");
        assertThat((BigDecimal) stored.get("amount")).isEqualByComparingTo("1500000");
        assertThat(stored.get("eur_rate_source")).as("no euro value given: the ECB rate of the day").isEqualTo("ECB");
        assertThat((BigDecimal) stored.get("amount_eur")).isBetween(new BigDecimal("1000000"), new BigDecimal("1500000"));
        assertThat(editor.get("/editorial/briefings/" + id).body()).contains("Air defence support")
                .as("a signed-in editor is not offered to sign in").doesNotContain("href=\"/login\"");

        String edit = path + "/" + commitmentId;
        assertThat(editor.get(edit + "/edit").body()).contains("value=\"Air defence support\"");
        var delivered = with(with(with(commitment("Air defence support"), "status", "DELIVERED"),
                "reportedOn", "2024-09-15"), "amountEur", "1400000");
        assertThat(editor.postForm(edit, delivered).statusCode()).isEqualTo(302);
        assertThat(editor.postForm(edit, delivered).statusCode()).as("the same stale form again").isEqualTo(409);
        assertThat(jdbc.sql("select status from commitment where id = ?").param(commitmentId).query(String.class).single())
                .isEqualTo("DELIVERED");
        assertThat(jdbc.sql("select eur_rate_source from commitment where id = ?").param(commitmentId)
                .query(String.class).single()).as("a euro value given by the source").isEqualTo("GIVEN");
        assertThat(jdbc.sql("select status from commitment_change where commitment_id = ? order by effective_on")
                .param(commitmentId).query(String.class).list()).as("the pledge stays in the history")
                .containsExactly("PLEDGED", "DELIVERED");

        String commitmentSlug = jdbc.sql("select slug from commitment where id = ?").param(commitmentId).query(String.class).single();
        var statement = new ArrayList<>(List.of(entry("speaker", "kaja-kallas"), entry("kind", "PARAPHRASE"),
                entry("text", "The High Representative announced air defence support."), entry("lang", "en"),
                entry("saidOn", "2024-03-01"), entry("version", "0")));
        assertThat(editor.get("/editorial/briefings/" + id + "/statements/new").body())
                .contains("value=\"" + commitmentSlug + "\"");
        assertThat(editor.postForm("/editorial/briefings/" + id + "/statements",
                with(statement, "commitments", "g7-era-loans-usd50bn")).statusCode())
                .as("a commitment this briefing does not report").isEqualTo(400);
        assertThat(editor.postForm("/editorial/briefings/" + id + "/statements", with(statement, "commitments", commitmentSlug))
                .statusCode()).isEqualTo(302);
        assertThat(count("select count(*) from statement_commitment where commitment_id = ?", commitmentId)).isEqualTo(1);

        assertThat(editor.postForm(edit + "/remove", List.of(entry("version", "0"))).statusCode())
                .as("removal from a stale page").isEqualTo(409);
        assertThat(editor.postForm(edit + "/remove", List.of(entry("version", "1"))).statusCode()).isEqualTo(302);
        assertThat(count("select count(*) from commitment where id = ?", commitmentId)).isZero();
        assertThat(count("select count(*) from revision where entity_type = 'COMMITMENT' and entity_id = ?", commitmentId))
                .as("created, saved, removed").isEqualTo(3);
        assertThat(count("select count(*) from audit_event where action = 'commitment.removed' and entity_id = ?",
                commitmentId)).isEqualTo(1);
    }

    @Test
    void aCommitmentIsOnlyReachedThroughABriefingThatReportsIt() {
        SignedInBrowser editor = SignedInBrowser.as(http, EditorialWorkflowTest.EDITOR);
        long id = create(editor, "Zusagepfad" + UUID.randomUUID().toString().substring(0, 6));
        long other = jdbc.sql("select min(id) from commitment").query(Long.class).single();
        assertThat(editor.get("/editorial/briefings/" + id + "/commitments/" + other + "/edit").statusCode()).isEqualTo(404);
    }

    @Test
    void theDeskSaysWhatAnAmountMeasuresAndWhatItIsPartOfWithoutLoops() {
        SignedInBrowser editor = SignedInBrowser.as(http, EditorialWorkflowTest.EDITOR);
        long id = create(editor, "Zusageteil" + UUID.randomUUID().toString().substring(0, 6));
        String path = "/editorial/briefings/" + id + "/commitments";
        assertThat(editor.get(path + "/new").body()).contains("name=\"figure\"").contains("name=\"partOf\"")
                .contains("value=\"rearm-europe-800bn\"");
        var ceiling = with(with(commitment("Air defence within ReArm"), "figure", "CEILING"), "partOf", "rearm-europe-800bn");
        assertThat(editor.postForm(path, ceiling).statusCode()).isEqualTo(302);
        var stored = jdbc.sql("select c.id, c.slug, c.figure, w.slug as whole from commitment c join commitment w"
                + " on w.id = c.part_of_id join briefing_commitment bc on bc.commitment_id = c.id where bc.briefing_id = ?")
                .param(id).query().singleRow();
        assertThat(stored.get("figure")).isEqualTo("CEILING");
        assertThat(stored.get("whole")).isEqualTo("rearm-europe-800bn");

        assertThat(editor.postForm(path, with(commitment("Part of the part"), "partOf", stored.get("slug").toString()))
                .statusCode()).isEqualTo(302);
        String partSlug = jdbc.sql("select slug from commitment where part_of_id = ?").param(stored.get("id"))
                .query(String.class).single();
        HttpResponse<String> loop = editor.postForm(path + "/" + stored.get("id"), with(ceiling, "partOf", partSlug));
        assertThat(loop.statusCode()).isEqualTo(400);
        assertThat(loop.body()).contains("cannot be part of itself or of one of its own parts");
        HttpResponse<String> unknown = editor.postForm(path, with(commitment("Unknown whole"), "partOf", "no-such-thing"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("Choose a commitment from the list.");
    }

    @Test
    void theDeskNamesLanguagesInTheEditorsWords() {
        SignedInBrowser editor = SignedInBrowser.as(http, EditorialWorkflowTest.EDITOR);
        long id = create(editor, "Sprachwahl" + UUID.randomUUID().toString().substring(0, 6));
        assertThat(editor.get("/editorial").body()).doesNotContain("BCP 47").contains(">Language</th>");
        String form = editor.get("/editorial/briefings/" + id + "/statements/new").body();
        assertThat(form).contains("list=\"language-choices\"").contains("<datalist id=\"language-choices\">")
                .contains("<option value=\"de\" label=\"German\">German</option>").doesNotContain("BCP 47");
    }
}
