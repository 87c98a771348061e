package eu.newsroom.search;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.statement.Statement;
import eu.newsroom.visibility.Visibility;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.search.Query;
import org.hibernate.search.engine.search.query.SearchQuery;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.context.ApplicationContext;

/**
 * The app's own index queries of a search, as the Lucene queries Hibernate Search sends to the index (issue 22), for
 * the raw Lucene baseline ({@code bench/src/LuceneBaseline.java}), which starts the app on the bench's database and
 * index, takes these queries and asks them of an {@code IndexSearcher} of its own: the same question as the app's
 * window, with the learned translations, cognates, dictionaries, speakers, dates and visibility filters of that
 * moment, not a copy of the query model that misses what the app learns at run time. Bench and tests only: no
 * request reads Hibernate Search's query (the correction's count asks the window's predicate, {@link CorrectionCounts}).
 */
public final class WindowQueryExport implements AutoCloseable {

    /** A reader's query as the app asks it: its window query, its bonus query (or null), and the app's own window. */
    public record Question(String text, Query window, Query bonus, List<Hit> appWindow) {
    }

    /** A hit of the app's window: "type:id" and its score. */
    public record Hit(String key, float score) {
    }

    private final IndexQueries indexQueries;
    private final Clock clock;
    private final EntityManager entityManager;

    public WindowQueryExport(ApplicationContext context) {
        this.indexQueries = context.getBean(IndexQueries.class);
        this.clock = context.getBean(Clock.class);
        this.entityManager = context.getBean(EntityManagerFactory.class).createEntityManager();
    }

    /**
     * Waits for what the app learns in the background after start (the translation lexicon, the word list of cognates
     * and corrections, the dictionaries), as bench/run.sh waits before it measures.
     */
    public static void awaitBackgroundBuilds(ApplicationContext context) {
        context.getBean(TranslationLexicon.class).awaitRebuild();
        context.getBean(Suggester.class).awaitRebuild();
        context.getBean(Dictionaries.class).awaitRebuild();
    }

    /**
     * A query of the search API ({@code /api/v1/search?q=…&lang=…}) as an anonymous reader's search asks it now: its
     * first window query (as typed, all the words, no correction or relaxation yet), the bonus pass's query (the
     * app restricts it to the window's hits; a rescorer does the same) and the app's window as Hibernate Search
     * returned it.
     */
    public Question question(String q, String lang) {
        SearchParams params = SearchParams.of(q, lang, null, null, null, null, null, null);
        QueryText query = params.query();
        Instant upTo = Visibility.anonymousAt(clock.instant()).liftedUpTo();
        SearchSession session = Search.session(entityManager);
        IndexQueries.Request request = indexQueries.open(session, params, upTo);
        SearchQuery<List<?>> window = request.windowQuery(query.text(), query.structured(), false);
        List<Hit> hits = window.fetchHits(IndexQueries.WINDOW).stream().map(IndexQueries::found)
                .map(found -> new Hit(found.type() + ":" + found.id(), found.score())).toList();
        Query bonus = null;
        if (Matching.hasBonuses(query.text(), false)) {
            bonus = luceneQuery(session.search(List.of(Briefing.class, Statement.class, Initiative.class))
                    .where(f -> Matching.bonuses(f, query.text(), false, request.translator(query.text())))
                    .toQuery());
        }
        return new Question(query.text(), luceneQuery(window), bonus, hits);
    }

    /**
     * The Lucene query Hibernate Search built for a search query of its Lucene backend. Hibernate Search has no public
     * accessor for it (only its string form, which cannot be parsed back): the field of its implementation, read
     * here, is checked by WindowQueryExportTest.
     */
    static Query luceneQuery(SearchQuery<?> query) {
        for (Class<?> type = query.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField("luceneQuery");
                field.setAccessible(true);
                return (Query) field.get(query);
            } catch (NoSuchFieldException e) {
                // up to the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("not a query of the Lucene backend: " + query.getClass());
    }

    @Override
    public void close() {
        entityManager.close();
    }
}
