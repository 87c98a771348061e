package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.NewsroomTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 22: each phase of a search is timed ({@link SearchTimings}), so that a search's time can be told apart from
 * the time of its own index query (the window) on a running portal and in bench/run.sh.
 */
@NewsroomTest
class SearchTimingsTest {

    @Autowired
    SearchService search;

    @Autowired
    MeterRegistry registry;

    @Test
    void aSearchRecordsEachPhaseItRan() {
        Map<SearchTimings.Phase, Long> before = counts();
        SearchPage page = search.search(SearchParams.of("support Ukraine", null, null, null, null, null, 0, 10),
                Locale.ENGLISH);
        assertThat(page.hits()).isNotEmpty();
        Map<SearchTimings.Phase, Long> after = counts();
        for (SearchTimings.Phase phase : SearchTimings.Phase.values()) {
            assertThat(after.get(phase) - before.get(phase)).as(phase.tag()).isEqualTo(1);
        }
        Timer window = registry.find(SearchTimings.TIMER).tag("phase", "window").timer();
        Timer whole = registry.find(SearchTimings.TIMER).tag("phase", "search").timer();
        assertThat(window.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
        assertThat(whole.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS))
                .isGreaterThan(window.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS) - 1);
    }

    @Test
    void aQueryThatFindsNothingWithAllItsWordsRunsASecondWindow() {
        long windows = count(SearchTimings.Phase.WINDOW);
        // no item has enough of these words (two of three are made up), so the relaxed window runs after the strict one
        search.search(SearchParams.of("Ukraine xqzvkw wqzkxv", null, null, null, null, null, 0, 10),
                Locale.ENGLISH);
        assertThat(count(SearchTimings.Phase.WINDOW) - windows).isEqualTo(2);
    }

    private Map<SearchTimings.Phase, Long> counts() {
        Map<SearchTimings.Phase, Long> counts = new EnumMap<>(SearchTimings.Phase.class);
        Arrays.stream(SearchTimings.Phase.values()).forEach(p -> counts.put(p, count(p)));
        return counts;
    }

    private long count(SearchTimings.Phase phase) {
        Timer timer = registry.find(SearchTimings.TIMER).tag("phase", phase.tag()).timer();
        return timer == null ? 0 : timer.count();
    }
}
