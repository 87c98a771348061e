package eu.newsroom.editorial;

import static eu.newsroom.editorial.EditorialWorkflowTest.briefingForm;
import static eu.newsroom.editorial.EditorialWorkflowTest.create;
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
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two editors save the same briefing at the same moment, from forms showing the same version: one save
 * wins, the other is shown the conflict page with both texts; the stored briefing, its points, topics and
 * revision history are exactly the winner's, never a mixture. Issue 8, "two editors saving the same item
 * at once". The sequential case is in {@link EditorialEditingTest}.
 */
@NewsroomTest
class EditorialConcurrentSaveTest {

    static final int ROUNDS = 10;
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    /** One editor's save in a round: the form sent and the answer. */
    record Save(String who, List<Map.Entry<String, String>> form, HttpResponse<String> answer) {

        String field(String name) {
            return form.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElseThrow();
        }
    }

    @Test
    void twoEditorsSavingAtTheSameMomentGetOneSaveAndOneConflictRoundAfterRound() throws Exception {
        SignedInBrowser editor = SignedInBrowser.as(http, EditorialWorkflowTest.EDITOR);
        SignedInBrowser chief = SignedInBrowser.as(http, EditorialWorkflowTest.CHIEF);
        String word = "Gleichzeitig" + UUID.randomUUID().toString().substring(0, 6);
        long id = create(editor, word);

        // how many losers got past the version check on read and were stopped by the versioned UPDATE
        var statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        long staleAtFlushBefore = statistics.getOptimisticFailureCount();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                // both load the edit form and see the same version
                String seenByEditor = versionOnForm(editor, id);
                String seenByChief = versionOnForm(chief, id);
                assertThat(seenByChief).isEqualTo(seenByEditor);
                long version = Long.parseLong(seenByEditor);
                int revisionsBefore = revisions(id);

                var editorForm = form(word, "editor", round, seenByEditor, "drones");
                var chiefForm = form(word, "chief", round, seenByChief, "air-defence");
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Save> editorSave = pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return new Save(EditorialWorkflowTest.EDITOR, editorForm, editor.postForm("/editorial/briefings/" + id, editorForm));
                });
                Future<Save> chiefSave = pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return new Save(EditorialWorkflowTest.CHIEF, chiefForm, chief.postForm("/editorial/briefings/" + id, chiefForm));
                });
                List<Save> saves = List.of(editorSave.get(60, TimeUnit.SECONDS), chiefSave.get(60, TimeUnit.SECONDS));

                String inRound = "round " + round;
                assertThat(saves).extracting(s -> s.answer().statusCode()).as(inRound)
                        .containsExactlyInAnyOrder(302, 409);
                Save winner = saves.stream().filter(s -> s.answer().statusCode() == 302).findFirst().orElseThrow();
                Save loser = saves.stream().filter(s -> s.answer().statusCode() == 409).findFirst().orElseThrow();

                assertThat(winner.answer().headers().firstValue("Location").orElse("")).as(inRound)
                        .contains("/editorial/briefings/" + id + "?saved");
                // the loser sees the conflict page: the winner's title beside their own, and who saved it
                assertThat(loser.answer().body()).as(inRound).contains("Someone else saved this briefing")
                        .contains("title: " + winner.field("title")).contains("title: " + loser.field("title"))
                        .contains(winner.who());
                assertThat(versionOf(loser.answer().body())).as("the merge form carries the stored version, " + inRound)
                        .isEqualTo(String.valueOf(version + 1));

                // the stored briefing is the winner's, whole: row, points, topics and the new revision
                var stored = jdbc.sql("select title, body, version, last_edited_by from briefing where id = ?").param(id)
                        .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).single();
                assertThat(stored).as(inRound).containsExactly(winner.field("title"), winner.field("body"),
                        String.valueOf(version + 1), winner.who());
                assertThat(jdbc.sql("select text from briefing_point where briefing_id = ? order by position").param(id)
                        .query(String.class).list()).as(inRound).containsExactly(winner.field("points").split("\n"));
                assertThat(jdbc.sql("select t.slug from briefing_topic bt join topic t on t.id = bt.topic_id where bt.briefing_id = ?")
                        .param(id).query(String.class).list()).as(inRound).containsExactly(winner.field("topics"));
                assertThat(revisions(id)).as("one revision more, " + inRound).isEqualTo(revisionsBefore + 1);
                assertThat(jdbc.sql("select snapshot ->> 'title' from revision where entity_type = 'BRIEFING' and entity_id = ?"
                        + " order by revision_no desc limit 1").param(id).query(String.class).single())
                        .as("the newest revision is the winner's, " + inRound).isEqualTo(winner.field("title"));
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("concurrent saves: %d rounds, %d conflicts caught at the versioned UPDATE, %d at the version check%n",
                ROUNDS, statistics.getOptimisticFailureCount() - staleAtFlushBefore,
                ROUNDS - (statistics.getOptimisticFailureCount() - staleAtFlushBefore));
        assertThat(revisions(id)).as("created, then one save per round").isEqualTo(1 + ROUNDS);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'briefing.saved' and entity_id = ?")
                .param(id).query(Integer.class).single()).as("one audited save per round").isEqualTo(ROUNDS);
    }

    private static List<Map.Entry<String, String>> form(String word, String who, int round, String version, String topic) {
        List<Map.Entry<String, String>> form = new ArrayList<>(briefingForm(word));
        form.removeIf(e -> List.of("title", "body", "points", "version").contains(e.getKey()));
        form.add(entry("title", "Desk test item " + word + " saved by the " + who + " in round " + round));
        form.add(entry("body", "The " + who + " wrote this in round " + round + ".\n\nA second paragraph by the " + who + "."));
        form.add(entry("points", "Point of the " + who + " " + round + "\nAnother point of the " + who));
        form.add(entry("topics", topic));
        form.add(entry("version", version));
        return form;
    }

    private static String versionOnForm(SignedInBrowser session, long id) {
        HttpResponse<String> page = session.get("/editorial/briefings/" + id + "/edit");
        assertThat(page.statusCode()).isEqualTo(200);
        return versionOf(page.body());
    }

    private static String versionOf(String page) {
        Matcher version = VERSION.matcher(page);
        assertThat(version.find()).as("the form carries a version").isTrue();
        return version.group(1);
    }

    private int revisions(long id) {
        return jdbc.sql("select count(*) from revision where entity_type = 'BRIEFING' and entity_id = ?").param(id)
                .query(Integer.class).single();
    }
}
