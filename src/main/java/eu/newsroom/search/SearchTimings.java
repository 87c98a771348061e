package eu.newsroom.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * How long each phase of a search takes (issue 22), as the timer {@code newsroom.search.phase} tagged with the phase,
 * with its 50th, 95th and 99th percentiles: counts and totals at {@code /actuator/metrics/newsroom.search.phase?tag=
 * phase:window}, percentiles at {@code /actuator/metrics/newsroom.search.phase.percentile?tag=phase:window&tag=
 * phi:0.95}, for chief editors; read by bench/run.sh. The window phase is one index query of the app, exactly as the
 * reader's words became it (translations, compounds, dates, visibility): a search runs one, or two to four (a
 * correction, a phrase as words, a relaxation), each recorded on its own. So its time beside the whole search's says
 * what the rest of a search costs; the raw Lucene baseline asks that same query of a searcher of its own
 * ({@link WindowQueryExport}).
 */
@Component
class SearchTimings {

    static final String TIMER = "newsroom.search.phase";

    /** The phases of {@link SearchService}, in the order a search runs them. */
    enum Phase {
        /** A window of best hits from the index: the first, and again for a correction, a phrase fallback or a relaxation. */
        WINDOW,
        /**
         * "Did you mean": the suggestion and the count of its hits; for a query that found nothing, the corrected
         * window itself (timed as a window too), which is asked instead of a count: it is the page shown.
         */
        CORRECTION,
        /** What the window's hits show, from the database. */
        ROWS,
        /** The ordering clauses scored for the window's hits. */
        BONUS,
        /** The highlighted snippets of the page. */
        SNIPPETS,
        /** The whole search, from the reader's words to the page. */
        SEARCH;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Map<Phase, Timer> timers = new EnumMap<>(Phase.class);

    SearchTimings(MeterRegistry registry) {
        for (Phase phase : Phase.values()) {
            timers.put(phase, Timer.builder(TIMER).tag("phase", phase.tag())
                    .description("Time of a phase of a search").publishPercentiles(0.5, 0.95, 0.99)
                    .register(registry));
        }
    }

    <T> T time(Phase phase, Supplier<T> work) {
        return timers.get(phase).record(work);
    }

    /** How many times a phase ran since start. */
    long count(Phase phase) {
        return timers.get(phase).count();
    }
}
