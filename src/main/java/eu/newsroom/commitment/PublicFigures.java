package eu.newsroom.commitment;

import eu.newsroom.briefing.BriefingSaved;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps each commitment's public source and current figures derived from the steps of its history readers may see
 * (issue 19): whenever a briefing is saved (published, at its embargo's end, withdrawn, taken back to draft) the
 * commitments it reports or is the source of a step of are stated again ({@link Commitment#restate}). Before the
 * commit, and before the listeners that make what a public item carries public, which ask whether its commitments
 * are public.
 */
@Component
class PublicFigures {

    private final CommitmentRepository commitments;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PublicFigures(CommitmentRepository commitments, Clock clock, ApplicationEventPublisher events) {
        this.commitments = commitments;
        this.clock = clock;
        this.events = events;
    }

    @Order(0)
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(BriefingSaved saved) {
        Set<Commitment> concerned = new LinkedHashSet<>(commitments.findWithStepFrom(saved.briefingId()));
        concerned.addAll(commitments.findReportedIn(saved.briefingId()));
        concerned.forEach(c -> {
            c.restate(clock.instant());
            // a change of its current figures (a step just made public) is announced as a save would (issue 21)
            c.announcements().forEach(events::publishEvent);
            c.announced();
        });
    }
}
