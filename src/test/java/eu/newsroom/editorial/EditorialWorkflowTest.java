package eu.newsroom.editorial;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import eu.newsroom.support.SignedInBrowser;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The editorial workflow through real pages: an editor writes a draft, sends it to review,
 * publishes, schedules, withdraws; readers see each item exactly when the workflow says so.
 */
@NewsroomTest
class EditorialWorkflowTest {

    static final String EDITOR = "editor@newsroom.example";
    static final String CHIEF = "chief@newsroom.example";

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    /** A valid form for a new briefing with a unique, searchable word in its title. */
    static List<Map.Entry<String, String>> briefingForm(String word) {
        // neutral words, so that items made by these tests do not compete with the relevance suite's judged ones
        return new ArrayList<>(List.of(entry("title", "Desk test item " + word), entry("kind", "PRESS_RELEASE"),
                entry("lang", "en"), entry("eventDate", "2026-11-20"), entry("place", "Testville"),
                entry("institution", "council-of-the-eu"), entry("points", "First point\nSecond point"),
                entry("body", "The desk wrote **" + word + "**.\n\nA second paragraph."), entry("version", "0")));
    }

    static long create(SignedInBrowser editor, String word) {
        HttpResponse<String> created = editor.postForm("/editorial/briefings", briefingForm(word));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll(".*/editorial/briefings/(\\d+).*", "$1"));
    }

    long version(long id) {
        return jdbc.sql("select version from briefing where id = ?").param(id).query(Long.class).single();
    }

    String slug(long id) {
        return jdbc.sql("select slug from briefing where id = ?").param(id).query(String.class).single();
    }

    HttpResponse<String> step(SignedInBrowser editor, long id, String step, Map.Entry<String, String>... extra) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(entry("step", step),
                entry("version", String.valueOf(version(id)))));
        fields.addAll(List.of(extra));
        return editor.postForm("/editorial/briefings/" + id + "/workflow", fields);
    }

    long searchHits(String word) {
        String body = http.json("/api/v1/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)).body();
        return Long.parseLong(body.replaceAll("(?s).*\"total\"\\s*:\\s*(\\d+).*", "$1"));
    }

    @Test
    void aDraftStaysHiddenUntilItIsReviewedAndPublished() {
        SignedInBrowser editor = SignedInBrowser.as(http, EDITOR);
        String word = "Quarzlager" + UUID.randomUUID().toString().substring(0, 6);
        long id = create(editor, word);
        String slug = slug(id);

        assertThat(jdbc.sql("select status from briefing where id = ?").param(id).query(String.class).single()).isEqualTo("DRAFT");
        assertThat(http.page("/briefings/" + slug).statusCode()).isEqualTo(404);
        assertThat(searchHits(word)).isZero();
        // a statement added while the briefing is a draft becomes searchable with it
        String said = "Basaltlager" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(editor.postForm("/editorial/briefings/" + id + "/statements", List.of(entry("speaker", "kaja-kallas"),
                entry("kind", "QUOTE"), entry("text", "We speak of " + said + "."), entry("lang", "en"),
                entry("saidOn", "2026-11-20"), entry("version", "0"))).statusCode()).isEqualTo(302);
        assertThat(searchHits(said)).isZero();
        assertThat(editor.get("/editorial/briefings/" + id).body()).contains("Desk test item " + word)
                .contains("<strong>" + word + "</strong>");

        assertThat(step(editor, id, "PUBLISH").statusCode()).as("a draft is not published without review").isEqualTo(409);
        assertThat(step(editor, id, "SUBMIT").statusCode()).isEqualTo(302);
        assertThat(http.page("/briefings/" + slug).statusCode()).isEqualTo(404);
        assertThat(step(editor, id, "PUBLISH").statusCode()).isEqualTo(302);

        HttpResponse<String> page = http.page("/briefings/" + slug);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<strong>" + word + "</strong>").contains("First point");
        assertThat(searchHits(word)).isEqualTo(1);
        assertThat(searchHits(said)).as("the draft's statement is found once the briefing is published").isEqualTo(1);
        assertThat(http.get("/feeds/briefings.atom", "application/atom+xml").body()).contains(slug);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_id = ? and action in"
                + " ('briefing.created', 'briefing.submit', 'briefing.publish')").param(id).query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void aWithdrawnBriefingKeepsItsPermalinkWithTheNoticeAndLeavesEveryList() {
        SignedInBrowser editor = SignedInBrowser.as(http, EDITOR);
        String word = "Basaltbrief" + UUID.randomUUID().toString().substring(0, 6);
        long id = create(editor, word);
        step(editor, id, "SUBMIT");
        step(editor, id, "PUBLISH");
        String slug = slug(id);
        assertThat(searchHits(word)).isEqualTo(1);

        assertThat(step(editor, id, "WITHDRAW").statusCode()).as("a notice is required").isEqualTo(400);
        assertThat(step(editor, id, "WITHDRAW", entry("notice", "Published by mistake <b>twice</b>.")).statusCode())
                .isEqualTo(302);

        HttpResponse<String> page = http.page("/briefings/" + slug);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Published by mistake &lt;b&gt;twice&lt;/b&gt;.").doesNotContain("Second point");
        assertThat(searchHits(word)).isZero();
        assertThat(http.get("/feeds/briefings.atom", "application/atom+xml").body()).doesNotContain(slug);
        assertThat(http.get("/sitemap.xml", "application/xml").body()).doesNotContain(slug);
        assertThat(http.json("/api/v1/briefings/" + slug).statusCode()).isEqualTo(404);
    }

    @Test
    void aScheduledBriefingIsPublishedByTheJobWhenItsTimeComes() throws Exception {
        SignedInBrowser editor = SignedInBrowser.as(http, EDITOR);
        String word = "Granitplan" + UUID.randomUUID().toString().substring(0, 6);
        long id = create(editor, word);
        step(editor, id, "SUBMIT");
        String inThreeSeconds = LocalDateTime.now(ZoneId.of("Europe/Brussels")).plusSeconds(3)
                .truncatedTo(ChronoUnit.SECONDS).toString();
        assertThat(step(editor, id, "SCHEDULE", entry("publishAt", inThreeSeconds)).statusCode()).isEqualTo(302);
        String slug = slug(id);
        assertThat(http.page("/briefings/" + slug).statusCode()).isEqualTo(404);

        // the job runs every second in tests; allow a generous bound for a busy machine
        int status = 404;
        for (int i = 0; i < 60 && status != 200; i++) {
            Thread.sleep(500);
            status = http.page("/briefings/" + slug).statusCode();
        }
        assertThat(status).isEqualTo(200);
        assertThat(searchHits(word)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_id = ? and action = 'briefing.published-as-scheduled'")
                .param(id).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'scheduled-publication'").query(Long.class).single())
                .as("the job ran under its database lock").isEqualTo(1);
    }

    @Test
    void aScheduleInThePastOrAMalformedTimeIsRefusedWithAMessage() {
        SignedInBrowser editor = SignedInBrowser.as(http, EDITOR);
        long id = create(editor, "Kiesplan" + UUID.randomUUID().toString().substring(0, 6));
        step(editor, id, "SUBMIT");
        HttpResponse<String> past = step(editor, id, "SCHEDULE", entry("publishAt", "2020-01-01T10:00"));
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.body()).contains("must be in the future");
        HttpResponse<String> malformed = step(editor, id, "SCHEDULE", entry("publishAt", "tomorrow at ten"));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("2025-12-01T10:00").doesNotContain("Exception");
        HttpResponse<String> unknownStep = step(editor, id, "EXPLODE");
        assertThat(unknownStep.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select status from briefing where id = ?").param(id).query(String.class).single())
                .isEqualTo("IN_REVIEW");
    }

    @Test
    void anEmbargoedPublicationReachesAccreditedJournalistsOnly() {
        SignedInBrowser editor = SignedInBrowser.as(http, EDITOR);
        String word = "Schieferlage" + UUID.randomUUID().toString().substring(0, 6);
        long id = create(editor, word);
        step(editor, id, "SUBMIT");
        String tomorrow = LocalDateTime.now(ZoneId.of("Europe/Brussels")).plusDays(1).truncatedTo(ChronoUnit.MINUTES).toString();
        assertThat(step(editor, id, "PUBLISH", entry("embargoUntil", tomorrow)).statusCode()).isEqualTo(302);
        String slug = slug(id);

        assertThat(http.page("/briefings/" + slug).statusCode()).isEqualTo(404);
        assertThat(searchHits(word)).isZero();
        SignedInBrowser journalist = SignedInBrowser.as(http, "journalist@newsroom.example");
        HttpResponse<String> page = journalist.get("/briefings/" + slug);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Embargoed until");
    }
}
