package eu.newsroom.editorial;

import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.briefing.BriefingSaved;
import eu.newsroom.web.NotFoundException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The revisions of briefings: a snapshot at every save someone wrote, listed, read back for a diff or a restore. */
@Service
public class BriefingRevisions {

    /** One kept revision, for the history list. */
    public record Entry(int number, String author, java.time.ZonedDateTime savedAt) {
    }

    private final RevisionLog log;
    private final BriefingRepository briefings;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    BriefingRevisions(RevisionLog log, BriefingRepository briefings, JdbcClient jdbc, JsonMapper json) {
        this.log = log;
        this.briefings = briefings;
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Keeps a revision of a briefing someone wrote (the desk's form, an import line, the assistant's draft), whichever
     * path saved it: the save announces who ({@link BriefingSaved#editedBy()}). Before the commit, in the saving
     * transaction, so the revision is what the item says once the path has written all of it, and is kept exactly
     * when the save is.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(BriefingSaved saved) {
        if (saved.editedBy() == null) {
            return;
        }
        briefings.findById(saved.briefingId()).ifPresent(briefing -> log.record(RevisionLog.EntityType.BRIEFING,
                briefing.getId(), json.writeValueAsString(BriefingSnapshot.of(briefing)), saved.editedBy().username()));
    }

    public List<Entry> list(long briefingId) {
        return jdbc.sql("select revision_no, author, created_at from revision where entity_type = 'BRIEFING'"
                        + " and entity_id = ? order by revision_no desc")
                .param(briefingId)
                .query((rs, row) -> new Entry(rs.getInt(1), rs.getString(2), EditorialDesk.brussels(rs.getTimestamp(3).toInstant())))
                .list();
    }

    public BriefingSnapshot read(long briefingId, int number) {
        String snapshot = jdbc.sql("select snapshot::text from revision where entity_type = 'BRIEFING'"
                        + " and entity_id = ? and revision_no = ?")
                .params(briefingId, number).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("error.notFound.revision", number));
        try {
            BriefingSnapshot read = json.readValue(snapshot, BriefingSnapshot.class);
            if (read.title() != null && read.body() != null && read.points() != null) {
                return read;
            }
        } catch (JacksonException e) {
            // handled below
        }
        // revisions kept before snapshots had this shape (raw import lines) can be listed, not compared
        throw new NotFoundException("error.notFound.revision", number);
    }
}
