package eu.newsroom.briefing;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A withdrawn briefing changes nothing any more: what it kept for shared objects goes with it. */
@Component
class PendingChangesDropped {

    private final PendingChangeRepository changes;

    PendingChangesDropped(PendingChangeRepository changes) {
        this.changes = changes;
    }

    @EventListener
    void on(BriefingWithdrawn withdrawn) {
        changes.dropFor(withdrawn.briefingId());
    }
}
