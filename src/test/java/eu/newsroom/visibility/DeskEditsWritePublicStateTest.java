package eu.newsroom.visibility;

import static eu.newsroom.visibility.ImportLines.line;
import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import eu.newsroom.support.SignedInBrowser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19, a desk edit through a public item: the desk's form for a commitment that only a draft had described was
 * filled with the draft's title, donor and figures, so an editor who changed the amount and saved published them. The
 * form now shows only what readers see (nothing, for a commitment no public item has reported yet), a save writes
 * what the editor typed, and the draft's own report waits for the draft's publication.
 */
@NewsroomTest
class DeskEditsWritePublicStateTest {

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String slug = "desk-public-" + run;
    private final String draftDonor = "desk-draft-donor-" + run;

    /** The draft's line: its own donor, and the commitment, 777 million agreed, reported on 10 June. */
    private String draft(String status) {
        return line("desk-draft-" + run, status + ",\"actors\":[{\"slug\":\"" + draftDonor
                + "\",\"kind\":\"state\",\"name\":\"Draftland " + run + "\"}],\"commitments\":[{\"slug\":\"" + slug
                + "\",\"title\":\"Draft title " + run + "\",\"donor\":\"" + draftDonor + "\",\"category\":\"military\","
                + "\"amount\":\"777000000\",\"currency\":\"EUR\",\"status\":\"agreed\",\"announced\":\"2026-05-01\"}]")
                .replace("2026-06-01", "2026-06-10");
    }

    @Test
    void anEditThroughAPublicItemWritesWhatTheEditorTypedAndTheDraftsReportWaits() {
        ImportLines.importOk(http, draft("\"status\":\"draft\""));
        // a published item of 1 June that only names the commitment: nothing of it is public yet
        ImportLines.importOk(http, line("desk-public-item-" + run, "\"status\":\"published\",\"commitments\":[{"
                + "\"slug\":\"" + slug + "\"}]"));
        long item = jdbc.sql("select id from briefing where external_id = ?").param("desk-public-item-" + run)
                .query(Long.class).single();
        long commitment = jdbc.sql("select id from commitment where slug = ?").param(slug).query(Long.class).single();
        SignedInBrowser editor = SignedInBrowser.as(http, Readers.EDITOR);
        String path = "/editorial/briefings/" + item + "/commitments/" + commitment;

        // the form shows nothing only the draft said
        var page = editor.get(path + "/edit");
        assertThat(page.statusCode()).isEqualTo(200);
        List<Map.Entry<String, String>> form = fields(Jsoup.parse(page.body()));
        assertThat(form.toString()).doesNotContain("Draft title").doesNotContain(draftDonor)
                .doesNotContain("777000000").doesNotContain("AGREED").doesNotContain("2026-05-01");

        // the editor reports the public item's figures as it gives them: what it is has to be said too
        List<Map.Entry<String, String>> typed = with(with(with(form, "amount", "250000000"), "status", "PROPOSED"),
                "currency", "EUR");
        var refused = editor.postForm(path, typed);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(api(200)).isNull();

        var saved = editor.postForm(path, with(with(typed, "title", "Desk title " + run), "donor", "eu"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String detail = api(200);
        assertThat(detail).contains("Desk title " + run).contains("250000000").contains("\"status\":\"proposed\"")
                .doesNotContain("Draft title").doesNotContain(draftDonor).doesNotContain("777000000")
                .doesNotContain("2026-06-10").doesNotContain("2026-05-01");

        // the draft's report stays the draft's: public with it, in date order, and current as the later one
        ImportLines.importOk(http, draft("\"status\":\"published\""));
        assertThat(api(200)).contains("777000000").contains("2026-06-10").contains("\"status\":\"agreed\"");
    }

    @Test
    void throughTheDraftThatDescribesItTheFormShowsTheDraftsOwnWords() {
        ImportLines.importOk(http, draft("\"status\":\"draft\""));
        long draftItem = jdbc.sql("select id from briefing where external_id = ?").param("desk-draft-" + run)
                .query(Long.class).single();
        long commitment = jdbc.sql("select id from commitment where slug = ?").param(slug).query(Long.class).single();

        var page = SignedInBrowser.as(http, Readers.EDITOR)
                .get("/editorial/briefings/" + draftItem + "/commitments/" + commitment + "/edit");

        assertThat(fields(Jsoup.parse(page.body())).toString()).contains("Draft title " + run).contains(draftDonor)
                .contains("777000000");
    }

    @Test
    void anInitiativesDeskFormShowsTheStatusReadersSeeAndSavingItAddsNoStepOfTheDrafts() {
        String initiative = "desk-initiative-" + run;
        ImportLines.importOk(http, line("desk-initiative-draft-" + run, "\"status\":\"draft\",\"initiatives\":[{"
                + "\"slug\":\"" + initiative + "\",\"name\":\"Initiative " + run + "\",\"kind\":\"project\","
                + "\"status\":\"completed\"}]"));
        ImportLines.importOk(http, line("desk-initiative-public-" + run, "\"status\":\"published\",\"initiatives\":[{"
                + "\"slug\":\"" + initiative + "\"}]"));
        SignedInBrowser editor = SignedInBrowser.as(http, Readers.EDITOR);

        var page = editor.get("/editorial/initiatives/" + initiative + "/edit");
        assertThat(page.statusCode()).isEqualTo(200);
        List<Map.Entry<String, String>> form = fields(Jsoup.parse(page.body()), "name");
        assertThat(form).contains(Map.entry("status", "")).doesNotContain(Map.entry("status", "COMPLETED"));

        var saved = editor.postForm("/editorial/initiatives/" + initiative, with(with(form, "description", "Desk words"),
                "descriptionLang", "en"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from initiative_status_change s join initiative i on i.id = s.initiative_id"
                + " where i.slug = ? and s.source_briefing_id is null").param(initiative).query(Long.class).single())
                .as("desk steps").isZero();
    }

    /** The commitment in the read API: its body when the status is the one expected, else null. */
    private String api(int expected) {
        var response = http.json("/api/v1/commitments/" + slug);
        return response.statusCode() == expected ? response.body() : null;
    }

    /** What the browser would send for the form as shown: every input's value and every select's chosen option. */
    private static List<Map.Entry<String, String>> fields(Document page) {
        return fields(page, "title");
    }

    /** The same, for the form with this text field. */
    private static List<Map.Entry<String, String>> fields(Document page, String field) {
        Element form = page.selectFirst("form:has(input[name=" + field + "])");
        assertThat(form).as("the commitment form").isNotNull();
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Element input : form.select("input[name]")) {
            boolean unchecked = input.attr("type").matches("checkbox|radio") && !input.hasAttr("checked");
            if (!input.attr("name").equals("_csrf") && !unchecked) {
                fields.add(Map.entry(input.attr("name"), input.val()));
            }
        }
        for (Element text : form.select("textarea[name]")) {
            fields.add(Map.entry(text.attr("name"), text.val()));
        }
        for (Element select : form.select("select[name]")) {
            if (select.hasAttr("multiple")) {
                select.select("option[selected]").forEach(o -> fields.add(Map.entry(select.attr("name"), o.val())));
                continue;
            }
            Element chosen = select.selectFirst("option[selected]");
            fields.add(Map.entry(select.attr("name"), chosen == null ? "" : chosen.val()));
        }
        return fields;
    }

    private static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> form, String field,
            String value) {
        List<Map.Entry<String, String>> changed = new ArrayList<>(form);
        changed.removeIf(e -> e.getKey().equals(field));
        changed.add(Map.entry(field, value));
        return changed;
    }
}
