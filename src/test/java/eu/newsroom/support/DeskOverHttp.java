package eu.newsroom.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo editor at the desk over HTTP, through the desk's own forms: a press release drafted, a quote added, the
 * workflow's steps (SUBMIT, PUBLISH) taken with the briefing's current version. The publishing path is then the
 * real one, events and all, for tests of what follows a publication.
 */
public final class DeskOverHttp {

    private final SignedInBrowser editor;
    private final JdbcClient jdbc;

    private DeskOverHttp(SignedInBrowser editor, JdbcClient jdbc) {
        this.editor = editor;
        this.jdbc = jdbc;
    }

    /** Signed in as editor@newsroom.example. */
    public static DeskOverHttp asEditor(HttpClientForTests.Http http, JdbcClient jdbc) {
        return new DeskOverHttp(SignedInBrowser.as(http, "editor@newsroom.example"), jdbc);
    }

    /** A new draft press release in English from the Council with this title and body; its id. */
    public long draft(String title, String body) {
        HttpResponse<String> created = editor.postForm("/editorial/briefings", List.of(Map.entry("title", title),
                Map.entry("kind", "PRESS_RELEASE"), Map.entry("lang", "en"), Map.entry("eventDate", "2026-11-20"),
                Map.entry("place", "Brussels"), Map.entry("institution", "council-of-the-eu"),
                Map.entry("points", "One point"), Map.entry("body", body), Map.entry("version", "0")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        return Long.parseLong(created.headers().firstValue("Location").orElseThrow()
                .replaceAll(".*/editorial/briefings/(\\d+).*", "$1"));
    }

    /**
     * Saves the briefing's form as a press release in English from the Council with this title and body, linked to
     * the initiatives (by slug), with its current version; the desk's answer.
     */
    public HttpResponse<String> edit(long briefing, String title, String body, String... initiatives) {
        long version = jdbc.sql("select version from briefing where id = ?").param(briefing).query(Long.class).single();
        List<Map.Entry<String, String>> fields = new java.util.ArrayList<>(List.of(Map.entry("title", title),
                Map.entry("kind", "PRESS_RELEASE"), Map.entry("lang", "en"), Map.entry("eventDate", "2026-11-20"),
                Map.entry("place", "Brussels"), Map.entry("institution", "council-of-the-eu"),
                Map.entry("points", "One point"), Map.entry("body", body), Map.entry("version", String.valueOf(version))));
        for (String initiative : initiatives) {
            fields.add(Map.entry("initiatives", initiative));
        }
        return editor.postForm("/editorial/briefings/" + briefing, fields);
    }

    /** Adds a quote of the actor (by slug) to the briefing. */
    public void quote(long briefing, String speaker, String text) {
        assertThat(editor.postForm("/editorial/briefings/" + briefing + "/statements", List.of(
                Map.entry("speaker", speaker), Map.entry("kind", "QUOTE"), Map.entry("text", text),
                Map.entry("lang", "en"), Map.entry("saidOn", "2026-11-20"), Map.entry("version", "0")))
                .statusCode()).isEqualTo(302);
    }

    /** Takes a workflow step (SUBMIT, PUBLISH ...) with the briefing's current version; the desk's answer. */
    public HttpResponse<String> step(long briefing, String step) {
        long version = jdbc.sql("select version from briefing where id = ?").param(briefing).query(Long.class).single();
        return editor.postForm("/editorial/briefings/" + briefing + "/workflow", List.of(Map.entry("step", step),
                Map.entry("version", String.valueOf(version))));
    }
}
