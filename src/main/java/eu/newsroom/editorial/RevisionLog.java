package eu.newsroom.editorial;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps a full snapshot of every save of a content item, numbered per item, for history and restore. */
@Service
public class RevisionLog {

    /** The kinds of content that keep revisions. */
    public enum EntityType {
        BRIEFING, STATEMENT, COMMITMENT, INITIATIVE, ACTOR, TOPIC
    }

    private final JdbcClient jdbc;

    RevisionLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a snapshot (JSON) in the caller's transaction, so it is kept only if the save is. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int record(EntityType type, long entityId, String snapshotJson, String author) {
        // the row lock on the item serialises concurrent saves, so numbers never collide
        int next = jdbc.sql("select coalesce(max(revision_no), 0) + 1 from revision where entity_type = ? and entity_id = ?")
                .params(type.name(), entityId).query(Integer.class).single();
        jdbc.sql("insert into revision (entity_type, entity_id, revision_no, snapshot, author) values (?, ?, ?, cast(? as jsonb), ?)")
                .params(type.name(), entityId, next, snapshotJson, author).update();
        return next;
    }

    public int count(EntityType type, long entityId) {
        return jdbc.sql("select count(*) from revision where entity_type = ? and entity_id = ?")
                .params(type.name(), entityId).query(Integer.class).single();
    }
}
