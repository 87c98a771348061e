package eu.newsroom.editorial;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes scheduled briefings when their time comes. A lock row in PostgreSQL (ShedLock, in every mode: embedded,
 * server and cluster share the table of the V4 migration) makes the job run once per interval on the database,
 * however many nodes are up.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT5M")
class ScheduledPublication {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublication.class);

    private final EditorialWorkflow workflow;

    ScheduledPublication(EditorialWorkflow workflow) {
        this.workflow = workflow;
    }

    @Bean
    static LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                // the database's clock, not each node's, decides when a lock expires
                .usingDbTime()
                .build());
    }

    /**
     * The lock is kept for one interval after a run starts (lockAtLeastFor). Held only while a run lasted (and 5 s),
     * it kept two nodes from running at the same moment, but each node still ran the job every interval: two app
     * instances on one database ran it twice as often (docs/benchmarks.md, issue 22). Now a node whose turn comes
     * within an interval of another's run finds the lock taken and skips it. A node's own next run comes an interval
     * after its run ended, when the lock has expired. The interval may not exceed the lock's longest hold (5 min).
     */
    @Scheduled(fixedDelayString = "${newsroom.editorial.publication-check:30s}", initialDelayString = "${newsroom.editorial.publication-check:30s}")
    @SchedulerLock(name = "scheduled-publication", lockAtLeastFor = "${newsroom.editorial.publication-check:30s}")
    void publishDue() {
        int published = workflow.publishDue();
        if (published > 0) {
            log.info("Published {} scheduled briefing(s)", published);
        }
    }
}
