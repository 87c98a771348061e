package eu.newsroom.editorial;

import eu.newsroom.commitment.CommitmentRepository;
import eu.newsroom.commitment.CommitmentWritten;
import eu.newsroom.shared.ActingUser;
import eu.newsroom.statement.StatementRepository;
import eu.newsroom.statement.StatementWritten;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The revisions and audit entries of the statements and commitments someone wrote, kept because the save announced
 * its author, not because a saving path (the desk, an import line) remembered them. Synchronous, in the saving
 * transaction: a removal is announced while the item is still there, so its last revision is what it said; a save
 * is announced once the path has written all of it.
 */
@Component
class ItemRevisions {

    private final StatementRepository statements;
    private final CommitmentRepository commitments;
    private final RevisionLog revisions;
    private final AuditLog audit;
    private final JsonMapper json;

    ItemRevisions(StatementRepository statements, CommitmentRepository commitments, RevisionLog revisions,
            AuditLog audit, JsonMapper json) {
        this.statements = statements;
        this.commitments = commitments;
        this.revisions = revisions;
        this.audit = audit;
        this.json = json;
    }

    @EventListener
    void on(StatementWritten written) {
        statements.findById(written.statementId()).ifPresent(statement -> keep(RevisionLog.EntityType.STATEMENT,
                written.statementId(), json.writeValueAsString(StatementEditor.Snapshot.of(statement)), written.by(),
                written.edit().action("statement"), written.briefingId()));
    }

    @EventListener
    void on(CommitmentWritten written) {
        commitments.findById(written.commitmentId()).ifPresent(commitment -> keep(RevisionLog.EntityType.COMMITMENT,
                written.commitmentId(), json.writeValueAsString(CommitmentEditor.Snapshot.of(commitment)), written.by(),
                written.edit().action("commitment"), written.briefingId()));
    }

    private void keep(RevisionLog.EntityType type, long id, String snapshot, ActingUser by, String action,
            long briefingId) {
        int revision = revisions.record(type, id, snapshot, by.username());
        audit.record(by.username(), by.clientAddress(), action, type, id,
                "{\"revision\": " + revision + ", \"briefing\": " + briefingId + "}");
    }
}
