package eu.newsroom.alert;

import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: the due rows of alerts that still mail, one mail per alert with all its due items (an
 * immediate alert's items of the last moments, a digest's of the day). A row is marked sent only once the SMTP
 * server has taken the mail, so a crash in between sends it again (at least once); its key (alert, item) keeps it
 * from being matched twice. An item withdrawn before its mail went is dropped. A failure is tried again later,
 * backing off; an unreachable server (an outage) ends the round and pauses nothing, while an alert whose mails
 * keep failing is paused after {@link AlertProperties#maxAttempts()} tries and its page says so.
 */
@Component
class AlertOutbox {

    private static final Logger log = LoggerFactory.getLogger(AlertOutbox.class);

    private record Due(long id, long alertId, long briefingId, Instant embargoUntil, int attempts) {
    }

    private record Recipient(String email, String label, String locale, String kind, String cadence) {
    }

    private final JdbcClient jdbc;
    private final AlertMails mails;
    private final ObjectProvider<JavaMailSender> sender;
    private final AlertProperties properties;
    /** Each round is a transaction of its own: its rows stay locked while their mails are sent. */
    private final TransactionTemplate transaction;

    AlertOutbox(JdbcClient jdbc, AlertMails mails, ObjectProvider<JavaMailSender> sender, AlertProperties properties,
            TransactionTemplate transaction) {
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.mails = mails;
        this.sender = sender;
        this.properties = properties;
    }

    /** One round: how many due rows it took (at most the batch size) and how many items went out. */
    record Round(int taken, int sent) {
    }

    /**
     * Sends one batch of what is due at {@code now}; rows another node is sending are skipped. {@link AlertSender}
     * runs rounds until one takes less than a batch.
     */
    private Round sendRound(Instant now) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return new Round(0, 0);
        }
        var at = now.atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                update alert_delivery d set state = 'DROPPED', last_error = 'not published when due'
                from briefing b where b.id = d.briefing_id and d.state = 'PENDING' and d.due_at <= :now
                  and b.status <> 'PUBLISHED'""").param("now", at).update();
        List<Due> due = jdbc.sql("""
                select d.id, d.alert_id, d.briefing_id, d.embargo_until, d.attempts from alert_delivery d
                join alert a on a.id = d.alert_id and a.paused is null
                where d.state = 'PENDING' and d.due_at <= :now
                order by d.alert_id, d.id limit :batch for update of d skip locked""")
                .param("now", at).param("batch", properties.batchSize())
                .query(AlertOutbox::due).list();
        Map<Long, List<Due>> byAlert = new LinkedHashMap<>();
        due.forEach(d -> byAlert.computeIfAbsent(d.alertId(), k -> new ArrayList<>()).add(d));
        Map<MimeMessage, List<Due>> mails = new LinkedHashMap<>();
        for (var alert : byAlert.entrySet()) {
            try {
                mails.put(mail(smtp, alert.getKey(), alert.getValue()), alert.getValue());
            } catch (jakarta.mail.MessagingException | RuntimeException e) {
                log.warn("Alert {} mail could not be written: {}", alert.getKey(), e.getMessage());
                failed(alert.getValue(), now, e, true);
            }
        }
        return new Round(due.size(), send(smtp, mails, now));
    }

    /**
     * Hands the round's mails to the SMTP server over one connection; marks the taken ones sent and the refused
     * ones failed. A server that cannot be reached refuses them all, and that pauses no alert.
     */
    private int send(JavaMailSender smtp, Map<MimeMessage, List<Due>> mails, Instant now) {
        if (mails.isEmpty()) {
            return 0;
        }
        Map<Object, Exception> refused = Map.of();
        boolean outage = false;
        try {
            smtp.send(mails.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            refused = e.getFailedMessages();
            outage = unreachable(e) || refused.values().stream().anyMatch(AlertOutbox::unreachable);
            if (refused.isEmpty()) {
                refused = new LinkedHashMap<>();
                for (MimeMessage mail : mails.keySet()) {
                    refused.put(mail, e);
                }
            }
        } catch (MailException e) {
            outage = unreachable(e);
            refused = new LinkedHashMap<>();
            for (MimeMessage mail : mails.keySet()) {
                refused.put(mail, e);
            }
        }
        if (outage) {
            log.warn("SMTP server unreachable, {} alert mail(s) wait", mails.size());
        }
        List<Due> sent = new ArrayList<>();
        for (var mail : mails.entrySet()) {
            Exception failure = refused.get(mail.getKey());
            if (failure == null) {
                sent.addAll(mail.getValue());
            } else {
                failed(mail.getValue(), now, failure, !outage);
            }
        }
        markSent(sent, now);
        return sent.size();
    }

    /** What one alert's mail says, to whom, in which language. */
    private record Draft(Recipient to, Locale locale, AlertMails.Contents contents) {
    }

    private MimeMessage mail(JavaMailSender smtp, long alertId, List<Due> rows) throws jakarta.mail.MessagingException {
        Draft draft = draft(alertId, rows);
        MimeMessage mail = smtp.createMimeMessage();
        mails.writeAlert(mail, draft.to().email(), draft.contents(), draft.to().label(), draft.locale());
        return mail;
    }

    /**
     * The next mail of an alert, as its plain-text part, from what waits for it in the outbox (withdrawn items left
     * out); empty when nothing waits. The alert's page shows it.
     */
    Optional<String> preview(long alertId) {
        List<Due> rows = jdbc.sql("""
                select d.id, d.alert_id, d.briefing_id, d.embargo_until, d.attempts from alert_delivery d
                join briefing b on b.id = d.briefing_id and b.status = 'PUBLISHED'
                where d.alert_id = ? and d.state = 'PENDING' order by d.id""")
                .param(alertId).query(AlertOutbox::due).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Draft draft = draft(alertId, rows);
        return Optional.of(mails.text(draft.contents(), draft.to().label(), draft.locale()));
    }

    private static Due due(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                Optional.ofNullable(rs.getTimestamp(4)).map(Timestamp::toInstant).orElse(null), rs.getInt(5));
    }

    private Draft draft(long alertId, List<Due> rows) {
        Recipient to = jdbc.sql("""
                select ad.email, a.label, a.locale, a.kind, a.cadence from alert a
                left join alert_address ad on ad.account_id = a.account_id where a.id = ?""")
                .param(alertId).query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).single();
        Locale locale = Locale.forLanguageTag(to.locale());
        Map<Long, Instant> embargoes = new LinkedHashMap<>();
        rows.forEach(r -> embargoes.put(r.briefingId(), r.embargoUntil()));
        List<AlertMails.Item> items = jdbc.sql("""
                select b.id, b.slug, b.kind, b.event_date, b.title, b.body,
                       (select p.text from briefing_point p where p.briefing_id = b.id order by p.position limit 1) as point
                from briefing b where b.id in (:ids) order by b.published_at desc, b.id""")
                .param("ids", embargoes.keySet())
                .query((rs, n) -> new AlertMails.Item(
                        "kind." + rs.getString("kind").toLowerCase(Locale.ROOT).replace('_', '-'),
                        rs.getDate("event_date").toLocalDate(), rs.getString("title"),
                        Snippet.of(rs.getString("point"), rs.getString("body")),
                        mails.briefingUrl(rs.getString("slug")),
                        mails.embargoMark(embargoes.get(rs.getLong("id")), locale)))
                .list();
        return new Draft(to, locale, new AlertMails.Contents(reason(to, locale), items, mails.manageUrl(),
                mails.unsubscribeUrl(alertId), "DAILY".equals(to.cadence())));
    }

    private String reason(Recipient to, Locale locale) {
        return mails.message("alert.reason." + to.kind(), locale, to.label());
    }

    /** Sends everything due at {@code now}, round after round; answers how many items went out. */
    public int sendDue(Instant now) {
        int sent = 0;
        Round round;
        do {
            round = transaction.execute(t -> sendRound(now));
            sent += round.sent();
        } while (round.taken() == properties.batchSize() && round.sent() > 0);
        return sent;
    }

    private void markSent(List<Due> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("update alert_delivery set state = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = null"
                        + " where id in (:ids)")
                .param("now", now.atOffset(ZoneOffset.UTC)).param("ids", rows.stream().map(Due::id).toList()).update();
    }

    /** The next try after 1, 2, 4 … times the first wait, at most the longest; a failing alert pauses at the limit. */
    private void failed(List<Due> rows, Instant now, Exception e, boolean countsAgainstAlert) {
        int attempts = rows.stream().mapToInt(Due::attempts).max().orElse(0) + 1;
        Duration wait = properties.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 20));
        if (wait.compareTo(properties.longestRetry()) > 0) {
            wait = properties.longestRetry();
        }
        String error = String.valueOf(e.getMessage());
        jdbc.sql("update alert_delivery set attempts = attempts + 1, due_at = :due, last_error = :error where id in (:ids)")
                .param("due", now.plus(wait).atOffset(ZoneOffset.UTC))
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .param("ids", rows.stream().map(Due::id).toList()).update();
        if (countsAgainstAlert && (attempts >= properties.maxAttempts() || hardBounce(e))) {
            jdbc.sql("update alert set paused = 'DELIVERY_FAILED', version = version + 1 where id = ?")
                    .param(rows.get(0).alertId()).update();
        }
    }

    /**
     * The server refused the recipient for good (a 5xx answer to RCPT TO: no such mailbox): trying again cannot help,
     * so the alert pauses at once and its page says so. Bounces that arrive later by mail are not read.
     */
    static boolean hardBounce(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.mail.SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
            if (cause instanceof jakarta.mail.MessagingException m && m.getNextException() != null
                    && m.getNextException() != cause && hardBounce(m.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause.getClass().getSimpleName().equals("MailConnectException")) {
                return true;
            }
            if (cause instanceof jakarta.mail.MessagingException m && m.getNextException() != null
                    && m.getNextException() != cause && unreachable(m.getNextException())) {
                return true;
            }
        }
        return false;
    }
}
