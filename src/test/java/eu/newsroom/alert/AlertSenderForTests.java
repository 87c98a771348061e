package eu.newsroom.alert;

import java.time.Instant;
import org.springframework.context.ApplicationContext;

/**
 * The alert sender run at a chosen instant, for tests outside this package (the browser journey): the outbox stays
 * the module's own, and no test waits for the sender's schedule.
 */
public final class AlertSenderForTests {

    private AlertSenderForTests() {
    }

    /** Sends what is due at {@code now} (AlertOutbox.sendDue); the number of mails handed to SMTP. */
    public static int sendDue(ApplicationContext application, Instant now) {
        return application.getBean(AlertOutbox.class).sendDue(now);
    }
}
