package eu.newsroom.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.support.NewsroomTest;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 22, round 4: the publication job on its database. A run with nothing to do loads nothing; a catch-up of
 * many briefings (a database loaded in bulk) announces each in a transaction of its own; a scheduled item is still
 * published when its time has come (also through the pages: {@link EditorialWorkflowTest}); and two schedulers on one
 * database (two app instances, in any mode) run the job once an interval between them, not once each.
 */
@NewsroomTest
class ScheduledPublicationTest {

    private static final String LOCK = "scheduled-publication";

    @Autowired
    EditorialWorkflow workflow;

    @Autowired
    ScheduledPublication job;

    @Autowired
    LockProvider lockProvider;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    Environment environment;

    @Autowired
    BriefingRepository briefings;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void anIdleRunLoadsNothingAndDueOrUnannouncedBriefingsAreHandledEachInItsOwnTransaction() {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        try {
            idleRunAndCatchUp(batch);
        } finally {
            // rows written by SQL are not in the index: gone again, through JPA (and so from the index too), so
            // that the other test classes of this application count the public items the index holds
            List<Long> ids = jdbc.sql("select id from briefing where slug like 'catch-up-' || :batch || '-%'")
                    .param("batch", batch).query(Long.class).list();
            transaction.executeWithoutResult(status -> briefings.deleteAllById(ids));
        }
    }

    private void idleRunAndCatchUp(String batch) {
        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        holdingTheJobsLock(() -> {
            workflow.publishDue(); // whatever other tests left due
            long loads = stats.getEntityLoadCount();
            assertThat(workflow.publishDue()).isZero();
            assertThat(stats.getEntityLoadCount() - loads).as("an idle run loads no entity").isZero();

            // five published briefings never announced as public (as a bulk load leaves them), one scheduled and due
            jdbc.sql("insert into briefing (slug, external_id, title, kind, lang, translation_group, event_date, body,"
                    + " status, published_at) select 'catch-up-' || :batch || '-' || g, 'catch-up-' || :batch || '-' || g,"
                    + " 'Catch-up test item ' || :batch || ' ' || g, 'PRESS_RELEASE', 'en', 'catch-up-' || :batch || '-' || g,"
                    + " date '2001-01-01', 'Catch-up body.', 'PUBLISHED', now() - interval '1 day'"
                    + " from generate_series(1, 5) g").param("batch", batch).update();
            jdbc.sql("insert into briefing (slug, external_id, title, kind, lang, translation_group, event_date, body,"
                    + " status, scheduled_for) values ('catch-up-' || :batch || '-due', 'catch-up-' || :batch || '-due',"
                    + " 'Catch-up test item ' || :batch || ' due', 'PRESS_RELEASE', 'en', 'catch-up-' || :batch || '-due',"
                    + " date '2001-01-01', 'Catch-up body.', 'SCHEDULED', now() - interval '1 second')")
                    .param("batch", batch).update();
            long transactions = stats.getTransactionCount();
            assertThat(workflow.publishDue()).as("the scheduled one is published").isEqualTo(1);
            assertThat(stats.getTransactionCount() - transactions).as("a transaction per briefing")
                    .isGreaterThanOrEqualTo(6);
        });
        assertThat(jdbc.sql("select count(*) from briefing where slug like 'catch-up-' || :batch || '-%'"
                + " and status = 'PUBLISHED' and became_public_at is not null").param("batch", batch)
                .query(Long.class).single()).as("all six public and announced").isEqualTo(6);
        assertThat(jdbc.sql("select count(*) from audit_event a join briefing b on b.id = a.entity_id"
                + " where b.slug = 'catch-up-' || :batch || '-due' and a.action = 'briefing.published-as-scheduled'")
                .param("batch", batch).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twoSchedulersOnOneDatabaseRunTheJobOnceAnIntervalBetweenThem() throws InterruptedException {
        Duration interval = DurationStyle.detectAndParse(
                environment.getRequiredProperty("newsroom.editorial.publication-check"));
        // a second node's scheduler beside the application's own: the same job, the same database
        ThreadPoolTaskScheduler secondNode = new ThreadPoolTaskScheduler();
        secondNode.initialize();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Instant> runs = new ArrayList<>();
        try {
            secondNode.scheduleWithFixedDelay(() -> {
                try {
                    job.publishDue();
                } catch (RuntimeException | Error e) {
                    failures.add(e);
                }
            }, interval);
            // every run takes the lock, which stamps locked_at with the database's time: a new value is a new run
            Instant seen = lockedAt();
            long end = System.nanoTime() + interval.multipliedBy(8).toNanos();
            while (System.nanoTime() < end) {
                Instant now = lockedAt();
                if (!now.equals(seen)) {
                    runs.add(now);
                    seen = now;
                }
                Thread.sleep(20);
            }
        } finally {
            secondNode.shutdown();
        }
        assertThat(failures).isEmpty();
        assertThat(runs.size()).as("the job still runs about once an interval: %s", runs).isGreaterThanOrEqualTo(4);
        for (int i = 1; i < runs.size(); i++) {
            assertThat(Duration.between(runs.get(i - 1), runs.get(i))).as("runs %s: one per interval between both", runs)
                    .isGreaterThanOrEqualTo(interval);
        }
    }

    private Instant lockedAt() {
        return jdbc.sql("select locked_at from shedlock where name = :name").param("name", LOCK)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional().orElse(Instant.EPOCH);
    }

    /** Runs the check while this test holds the job's lock: the scheduler skips the job meanwhile. */
    private void holdingTheJobsLock(Runnable check) {
        SimpleLock lock = null;
        // each run of the job holds it for one interval (1 s in tests) from its start and then waits an interval
        // after its end, so the lock is free only for as long as a run took (milliseconds when idle), and for a while
        // not at all when a run catches up on briefings other test classes wrote: ask often, for up to two minutes
        long giveUp = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (lock == null && System.nanoTime() < giveUp) {
            lock = lockProvider.lock(new LockConfiguration(Instant.now(), LOCK, Duration.ofMinutes(2), Duration.ZERO))
                    .orElse(null);
            if (lock == null) {
                sleep(2);
            }
        }
        assertThat(lock).as("the job's lock").isNotNull();
        try {
            check.run();
        } finally {
            lock.unlock();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
