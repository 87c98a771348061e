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
 * Publishes scheduled briefings when their time comes. A lock row in PostgreSQL (ShedLock) makes
 * the job run on one node at a time however many nodes are up.
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

    @Scheduled(fixedDelayString = "${newsroom.editorial.publication-check:30s}", initialDelayString = "${newsroom.editorial.publication-check:30s}")
    @SchedulerLock(name = "scheduled-publication", lockAtLeastFor = "PT5S")
    void publishDue() {
        int published = workflow.publishDue();
        if (published > 0) {
            log.info("Published {} scheduled briefing(s)", published);
        }
    }
}
