package eu.newsroom.alert;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due alert mails every {@code newsroom.alerts.send-interval}. A lock row (ShedLock, as for scheduled
 * publication) makes one node send at a time in a cluster; the outbox's row locks would keep two apart anyway.
 */
@Component
class AlertSender {

    private static final Logger log = LoggerFactory.getLogger(AlertSender.class);

    private final AlertOutbox outbox;
    private final Clock clock;

    AlertSender(AlertOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${newsroom.alerts.send-interval:10s}", initialDelayString = "${newsroom.alerts.send-interval:10s}")
    @SchedulerLock(name = "alert-sender", lockAtMostFor = "PT10M")
    void sendDue() {
        int sent = outbox.sendDue(clock.instant());
        if (sent > 0) {
            log.info("Mailed {} alert item(s)", sent);
        }
    }
}
