package eu.newsroom.editorial;

import eu.newsroom.briefing.BriefingBecamePublic;
import eu.newsroom.briefing.BriefingPublishedUnderEmbargo;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes to the audit log when a briefing becomes public or is published under embargo, whichever path
 * did it (the desk, an import, the assistant, the publication job at a scheduled time or an embargo's end), in the
 * transaction that did it. Who asked for it is in the event the path itself records (a workflow step, an import).
 */
@Component
class PublicationAudit {

    /** The audit log's name for what the newsroom does by itself, as a consequence of someone's earlier step. */
    static final String NEWSROOM = "newsroom";

    private final AuditLog audit;

    PublicationAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(BriefingBecamePublic event) {
        audit.record(NEWSROOM, null, "briefing.became-public", RevisionLog.EntityType.BRIEFING, event.briefingId(),
                "{\"at\": \"" + event.at() + "\"}");
    }

    @EventListener
    void on(BriefingPublishedUnderEmbargo event) {
        audit.record(NEWSROOM, null, "briefing.published-under-embargo", RevisionLog.EntityType.BRIEFING,
                event.briefingId(), "{\"at\": \"" + event.at() + "\", \"embargoUntil\": \"" + event.embargoUntil() + "\"}");
    }
}
