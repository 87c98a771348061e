package eu.newsroom.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.briefing.BriefingContent;
import eu.newsroom.briefing.BriefingKind;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.shared.ActingUser;
import eu.newsroom.support.NewsroomTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 19, "modules announce, listeners act": a revision is kept because a briefing someone wrote was saved, not
 * because the saving path remembered to keep one. A save through the repository alone, with no desk or import code,
 * keeps exactly one revision by its author, in its transaction: none if it rolls back, none for a save that wrote no
 * words (a workflow step).
 */
@NewsroomTest
class RevisionOnSaveTest {

    @Autowired
    BriefingRepository briefings;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    private static final ActingUser SOMEONE = new ActingUser("someone@newsroom.example", "192.0.2.7");

    private long newBriefing() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return transaction.execute(status -> {
            Briefing briefing = new Briefing("revision-on-save-" + run, "revision-on-save-" + run);
            briefing.write(content("First words " + run));
            briefing.editedBy(SOMEONE);
            return briefings.saveAndFlush(briefing).getId();
        });
    }

    private static BriefingContent content(String title) {
        return new BriefingContent(title, BriefingKind.PRESS_RELEASE, "en", "group-" + title, LocalDate.of(2026, 6, 1),
                "Brussels", null, "Body of " + title + ".", null, List.of());
    }

    private List<String> authors(long id) {
        return jdbc.sql("select author from revision where entity_type = 'BRIEFING' and entity_id = ? order by revision_no")
                .param(id).query(String.class).list();
    }

    @Test
    void aSaveSomeoneWroteKeepsOneRevisionByThemWhateverSavedIt() {
        long id = newBriefing();
        assertThat(authors(id)).containsExactly(SOMEONE.username());

        transaction.executeWithoutResult(status -> {
            Briefing briefing = briefings.findById(id).orElseThrow();
            briefing.write(content("Second words " + id));
            briefing.editedBy(new ActingUser("other@newsroom.example", null));
            briefings.save(briefing);
        });

        assertThat(authors(id)).containsExactly(SOMEONE.username(), "other@newsroom.example");
        assertThat(jdbc.sql("select snapshot ->> 'title' from revision where entity_type = 'BRIEFING' and entity_id = ?"
                + " order by revision_no desc limit 1").param(id).query(String.class).single())
                .as("what it says at the commit").isEqualTo("Second words " + id);
    }

    @Test
    void aSaveThatRollsBackOrWritesNoWordsKeepsNoRevision() {
        long id = newBriefing();

        transaction.executeWithoutResult(status -> {
            Briefing briefing = briefings.findById(id).orElseThrow();
            briefing.write(content("Never kept " + id));
            briefing.editedBy(new ActingUser("other@newsroom.example", null));
            briefings.saveAndFlush(briefing);
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> briefings.save(briefings.findById(id).orElseThrow()));

        assertThat(authors(id)).containsExactly(SOMEONE.username());
    }
}
