package eu.newsroom.editorial;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import eu.newsroom.support.SignedInBrowser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The desk's directory: editors create and change actors, thesaurus topics and initiatives; readers see
 * them on the public pages; bad rows are explained next to their field; stale forms are conflicts.
 */
@NewsroomTest
class EditorialDirectoryTest {

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    private static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> form, String field, String value) {
        List<Map.Entry<String, String>> changed = new ArrayList<>(form);
        changed.removeIf(e -> e.getKey().equals(field));
        changed.add(entry(field, value));
        return changed;
    }

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void anActorIsCreatedWithNamesAndOfficesAndChangedOverItsVersion() {
        SignedInBrowser editor = SignedInBrowser.as(http, EditorialWorkflowTest.EDITOR);
        assertThat(editor.get("/editorial/directory").body()).contains("Kaja Kallas").contains("/editorial/actors/new");
        String name = "Ilse Testperson " + unique();
        var actor = new ArrayList<>(List.of(entry("name", name), entry("kind", "PERSON"), entry("country", "de"),
                entry("names[0].lang", "fr"), entry("names[0].text", name + " (fr)"), entry("names[1].lang", ""),
                entry("names[1].text", ""), entry("roles[0].title", "Minister of Defence"),
                entry("roles[0].organisation", "council-of-the-eu"), entry("roles[0].validFrom", "2025-01-01"),
                entry("roles[0].validTo", ""), entry("version", "0")));

        Map<String, List<Map.Entry<String, String>>> bad = Map.of(
                "two-letter ISO 3166 country code", with(actor, "country", "Deutschland"),
                "is not a language tag", with(actor, "names[0].lang", "qq"),
                "Unknown: nowhere-at-all", with(actor, "roles[0].organisation", "nowhere-at-all"),
                "The permalink name kaja-kallas is taken", with(actor, "slug", "kaja-kallas"),
                "The period ends before it starts", with(actor, "roles[0].validTo", "2024-01-01"));
        long actorsBefore = jdbc.sql("select count(*) from actor").query(Long.class).single();
        bad.forEach((message, form) -> {
            HttpResponse<String> answer = editor.postForm("/editorial/actors", form);
            assertThat(answer.statusCode()).as(message).isEqualTo(400);
            assertThat(answer.body()).as(message).contains(message);
        });
        assertThat(jdbc.sql("select count(*) from actor").query(Long.class).single()).isEqualTo(actorsBefore);

        HttpResponse<String> created = editor.postForm("/editorial/actors", actor);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String slug = jdbc.sql("select slug from actor where name = ?").param(name).query(String.class).single();
        assertThat(slug).startsWith("ilse-testperson-");
        assertThat(jdbc.sql("select country from actor where slug = ?").param(slug).query(String.class).single()).isEqualTo("DE");
        assertThat(http.page("/actors/" + slug + "?locale=fr").body()).contains(name + " (fr)");

        String edit = "/editorial/actors/" + slug;
        assertThat(editor.get(edit + "/edit").body()).contains("value=\"Minister of Defence\"");
        var renamed = with(actor, "roles[0].title", "Federal Minister of Defence");
        assertThat(editor.postForm(edit, renamed).statusCode()).isEqualTo(302);
        assertThat(editor.postForm(edit, renamed).statusCode()).as("the same stale form again").isEqualTo(409);
        assertThat(jdbc.sql("select r.title from actor_role r join actor a on a.id = r.actor_id where a.slug = ?")
                .param(slug).query(String.class).single()).isEqualTo("Federal Minister of Defence");
        long id = jdbc.sql("select id from actor where slug = ?").param(slug).query(Long.class).single();
        assertThat(count("select count(*) from revision where entity_type = 'ACTOR' and entity_id = ?", id)).isEqualTo(2);
        assertThat(count("select count(*) from audit_event where entity_type = 'ACTOR' and entity_id = ?", id)).isEqualTo(2);
    }

    @Test
    void aTopicKeepsOnePreferredLabelPerLanguageAndItsAlternatives() {
        SignedInBrowser editor = SignedInBrowser.as(http, EditorialWorkflowTest.EDITOR);
        String word = unique();
        var topic = new ArrayList<>(List.of(entry("labels[0].lang", "en"), entry("labels[0].preferred", "Orbit watch " + word),
                entry("labels[0].alternatives", "space surveillance, orbital awareness"),
                entry("labels[1].lang", "de"), entry("labels[1].preferred", "Orbitbeobachtung " + word),
                entry("labels[1].alternatives", ""), entry("labels[2].lang", ""), entry("labels[2].preferred", ""),
                entry("labels[2].alternatives", ""), entry("version", "0")));
        assertThat(editor.postForm("/editorial/topics", with(topic, "labels[1].lang", "en")).body())
                .contains("Language en is given twice");
        HttpResponse<String> none = editor.postForm("/editorial/topics", List.of(entry("labels[0].lang", ""),
                entry("labels[0].preferred", ""), entry("version", "0")));
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("at least one language with its preferred label");

        assertThat(editor.postForm("/editorial/topics", topic).statusCode()).isEqualTo(302);
        String slug = "orbit-watch-" + word;
        long id = jdbc.sql("select id from topic where slug = ?").param(slug).query(Long.class).single();
        assertThat(jdbc.sql("select label from topic_label where topic_id = ? and not preferred order by label")
                .param(id).query(String.class).list()).containsExactly("orbital awareness", "space surveillance");
        assertThat(http.page("/topics/" + slug + "?locale=de").body()).contains("Orbitbeobachtung " + word);
    }

    @Test
    void anInitiativeChangesStatusAsANewStepOfItsTimeline() {
        SignedInBrowser editor = SignedInBrowser.as(http, EditorialWorkflowTest.EDITOR);
        String name = "Harbour Shield " + unique();
        var initiative = new ArrayList<>(List.of(entry("name", name), entry("kind", "MISSION"), entry("status", "PLANNING"),
                entry("statusOn", "2026-01-15"), entry("startDate", "2026-03-01"), entry("endDate", ""),
                entry("description", "A naval mission to protect harbours."), entry("descriptionLang", "en"),
                entry("leads", "council-of-the-eu"), entry("aliases[0].lang", "de"),
                entry("aliases[0].text", "Hafenschild " + name.substring(name.length() - 6)),
                entry("topics", "drones"), entry("version", "0")));
        assertThat(editor.postForm("/editorial/initiatives", with(initiative, "endDate", "2025-01-01")).statusCode())
                .isEqualTo(400);
        assertThat(editor.postForm("/editorial/initiatives", initiative).statusCode()).isEqualTo(302);
        String slug = jdbc.sql("select slug from initiative where name = ?").param(name).query(String.class).single();
        assertThat(http.page("/initiatives/" + slug).body()).contains(name).contains("A naval mission to protect harbours.");

        var operational = with(with(initiative, "status", "OPERATIONAL"), "statusOn", "2026-03-01");
        assertThat(editor.postForm("/editorial/initiatives/" + slug, operational).statusCode()).isEqualTo(302);
        assertThat(editor.postForm("/editorial/initiatives/" + slug, operational).statusCode()).isEqualTo(409);
        long id = jdbc.sql("select id from initiative where slug = ?").param(slug).query(Long.class).single();
        assertThat(jdbc.sql("select status from initiative_status_change where initiative_id = ? order by changed_on")
                .param(id).query(String.class).list()).containsExactly("PLANNING", "OPERATIONAL");
        assertThat(jdbc.sql("select status from initiative where id = ?").param(id).query(String.class).single())
                .isEqualTo("OPERATIONAL");
        assertThat(count("select count(*) from initiative_lead where initiative_id = ?", id)).isEqualTo(1);
    }
}
