package eu.newsroom.editorial;

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

    @Transactional
    public void record(String username, String clientAddress, String action, RevisionLog.EntityType entityType,
            Long entityId, String detailJson) {
        jdbc.sql("insert into audit_event (username, client_address, action, entity_type, entity_id, detail)"
                        + " values (?, ?, ?, ?, ?, cast(? as jsonb))")
                .params(username, clientAddress, action, entityType == null ? null : entityType.name(), entityId, detailJson)
                .update();
    }
}
