package eu.newsroom.alert;

import eu.newsroom.briefing.BriefingBecamePublic;
import eu.newsroom.briefing.BriefingCorrected;
import eu.newsroom.briefing.BriefingPublishedUnderEmbargo;
import eu.newsroom.commitment.CommitmentChanged;
import eu.newsroom.search.PublicSearch;
import eu.newsroom.visibility.Visibility;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Matches a published item against the alerts once its publication has committed, and writes what matched to the
 * outbox (alert_delivery) in a transaction of its own: a publication that rolls back mails nothing, and the sender
 * never waits on the desk's transaction. An item under embargo is matched for accredited readers only, marked with
 * its embargo; the end of the embargo matches it for everyone, and the outbox's key keeps an alert from getting an
 * item twice. Only alerts of readers whose address is confirmed and whose account is not locked match.
 * <p>
 * The listeners are registered with Spring Modulith's event publication registry (every after-commit listener is):
 * each event is stored with them in the publishing transaction and marked complete once the listener's own
 * transaction has committed, so a match that failed or was lost is run again ({@link AlertMatchingRetry}); the
 * outbox's key makes running it twice harmless. They stay synchronous, not {@code @ApplicationModuleListener}s
 * (which run on another thread): the outbox rows exist when the publishing call returns, which the preview and the
 * tests rely on. A stored publication names its listener by class and method: renaming one leaves the publications
 * still stored for the old name unfinished (the retry logs them as listeners not found).
 */
@Component
class AlertMatching {

    private static final Logger log = LoggerFactory.getLogger(AlertMatching.class);

    /**
     * The actors, topics, initiatives and commitments a briefing is about: its institution and speaker, its
     * statements' speakers, its own and its statements' topics and initiatives, the commitments it or its statements
     * report, and those whose amount or status it changes (a step of their history it is the source of: a change
     * kept for its publication is applied in the transaction that makes it public, before this runs).
     */
    private static final String FOLLOWED = """
            with followed (kind, target_id) as (
                select 'ACTOR', institution_id from briefing where id = :briefing and institution_id is not null
                union select 'ACTOR', speaker_id from briefing where id = :briefing and speaker_id is not null
                union select 'ACTOR', speaker_id from statement where briefing_id = :briefing
                union select 'TOPIC', topic_id from briefing_topic where briefing_id = :briefing
                union select 'TOPIC', st.topic_id from statement_topic st join statement s on s.id = st.statement_id
                    where s.briefing_id = :briefing
                union select 'INITIATIVE', initiative_id from briefing_initiative where briefing_id = :briefing
                union select 'INITIATIVE', si.initiative_id from statement_initiative si
                    join statement s on s.id = si.statement_id where s.briefing_id = :briefing
                union select 'COMMITMENT', commitment_id from briefing_commitment where briefing_id = :briefing
                union select 'COMMITMENT', sc.commitment_id from statement_commitment sc
                    join statement s on s.id = sc.statement_id where s.briefing_id = :briefing
                union select 'COMMITMENT', commitment_id from commitment_change where source_briefing_id = :briefing)
            """;

    /** An immediate alert's mail is due now; a digest's at the reader's next hour, Brussels time. */
    private static final String DUE = """
            case when a.cadence = 'IMMEDIATE' then :now else (
                select min(t) from (select (date_trunc('day', cast(:now as timestamptz) at time zone 'Europe/Brussels')
                        + make_interval(days => d, hours => a.digest_hour)) at time zone 'Europe/Brussels' as t
                    from (values (0), (1)) days (d)) next where t > :now) end""";

    /** An item's first mail; it carries the item's translation group, which an alert has once (V25). */
    private static final String INSERT = """
            insert into alert_delivery (alert_id, briefing_id, embargo_until, matched_at, due_at, translation_group)
            select a.id, :briefing, :embargo, :now, %s, (select translation_group from briefing where id = :briefing)
            """.formatted(DUE);

    private static final String ELIGIBLE = """
            join alert_address ad on ad.account_id = a.account_id and ad.confirmed_at is not null
            join account acc on acc.id = a.account_id and not acc.locked and acc.role in (:roles)
            where a.paused is null
              and exists (select 1 from briefing b where b.id = :briefing and b.status = 'PUBLISHED')
            """;

    /** An alert made before the item became public to everyone (any, while it is under embargo). */
    private static final String FOLLOWING_BEFORE_IT_WAS_PUBLIC =
            " and a.created_at <= (select coalesce(b.became_public_at, :now) from briefing b where b.id = :briefing)";

    /**
     * The outbox's keys: an item once per alert, each correction of it once (V18), each commitment change once (V22),
     * and an item's first mail once per alert and translation group (V25): a row that meets either is not written.
     */
    private static final String ONCE = " on conflict do nothing";

    /**
     * A followed commitment's change, under the item it came through, for the followers of the commitment, once the
     * item is public to every reader: a change through a draft or an item under embargo waits for the item's
     * publication (kept for it, then applied and announced in the transaction that makes the item public).
     */
    private static final String CHANGE = """
            insert into alert_delivery (alert_id, briefing_id, matched_at, due_at, commitment_change_id)
            select a.id, b.id, :now, %s, cc.id
            from commitment_change cc join briefing b on b.id = cc.source_briefing_id and %s
            join alert a on a.kind = 'COMMITMENT' and a.target_id = cc.commitment_id
            join alert_address ad on ad.account_id = a.account_id and ad.confirmed_at is not null
            join account acc on acc.id = a.account_id and not acc.locked and acc.role in (:roles)
            where a.paused is null and cc.commitment_id = :commitment and cc.effective_on = :on
              and cc.status = :status and cc.amount is not distinct from :amount
              and cc.currency is not distinct from :currency
            """.formatted(DUE, Visibility.briefingSql("b"));

    /**
     * A correction goes to the alerts that were mailed the item before it was corrected (a mail sent after the
     * correction already carried it), each correction once; alerts that now match only the corrected item get it
     * as new ({@link #matchNewlyMatching}).
     */
    private static final String CORRECTION = """
            insert into alert_delivery (alert_id, briefing_id, embargo_until, matched_at, due_at, correction)
            select a.id, :briefing, :embargo, :now, %s, b.corrected_at
            from alert a join briefing b on b.id = :briefing and b.status = 'PUBLISHED' and b.corrected_at is not null
            join alert_address ad on ad.account_id = a.account_id and ad.confirmed_at is not null
            join account acc on acc.id = a.account_id and not acc.locked and acc.role in (:roles)
            where a.paused is null
              and exists (select 1 from alert_delivery sent where sent.alert_id = a.id and sent.briefing_id = b.id
                          and sent.state = 'SENT' and sent.sent_at < b.corrected_at)
            """;

    private final JdbcClient jdbc;
    private final AlertRepository alerts;
    private final PublicSearch search;
    private final Readers readers;
    private final Clock clock;

    AlertMatching(JdbcClient jdbc, AlertRepository alerts, PublicSearch search, Readers readers, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.search = search;
        this.readers = readers;
    }

    // fallbackExecution: an event announced outside a transaction (a job's own step) is matched at once
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void becamePublic(BriefingBecamePublic event) {
        int matched = match(event.briefingId(), null, event.at(), event.at(), readers.all());
        // an item corrected while it was taken back, and published again: its earlier readers hear of the correction
        matched += matchCorrection(event.briefingId(), event.at());
        log.debug("Briefing {} public: {} alert mail(s) due", event.briefingId(), matched);
    }

    // fallbackExecution: an event announced outside a transaction is matched at once
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void corrected(BriefingCorrected event) {
        int matched = matchCorrection(event.briefingId(), event.correctedAt());
        matched += matchNewlyMatching(event.briefingId(), event.correctedAt());
        log.debug("Briefing {} corrected: {} alert mail(s) due", event.briefingId(), matched);
    }

    /**
     * The alerts a correction makes the item match for the first time (a followed search now finding its new words)
     * get it as a new item, unmarked: their readers never had it. Only alerts that were there when the item became
     * public, so matched it then and did not: a correction does not send an old item to an alert made since (whether
     * the words before the correction would have matched it is no longer known). The outbox's key keeps out every
     * alert that had the item, or has it waiting.
     */
    int matchNewlyMatching(long briefingId, Instant at) {
        Instant embargo = embargoAt(briefingId, at);
        return match(briefingId, embargo, at, embargo == null ? at : embargo,
                embargo == null ? readers.all() : readers.accredited(), FOLLOWING_BEFORE_IT_WAS_PUBLIC);
    }

    /**
     * Writes the outbox rows of an item's latest correction, keyed by it. Under embargo it goes to accredited
     * readers only, marked as the first mail was; no row for an item not published (a withdrawn one).
     */
    int matchCorrection(long briefingId, Instant at) {
        Instant embargo = embargoAt(briefingId, at);
        return jdbc.sql(CORRECTION.formatted(DUE) + ONCE)
                .param("briefing", briefingId)
                .param("embargo", embargo == null ? null : embargo.atOffset(ZoneOffset.UTC), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("now", at.atOffset(ZoneOffset.UTC))
                .param("roles", embargo == null ? readers.all() : readers.accredited()).update();
    }

    // fallbackExecution: an event announced outside a transaction is matched at once
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void commitmentChanged(CommitmentChanged event) {
        int matched = jdbc.sql(CHANGE + ONCE)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("roles", readers.all())
                .param("commitment", event.commitmentId()).param("on", event.effectiveOn())
                .param("status", event.status().name())
                .param("amount", event.amount(), java.sql.Types.NUMERIC)
                .param("currency", event.currency(), java.sql.Types.VARCHAR).update();
        log.debug("Commitment {} changed: {} alert mail(s) due", event.commitmentId(), matched);
    }

    // fallbackExecution: an event announced outside a transaction (a job's own step) is matched at once
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void publishedUnderEmbargo(BriefingPublishedUnderEmbargo event) {
        int matched = match(event.briefingId(), event.embargoUntil(), event.at(), event.embargoUntil(),
                readers.accredited());
        log.debug("Briefing {} under embargo: {} alert mail(s) due to accredited readers", event.briefingId(), matched);
    }

    /** The item's embargo if it still holds at that instant, else null. */
    private Instant embargoAt(long briefingId, Instant at) {
        return jdbc.sql("select embargo_until from briefing where id = ? and embargo_until > ?")
                .param(briefingId).param(at.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional().orElse(null);
    }

    /** Writes the outbox rows for one item; {@code visibleAt} is when the readers in question may see it. */
    int match(long briefingId, Instant embargo, Instant at, Instant visibleAt, List<String> roles) {
        return match(briefingId, embargo, at, visibleAt, roles, "");
    }

    /** The same, for the alerts that also meet {@code condition} (SQL on the alert {@code a}). */
    private int match(long briefingId, Instant embargo, Instant at, Instant visibleAt, List<String> roles,
            String condition) {
        var now = at.atOffset(ZoneOffset.UTC);
        var embargoUntil = embargo == null ? null : embargo.atOffset(ZoneOffset.UTC);
        int matched = jdbc.sql(FOLLOWED + INSERT + " from followed f join alert a on a.kind = f.kind and a.target_id = f.target_id "
                        + ELIGIBLE + condition + ONCE)
                .param("briefing", briefingId).param("embargo", embargoUntil, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("now", now).param("roles", roles).update();
        List<Long> searches = matchingSearches(briefingId, visibleAt);
        if (!searches.isEmpty()) {
            matched += jdbc.sql(INSERT + " from alert a " + ELIGIBLE + condition + " and a.id in (:alerts)" + ONCE)
                    .param("briefing", briefingId).param("embargo", embargoUntil, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                    .param("now", now).param("roles", roles).param("alerts", searches).update();
        }
        return matched;
    }

    /** Each distinct followed search runs once against the item, however many readers follow it. */
    private List<Long> matchingSearches(long briefingId, Instant visibleAt) {
        Map<PublicSearch.Query, List<Long>> bySearch = new LinkedHashMap<>();
        for (Alert alert : alerts.findByKindAndPausedIsNull(Alert.Kind.SEARCH)) {
            bySearch.computeIfAbsent(alert.search(), q -> new ArrayList<>()).add(alert.getId());
        }
        List<Long> matching = new ArrayList<>();
        bySearch.forEach((query, ids) -> {
            if (search.briefingMatches(query, briefingId, visibleAt)) {
                matching.addAll(ids);
            }
        });
        return matching;
    }
}
