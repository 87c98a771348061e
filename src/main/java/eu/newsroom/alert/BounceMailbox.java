package eu.newsroom.alert;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.List;
import java.util.Properties;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the bounces that arrive later by mail: every {@code poll-interval} the configured mailbox (IMAP) is read for
 * delivery status notifications (RFC 3464, {@link DeliveryStatusReport}); a permanent failure (status 5.x.x) for an
 * alert reader's address pauses that reader's alerts, as a hard bounce at sending does, and the reader's
 * /me/alerts says so with the report's words. A message read is flagged seen and deleted, whatever it was (an
 * out-of-office answer, a delay notice): the mailbox serves this alone. A lock row (ShedLock) makes one node read.
 */
@Component
@ConditionalOnProperty(prefix = "newsroom.alerts.bounce-mailbox", name = "host")
class BounceMailbox {

    private static final Logger log = LoggerFactory.getLogger(BounceMailbox.class);

    private final BounceMailboxProperties properties;
    private final AlertBounces bounces;

    BounceMailbox(BounceMailboxProperties properties, AlertBounces bounces) {
        this.properties = properties;
        this.bounces = bounces;
    }

    @Scheduled(fixedDelayString = "${newsroom.alerts.bounce-mailbox.poll-interval:5m}", initialDelayString = "PT1M")
    @SchedulerLock(name = "alert-bounce-mailbox", lockAtMostFor = "PT10M")
    void poll() {
        try {
            int paused = read();
            if (paused > 0) {
                log.info("Bounces by mail paused {} alert(s)", paused);
            }
        } catch (MessagingException e) {
            log.warn("Bounce mailbox {} could not be read: {}", properties.host(), e.getMessage());
        }
    }

    /** Reads the unread messages once; answers how many alerts they paused. */
    int read() throws MessagingException {
        Properties session = new Properties();
        session.putAll(properties.properties());
        Store store = Session.getInstance(session).getStore(properties.protocol());
        store.connect(properties.host(), properties.port() == null ? -1 : properties.port(), properties.username(),
                properties.password());
        try {
            Folder folder = store.getFolder(properties.folder());
            folder.open(Folder.READ_WRITE);
            int paused = 0;
            try {
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    paused += pauseFor(message);
                    message.setFlag(Flags.Flag.SEEN, true);
                    message.setFlag(Flags.Flag.DELETED, true);
                }
            } finally {
                folder.close(true);
            }
            return paused;
        } finally {
            store.close();
        }
    }

    private int pauseFor(Message message) throws MessagingException {
        List<DeliveryStatusReport.PermanentFailure> failures;
        try {
            failures = DeliveryStatusReport.permanentFailures(message);
        } catch (IOException | MessagingException e) {
            log.warn("Bounce mailbox: a message could not be read ({}); it is dropped", e.getMessage());
            return 0;
        }
        int paused = 0;
        for (var failure : failures) {
            paused += bounces.pause(failure.address(), failure.detail());
        }
        return paused;
    }
}
