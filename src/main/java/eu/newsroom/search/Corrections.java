package eu.newsroom.search;

import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The "did you mean" policy: a query word that no public item contains, corrected to the closest known word
 * ({@link Suggester}); the correction is offered when it finds clearly more than the query, and its results are shown
 * instead when the query found nothing or the correction finds far more. The corrected query is only counted unless it
 * is shown, and only as far as the decision needs ({@link Count}): a count of every hit of a common word was the
 * correction's whole cost.
 */
@Component
class Corrections {

    /** With fewer hits than this any correction that finds more is offered; with more, one that finds over twice as many. */
    private static final int FEW_HITS = 3;
    /** A correction that finds over this many times the query's hits is offered (with {@link #FEW_HITS} or more). */
    private static final int OFFERED = 2;
    /** A correction that finds over this many times the query's hits is shown instead. */
    private static final int SHOWN = 3;

    private final Suggester suggester;
    private final Clock clock;

    Corrections(Suggester suggester, Clock clock) {
        this.suggester = suggester;
        this.clock = clock;
    }

    /** What to do with a query's words: nothing, offer a correction, or show the correction's results. */
    record Correction(String suggestion, boolean shown) {

        static final Correction NONE = new Correction(null, false);
    }

    /**
     * How many hits a suggested query has, as far as the decision needs it: exactly when at most {@code limit}, else any
     * number above {@code limit} (up to the exact count), so that a counter may stop once it has passed the limit.
     */
    @FunctionalInterface
    interface Count {

        long upTo(String suggestion, long limit);
    }

    /** The correction of a query that found {@code found} hits, counted through the search's own queries. */
    Correction of(String text, long found, Count count) {
        String suggestion = text.isEmpty() ? null : suggester.suggest(text, clock.instant());
        if (suggestion == null) {
            return Correction.NONE;
        }
        // every comparison below is with at most SHOWN × found: a count exact up to there decides as the exact count
        long correctedTotal = count.upTo(suggestion, SHOWN * Math.max(0, found));
        if (correctedTotal <= found || found >= FEW_HITS && correctedTotal <= OFFERED * found) {
            return Correction.NONE;
        }
        return new Correction(suggestion, found == 0 || correctedTotal > SHOWN * found);
    }
}
