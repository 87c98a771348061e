package eu.newsroom.search;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.statement.Statement;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.springframework.stereotype.Component;

/**
 * The count of a suggested correction's hits, as far as "did you mean" needs it ({@link Corrections.Count}): the
 * search's own window query for the corrected words, counted until it has passed the limit, in index order (no scores),
 * then stopped: Hibernate Search's total hit count threshold with a sort in index order, on the window's predicate
 * ({@code IndexQueries.Request#windowPredicate}, not the Lucene query read from Hibernate Search's implementation,
 * which is no public API). {@code IndexQueries.Request#count} counts every hit (a count without a window is Lucene's
 * total hit count collector, whatever the threshold): for a correction to a common word ("amunition" → "ammunition")
 * that visited every document with the word, the correction's whole cost. On OpenSearch, and for a query that cannot be
 * asked this way, the search's own count answers (exact on Lucene; on OpenSearch it stops at the window's size, as
 * before this class).
 */
@Component
class CorrectionCounts {

    private final EntityManagerFactory entityManagerFactory;
    private volatile Boolean onLucene;
    /** Counts on Lucene that fell back to the search's exact count (past the clause limit, not parsed). */
    private final LongAdder fallbacks = new LongAdder();

    CorrectionCounts(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** The hits of {@code suggestion}: exact when at most {@code limit}, else a number above it (see the class). */
    long upTo(SearchSession session, IndexQueries.Request request, String suggestion, boolean structured, long limit) {
        if (!onLucene() || limit >= Integer.MAX_VALUE) {
            return request.count(suggestion, structured);
        }
        try {
            // the window's own predicate for these words (translations, visibility, filters), in index order (no
            // scores, no entity loaded): Lucene's TopFieldCollector counts exactly until it is past the threshold,
            // then stops; a count without hits (fetch(0)) is Lucene's total hit count collector, which never stops
            return session.search(List.of(Briefing.class, Statement.class, Initiative.class))
                    .select(f -> f.entityReference())
                    .where(f -> request.windowPredicate(f, suggestion, structured, false))
                    .sort(f -> f.indexOrder())
                    .totalHitCountThreshold(Math.max(1, limit))
                    .fetch(0, 1).total().hitCountLowerBound();
        } catch (SearchException | IndexSearcher.TooManyClauses e) {
            // past the clause limit or not parsed: the search's own count, which asks it smaller or answers 0
            fallbacks.increment();
            return request.count(suggestion, structured);
        }
    }

    /** How many counts on Lucene fell back to the exact count since start (CorrectionCountsTest: none). */
    long fallbacks() {
        return fallbacks.sum();
    }

    private boolean onLucene() {
        if (onLucene == null) {
            onLucene = Search.mapping(entityManagerFactory).backend() instanceof LuceneBackend;
        }
        return onLucene;
    }
}
