package eu.newsroom.alert;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Alerts' settings ({@code newsroom.alerts.*}). {@code signingKey} signs the links in mails (unsubscribe, confirm):
 * set it in a deployment (32+ random characters, the same on every node); without it a key is made at start and
 * links in mails sent before a restart stop working. The sender looks for due mails every {@code sendInterval};
 * a failed mail is tried again after {@code firstRetry}, doubling up to {@code longestRetry}; after
 * {@code maxAttempts} failures the alert pauses and its page says why. Every {@code matchingRetryInterval} a match
 * not completed {@code matchingRetryAfter} after its publication (its listener failed, or the process stopped before
 * it ran) is run again from the event publication registry.
 */
@ConfigurationProperties("newsroom.alerts")
record AlertProperties(@DefaultValue("") String signingKey,
        @DefaultValue("newsroom@localhost") String from,
        @DefaultValue("10s") Duration sendInterval,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("2h") Duration longestRetry,
        @DefaultValue("12") int maxAttempts,
        @DefaultValue("500") int batchSize,
        @DefaultValue("50") int maxPerReader,
        @DefaultValue("1m") Duration matchingRetryInterval,
        @DefaultValue("1m") Duration matchingRetryAfter) {
}
