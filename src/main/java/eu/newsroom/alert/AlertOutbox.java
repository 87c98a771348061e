package eu.newsroom.alert;

import eu.newsroom.shared.LanguageTags;
import eu.newsroom.visibility.Visibility;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
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
 * keep failing is paused after {@link AlertProperties#maxAttempts()} tries, and one whose address the server refuses
 * for good (a hard bounce) at once; its page says so. A corrected item goes as often as it is corrected (the row's
 * correction), marked, in one entry however many of its corrections wait.
 */
@Component
class AlertOutbox {

    private static final Logger log = LoggerFactory.getLogger(AlertOutbox.class);

    /**
     * One outbox row; {@code correction} is the correction it mails, null for the item's first mail; {@code change}
     * the followed commitment's change it mails (a step of its history), null for other rows.
     */
    private record Due(long id, long alertId, long briefingId, Instant embargoUntil, int attempts, Instant correction,
            Long change) {
    }

    private record Recipient(String email, String label, String locale, String kind, String cadence, Long targetId) {
    }

    private static final String DUE_COLUMNS = "d.id, d.alert_id, d.briefing_id, d.embargo_until, d.attempts,"
            + " nullif(d.correction, '-infinity'::timestamptz), d.commitment_change_id";

    private final JdbcClient jdbc;
    private final AlertMails mails;
    private final ObjectProvider<JavaMailSender> sender;
    private final AlertProperties properties;
    /** Each round is a transaction of its own: its rows stay locked while their mails are sent. */
    private final TransactionTemplate transaction;
    private final Clock clock;

    AlertOutbox(JdbcClient jdbc, AlertMails mails, ObjectProvider<JavaMailSender> sender, AlertProperties properties,
            TransactionTemplate transaction, Clock clock) {
        this.transaction = transaction;
        this.clock = clock;
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
                select %s from alert_delivery d
                join alert a on a.id = d.alert_id and a.paused is null
                where d.state = 'PENDING' and d.due_at <= :now
                order by d.alert_id, d.id limit :batch for update of d skip locked""".formatted(DUE_COLUMNS))
                .param("now", at).param("batch", properties.batchSize())
                .query(AlertOutbox::due).list();
        Map<Long, List<Due>> byAlert = new LinkedHashMap<>();
        due.forEach(d -> byAlert.computeIfAbsent(d.alertId(), k -> new ArrayList<>()).add(d));
        Map<MimeMessage, List<Due>> mails = new LinkedHashMap<>();
        for (var alert : byAlert.entrySet()) {
            try {
                mails.put(mail(smtp, alert.getKey(), alert.getValue(), now), alert.getValue());
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

    private MimeMessage mail(JavaMailSender smtp, long alertId, List<Due> rows, Instant now)
            throws jakarta.mail.MessagingException {
        Draft draft = draft(alertId, rows, now);
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
                select %s from alert_delivery d
                join briefing b on b.id = d.briefing_id and b.status = 'PUBLISHED'
                where d.alert_id = ? and d.state = 'PENDING' order by d.id""".formatted(DUE_COLUMNS))
                .param(alertId).query(AlertOutbox::due).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Draft draft = draft(alertId, rows, clock.instant());
        return Optional.of(mails.text(draft.contents(), draft.to().label(), draft.locale()));
    }

    private static Due due(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                Optional.ofNullable(rs.getTimestamp(4)).map(Timestamp::toInstant).orElse(null), rs.getInt(5),
                Optional.ofNullable(rs.getTimestamp(6)).map(Timestamp::toInstant).orElse(null), (Long) rs.getObject(7));
    }

    private Draft draft(long alertId, List<Due> rows, Instant now) {
        Recipient to = jdbc.sql("""
                select ad.email, a.label, a.locale, a.kind, a.cadence, a.target_id from alert a
                left join alert_address ad on ad.account_id = a.account_id where a.id = ?""")
                .param(alertId).query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), (Long) rs.getObject(6))).single();
        Locale locale = Locale.forLanguageTag(to.locale());
        Map<Long, Instant> embargoes = new LinkedHashMap<>();
        rows.forEach(r -> embargoes.put(r.briefingId(), r.embargoUntil()));
        Map<Long, Instant> corrections = corrections(rows);
        Map<Long, Long> changes = new LinkedHashMap<>();
        rows.stream().filter(r -> r.change() != null).forEach(r -> changes.merge(r.briefingId(), r.change(), Math::max));
        List<AlertMails.Item> items = new ArrayList<>();
        versionsByGroup(embargoes.keySet(), now).forEach(group -> items.add(entry(group, embargoes, corrections,
                changes, to, locale)));
        return new Draft(to, locale, new AlertMails.Contents(reason(to, locale), items, mails.manageUrl(),
                mails.unsubscribeUrl(alertId), "DAILY".equals(to.cadence())));
    }

    /** One language version of an item: {@code matched} when this mail has a row of its own for it. */
    private record Version(long id, String slug, String kind, LocalDate date, String title, String snippet,
            String lang, boolean matched) {
    }

    private static final String VERSIONS = """
            select b.id, b.slug, b.kind, b.event_date, b.title, b.body, b.lang, b.translation_group, b.id in (:ids),
                   (select p.text from briefing_point p where p.briefing_id = b.id order by p.position limit 1) as point
            from briefing b
            where b.id in (:ids)
               or (b.translation_group in (select g.translation_group from briefing g where g.id in (:ids)) and %s)
            order by b.published_at desc, b.id""".formatted(Visibility.briefingSql("b"));

    /**
     * The mail's items with their language versions, one group per translation group: the versions it has rows for,
     * and the group's other versions public to every reader at {@code now} (none under embargo that the reader was not
     * matched for), newest group first.
     */
    private Collection<List<Version>> versionsByGroup(Collection<Long> ids, Instant now) {
        Map<String, List<Version>> groups = new LinkedHashMap<>();
        jdbc.sql(VERSIONS).param("ids", ids).param("now", now.atOffset(ZoneOffset.UTC)).query(rs -> {
            groups.computeIfAbsent(rs.getString("translation_group"), g -> new ArrayList<>()).add(new Version(
                    rs.getLong("id"), rs.getString("slug"), rs.getString("kind"), rs.getDate("event_date").toLocalDate(),
                    rs.getString("title"), Snippet.of(rs.getString("point"), rs.getString("body")), rs.getString("lang"),
                    rs.getBoolean(9)));
        });
        groups.values().removeIf(group -> group.stream().noneMatch(Version::matched));
        return groups.values();
    }

    /**
     * One entry for an item in all its languages: the version in the reader's language when there is one, else the
     * first matched, with "also in" the others. Its marks are those of the matched versions: under embargo only when
     * the version shown is (one public to everyone is not); corrected only when every matched version comes as a
     * correction (an item new in this mail is not marked).
     */
    private AlertMails.Item entry(List<Version> group, Map<Long, Instant> embargoes, Map<Long, Instant> corrections,
            Map<Long, Long> changes, Recipient to, Locale locale) {
        List<Version> matched = group.stream().filter(Version::matched).toList();
        Version shown = group.stream()
                .filter(v -> Locale.forLanguageTag(v.lang()).getLanguage().equals(locale.getLanguage()))
                .min(Comparator.comparing(v -> !v.matched()))
                .orElse(matched.get(0));
        Instant correction = matched.stream().allMatch(v -> corrections.containsKey(v.id()))
                ? matched.stream().map(v -> corrections.get(v.id())).max(Instant::compareTo).orElse(null) : null;
        String why = Stream.concat(Stream.of(shown).filter(Version::matched), matched.stream())
                .map(v -> why(to, v.id(), changes.get(v.id()), locale)).filter(Objects::nonNull)
                .findFirst().orElse(null);
        List<AlertMails.Link> alsoIn = group.stream().filter(v -> v != shown)
                .sorted(Comparator.comparing(Version::lang))
                .map(v -> new AlertMails.Link(LanguageTags.displayName(v.lang(), locale), mails.briefingUrl(v.slug())))
                .toList();
        return new AlertMails.Item("kind." + shown.kind().toLowerCase(Locale.ROOT).replace('_', '-'), shown.date(),
                shown.title(), shown.snippet(), mails.briefingUrl(shown.slug()),
                mails.embargoMark(shown.matched() ? embargoes.get(shown.id()) : null, locale),
                mails.correctionMark(correction, locale), why, alsoIn);
    }

    /**
     * The items mailed as corrections, with the latest correction of each: an item whose first mail goes in the
     * same mail is not (the reader has not seen it before), and several corrections of one item make one entry.
     */
    private static Map<Long, Instant> corrections(List<Due> rows) {
        Map<Long, Instant> corrections = new LinkedHashMap<>();
        rows.stream().filter(r -> r.correction() != null).forEach(r -> corrections.merge(r.briefingId(), r.correction(),
                (a, b) -> a.isAfter(b) ? a : b));
        // a commitment's change is no first mail: the item it came through may well have reached the reader before
        rows.stream().filter(r -> r.correction() == null && r.change() == null)
                .forEach(r -> corrections.remove(r.briefingId()));
        return corrections;
    }

    /**
     * Why an item came to a commitment's follower: it changes the commitment (the change this mail carries, else the
     * latest step of its history the item is the source of: the status and amount now, and before when they differ),
     * or it reports it. Nothing more for other alerts: the reason at the top of the mail says it.
     */
    private String why(Recipient to, long briefingId, Long change, Locale locale) {
        if (!"COMMITMENT".equals(to.kind()) || to.targetId() == null) {
            return null;
        }
        return jdbc.sql("""
                select c.status, c.amount, c.currency, p.status, p.amount, p.currency from commitment_change c
                left join lateral (select status, amount, currency from commitment_change p
                    where p.commitment_id = c.commitment_id and (p.effective_on, p.id) < (c.effective_on, c.id)
                    order by p.effective_on desc, p.id desc limit 1) p on true
                where c.commitment_id = :commitment and %s
                order by c.effective_on desc, c.id desc limit 1""".formatted(
                        change == null ? "c.source_briefing_id = :briefing" : "c.id = :change"))
                .param("commitment", to.targetId()).param("briefing", briefingId)
                .param("change", change == null ? 0L : change)
                .query((rs, n) -> mails.commitmentChange(
                        new AlertMails.CommitmentState(rs.getString(1), rs.getBigDecimal(2), rs.getString(3)),
                        rs.getString(4) == null ? null
                                : new AlertMails.CommitmentState(rs.getString(4), rs.getBigDecimal(5), rs.getString(6)),
                        locale))
                .optional().orElseGet(() -> mails.message("alert.why.commitmentReported", locale));
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

    /**
     * The next try after 1, 2, 4 … times the first wait, at most the longest. An alert pauses when its mails have
     * failed {@link AlertProperties#maxAttempts()} times, or at once on a hard bounce (no retries: trying again
     * cannot help); either way the server's last answer is kept on the alert, and /me/alerts shows it with a way to
     * resume.
     */
    private void failed(List<Due> rows, Instant now, Exception e, boolean countsAgainstAlert) {
        int attempts = rows.stream().mapToInt(Due::attempts).max().orElse(0) + 1;
        Duration wait = properties.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 20));
        if (wait.compareTo(properties.longestRetry()) > 0) {
            wait = properties.longestRetry();
        }
        Optional<String> refusal = permanentRefusal(e);
        String error = clip(refusal.orElse(String.valueOf(e.getMessage())));
        jdbc.sql("update alert_delivery set attempts = attempts + 1, due_at = :due, last_error = :error where id in (:ids)")
                .param("due", now.plus(wait).atOffset(ZoneOffset.UTC))
                .param("error", error)
                .param("ids", rows.stream().map(Due::id).toList()).update();
        if (!countsAgainstAlert) {
            return;
        }
        Alert.Pause pause = refusal.isPresent() ? Alert.Pause.BOUNCED
                : attempts >= properties.maxAttempts() ? Alert.Pause.DELIVERY_FAILED : null;
        if (pause != null) {
            jdbc.sql("update alert set paused = :pause, paused_detail = :detail, version = version + 1 where id = :id")
                    .param("pause", pause.name()).param("detail", error).param("id", rows.get(0).alertId()).update();
            log.warn("Alert {} paused ({}): {}", rows.get(0).alertId(), pause, error);
        }
    }

    private static String clip(String error) {
        String line = error.strip();
        return line.length() > 500 ? line.substring(0, 500) : line;
    }

    /** Whether the server refused the mail's recipient for good (see {@link #permanentRefusal}). */
    static boolean hardBounce(Throwable e) {
        return permanentRefusal(e).isPresent();
    }

    /**
     * The server's answer when it refused the recipient or the mail for good: a 5xx answer to RCPT TO (no such
     * mailbox) or to DATA and the end of the data (the mail refused for this recipient). Trying again cannot help,
     * so the alert pauses at once. A 5xx answer to MAIL FROM is the newsroom's sender refused, not the reader's
     * address; a 4xx answer is temporary; an unreachable server is an outage: none of them is a hard bounce.
     * Bounces that arrive later by mail are not read.
     */
    static Optional<String> permanentRefusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPAddressFailedException rcpt) {
                // 552 to RCPT TO is "mailbox full", which RFC 5321 says to treat as temporary (452)
                if (rcpt.getReturnCode() >= 500 && rcpt.getReturnCode() != 552) {
                    return Optional.of(answer(rcpt));
                }
            } else if (cause instanceof SMTPSendFailedException sent) {
                String command = String.valueOf(sent.getCommand()).toUpperCase(Locale.ROOT);
                if (sent.getReturnCode() >= 500 && (command.startsWith("DATA") || command.equals(".")
                        || command.startsWith("RCPT"))) {
                    return Optional.of(answer(sent));
                }
            }
            if (cause instanceof jakarta.mail.MessagingException m && m.getNextException() != null
                    && m.getNextException() != cause) {
                Optional<String> next = permanentRefusal(m.getNextException());
                if (next.isPresent()) {
                    return next;
                }
            }
            if (cause instanceof jakarta.mail.SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return Optional.of(String.valueOf(refused.getMessage()));
            }
        }
        return Optional.empty();
    }

    private static String answer(jakarta.mail.MessagingException refusal) {
        return String.valueOf(refusal.getMessage()).strip();
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
