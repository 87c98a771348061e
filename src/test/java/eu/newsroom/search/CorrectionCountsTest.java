package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.NewsroomTest;
import eu.newsroom.visibility.Visibility;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue 22, round 9: "did you mean" counts a correction's hits only as far as its decision needs
 * ({@link CorrectionCounts}): exactly up to the limit, and past it a number above the limit, never above the exact
 * count; and the decision of {@link Corrections} is then the one the exact count gives. Round 10: that number is the
 * bounded count's (no fallback to the exact count on Lucene), and it stopped early (below the exact count).
 */
@NewsroomTest
class CorrectionCountsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    IndexQueries indexQueries;

    @Autowired
    CorrectionCounts counts;

    @Autowired
    Clock clock;

    @Test
    void aCountUpToALimitIsExactBelowItAndAboveItPast() {
        WindowQueryExport.awaitBackgroundBuilds(context);
        long fallbacks = counts.fallbacks();
        long mostHits = 0;
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            for (String words : List.of("defence", "Ukraine support", "ammunition", "\"Eastern Flank Watch\"",
                    "quokkaschwarmfrei")) {
                IndexQueries.Request request = request(session, words);
                boolean structured = words.startsWith("\"");
                long exact = request.count(words, structured);
                mostHits = Math.max(mostHits, exact);
                for (long limit : new long[] {1, 3, exact - 1, exact, exact + 1, 3 * exact + 7}) {
                    long counted = counts.upTo(session, request, words, structured, Math.max(1, limit));
                    if (exact <= Math.max(1, limit)) {
                        assertThat(counted).as("'%s' up to %d", words, limit).isEqualTo(exact);
                    } else {
                        assertThat(counted).as("'%s' up to %d", words, limit).isGreaterThan(Math.max(1, limit))
                                .isLessThanOrEqualTo(exact);
                    }
                }
            }
        }
        // round 10: the count above the limit is the bounded count's, not the exact count it falls back to
        assertThat(counts.fallbacks()).as("counts that fell back to the exact count").isEqualTo(fallbacks);
        assertThat(mostHits).as("a word with many hits").isGreaterThan(20);
    }

    @Test
    void aCountPastASmallLimitStopsEarly() {
        WindowQueryExport.awaitBackgroundBuilds(context);
        long fallbacks = counts.fallbacks();
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            IndexQueries.Request request = request(session, "defence");
            long exact = request.count("defence", false);
            assertThat(exact).as("the demo corpus's hits of 'defence'").isGreaterThan(20);
            for (long limit : new long[] {1, 3}) {
                // in index order, past the threshold, Lucene stops counting: far below the exact count
                assertThat(counts.upTo(session, request, "defence", false, limit)).as("up to %d", limit)
                        .isGreaterThan(limit).isLessThan(exact);
            }
        }
        assertThat(counts.fallbacks()).isEqualTo(fallbacks);
    }

    @Test
    void theDecisionIsTheExactCountsWhateverACounterAnswersPastTheLimit() {
        Suggester suggester = new Suggester(null, clock) {
            @Override
            String suggest(String text, Instant now) {
                return "kallas";
            }
        };
        Corrections corrections = new Corrections(suggester, clock);
        for (long found = 0; found <= 40; found++) {
            for (long exact = 0; exact <= 200; exact++) {
                long typed = found;
                long all = exact;
                Corrections.Correction expected = corrections.of("kalas", found, (s, limit) -> all);
                // past the limit, the least a counter may answer, and one between
                Corrections.Correction least = corrections.of("kalas", found,
                        (s, limit) -> all <= limit ? all : limit + 1);
                Corrections.Correction between = corrections.of("kalas", found,
                        (s, limit) -> all <= limit ? all : (limit + 1 + all) / 2);
                assertThat(least).as("found %d, exact %d", typed, all).isEqualTo(expected);
                assertThat(between).as("found %d, exact %d", typed, all).isEqualTo(expected);
            }
        }
    }

    private IndexQueries.Request request(SearchSession session, String words) {
        SearchParams params = SearchParams.of(words, null, null, null, null, null, null, null);
        return indexQueries.open(session, params, Visibility.anonymousAt(clock.instant()).liftedUpTo());
    }
}
