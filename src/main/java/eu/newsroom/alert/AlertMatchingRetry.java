package eu.newsroom.alert;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs again the matches that did not complete: Spring Modulith's event publication registry writes each publication
 * event with its after-commit listener ({@link AlertMatching}) in the publishing transaction, and completes it when
 * the listener has written the outbox; one still incomplete {@code matchingRetryAfter} after its publication failed
 * (a database error) or was lost (the process stopped between the commit and the listener). Matching again is safe:
 * the outbox's key keeps every item once per alert, so a match that did complete but was not marked so mails nothing
 * twice. The job also runs shortly after start, which recovers what a stopped process left; a lock row (ShedLock)
 * makes one node do it in a cluster, so two nodes do not run the same match at once.
 */
@Component
class AlertMatchingRetry {

    private final IncompleteEventPublications publications;
    private final AlertProperties properties;
    private final Clock clock;

    AlertMatchingRetry(IncompleteEventPublications publications, AlertProperties properties, Clock clock) {
        this.publications = publications;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${newsroom.alerts.matching-retry-interval:1m}", initialDelayString = "PT30S")
    @SchedulerLock(name = "alert-matching-retry", lockAtMostFor = "PT10M")
    void resubmit() {
        resubmit(clock.instant());
    }

    /** Runs again the publications not completed by {@code now} less {@code matchingRetryAfter}. */
    void resubmit(Instant now) {
        Instant before = now.minus(properties.matchingRetryAfter());
        publications.resubmitIncompletePublications(publication -> publication.getPublicationDate().isBefore(before));
    }
}
