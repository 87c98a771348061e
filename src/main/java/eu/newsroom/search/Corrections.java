package eu.newsroom.search;

import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The "did you mean" policy: a query word that no public item contains, corrected to the closest known word
 * ({@link Suggester}); the correction is offered when it finds clearly more than the query, and its results are shown
 * instead when the query found nothing or the correction finds far more. The corrected query is only counted (up to
 * the window) unless it is shown.
 */
@Component
class Corrections {

    /** With fewer hits than this any correction that finds more is offered; with more, one that finds over twice as many. */
    private static final int FEW_HITS = 3;

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

    /** The correction of a query that found {@code found} hits, counted through the search's own queries. */
    Correction of(IndexQueries.Request queries, String text, boolean structured, long found) {
        String suggestion = text.isEmpty() ? null : suggester.suggest(text, clock.instant());
        if (suggestion == null) {
            return Correction.NONE;
        }
        long correctedTotal = queries.count(suggestion, structured);
        if (correctedTotal <= found || found >= FEW_HITS && correctedTotal <= 2 * found) {
            return Correction.NONE;
        }
        return new Correction(suggestion, found == 0 || correctedTotal > 3 * found);
    }
}
