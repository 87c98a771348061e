package eu.newsroom.search;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.shared.CommittedChanges;
import eu.newsroom.visibility.Visibility;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The briefings a reader may not see at an instant (drafts, withdrawn, under embargo), from the database: every
 * search filters them out of the index's hits, so that an item is hidden the moment the database says so, whatever
 * the index holds. Reading them took a scan of the briefing table per search (about 10 ms at 100 000 briefings,
 * docs/benchmarks.md), so the answer for "now" is kept until it can change: a briefing's change committed on this
 * node, the next end of an embargo (the set only shrinks until then), or {@link #MAX_AGE} (a change committed on
 * another node in cluster mode; the shared index hides such an item already). Other instants (an accredited reader
 * sees up to the far future) are read from the database each time: few readers, and none of them cached.
 */
@Component
class HiddenBriefings extends CommittedChanges {

    static final Duration MAX_AGE = Duration.ofSeconds(5);

    private record Snapshot(Instant at, Instant validUntil, List<Long> ids) {

        boolean answers(Instant instant) {
            return !instant.isBefore(at) && instant.isBefore(validUntil);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Snapshot current;
    /** Counts committed changes, so that a read that overlapped one is not kept. */
    private final AtomicLong changes = new AtomicLong();

    HiddenBriefings(EntityManagerFactory entityManagerFactory, JdbcClient jdbc, Clock clock) {
        super(entityManagerFactory);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected void committed(Object entity) {
        if (entity instanceof Briefing) {
            changes.incrementAndGet();
            current = null;
        }
    }

    /** The ids of the briefings hidden from a reader whose embargoes are lifted up to this instant. */
    List<Long> at(Instant liftedUpTo) {
        Snapshot snapshot = current;
        if (snapshot != null && snapshot.answers(liftedUpTo)) {
            return snapshot.ids();
        }
        Instant now = clock.instant();
        if (liftedUpTo.isBefore(now.minus(MAX_AGE)) || liftedUpTo.isAfter(now.plus(MAX_AGE))) {
            return read(liftedUpTo); // not a reader of now: not kept
        }
        long changesBefore = changes.get();
        // read before the ids, so that an embargo ending between the two reads only shortens the snapshot's life
        Instant nextEmbargoEnd = jdbc.sql("select min(embargo_until) from briefing where status = 'PUBLISHED'"
                + " and embargo_until > :now").param("now", Timestamp.from(liftedUpTo))
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(Instant.MAX);
        List<Long> ids = read(liftedUpTo);
        Instant maxAge = liftedUpTo.plus(MAX_AGE);
        Snapshot fresh = new Snapshot(liftedUpTo, nextEmbargoEnd.isBefore(maxAge) ? nextEmbargoEnd : maxAge, ids);
        if (changes.get() == changesBefore) {
            current = fresh;
        }
        return ids;
    }

    private List<Long> read(Instant liftedUpTo) {
        return jdbc.sql("select id from briefing b where not " + Visibility.briefingSql("b"))
                .param(Visibility.PARAMETER, Timestamp.from(liftedUpTo)).query(Long.class).list();
    }
}
