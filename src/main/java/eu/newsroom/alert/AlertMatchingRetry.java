package eu.newsroom.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    /** The lock's longest hold: a run of the job ends before it. */
    private static final Duration RUN_AT_MOST = Duration.ofMinutes(10);

    private final IncompleteEventPublications publications;
    private final JdbcClient jdbc;
    private final AlertProperties properties;
    private final Clock clock;

    AlertMatchingRetry(IncompleteEventPublications publications, JdbcClient jdbc, AlertProperties properties,
            Clock clock) {
        this.publications = publications;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${newsroom.alerts.matching-retry-interval:1m}", initialDelayString = "PT30S")
    @SchedulerLock(name = "alert-matching-retry", lockAtMostFor = "PT10M")
    void resubmit() {
        resubmit(clock.instant());
    }

    /**
     * Runs again the publications not completed by {@code now} less {@code matchingRetryAfter}. One left
     * <em>resubmitted</em> by a run that stopped (the process ended) is marked failed first, as the registry (2.0.3)
     * would never claim it again: a run ends within the lock's ten minutes, so one resubmitted before is not under way.
     */
    void resubmit(Instant now) {
        jdbc.sql("update event_publication set status = 'FAILED' where status = 'RESUBMITTED'"
                        + " and completion_date is null and last_resubmission_date < :before")
                .param("before", now.minus(RUN_AT_MOST).atOffset(ZoneOffset.UTC)).update();
        Instant before = now.minus(properties.matchingRetryAfter());
        publications.resubmitIncompletePublications(publication -> publication.getPublicationDate().isBefore(before));
    }
}
