package eu.newsroom.editorial;

import static eu.newsroom.shared.NewsroomTime.BRUSSELS;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who did what, when and from where: every editorial and account action leaves an audit event. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One audit event as the chief editor reads it. */
    public record Event(long id, java.time.ZonedDateTime occurredAt, String username, String clientAddress,
            String action, String entityType, Long entityId, String detail) {
    }

    /** The latest events, newest first, optionally of one user or one kind of action (prefix, e.g. "briefing."). */
    @Transactional(readOnly = true)
    public java.util.List<Event> latest(String username, String actionPrefix, int offset, int limit) {
        return jdbc.sql("select id, occurred_at, username, client_address, action, entity_type, entity_id, detail::text"
                        + " from audit_event where (cast(:user as text) is null or username = :user)"
                        + " and (cast(:action as text) is null or action like :action || '%')"
                        + " order by occurred_at desc, id desc offset :offset limit :limit")
                .param("user", username).param("action", actionPrefix).param("offset", offset).param("limit", limit)
                .query((rs, row) -> new Event(rs.getLong(1),
                        rs.getTimestamp(2).toInstant().atZone(BRUSSELS), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), (Long) rs.getObject(7), rs.getString(8)))
                .list();
    }

    @Transactional
    public void record(String username, String clientAddress, String action, RevisionLog.EntityType entityType,
            Long entityId, String detailJson) {
        jdbc.sql("insert into audit_event (username, client_address, action, entity_type, entity_id, detail)"
                        + " values (?, ?, ?, ?, ?, cast(? as jsonb))")
                .params(username, clientAddress, action, entityType == null ? null : entityType.name(), entityId, detailJson)
                .update();
    }
}
