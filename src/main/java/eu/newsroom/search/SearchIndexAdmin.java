package eu.newsroom.search;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.statement.Statement;
import eu.newsroom.search.internal.AnalysisVersionFile;
import eu.newsroom.search.internal.LuceneIndexRoot;
import eu.newsroom.search.internal.SearchAnalysis;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The index lifecycle beyond automatic indexing on commit: at start-up, after the demo corpus loader
 * (order 10), each indexed type whose index does not hold one document per database row (a fresh, deleted
 * or damaged index directory, see internal.IndexDirectoryCheck; changes lost when the process was killed
 * before the index committed them; a type newly added to the mapping) is rebuilt with the MassIndexer; the
 * whole index is rebuilt when it was written with another analysis ({@link SearchAnalysis#VERSION}, kept in a
 * file beside it).
 */
@Component
@Order(20)
public class SearchIndexAdmin implements ApplicationRunner, InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexAdmin.class);
    private static final Class<?>[] INDEXED = {Briefing.class, Statement.class, Initiative.class};

    /** What a rebuild did. */
    public record Rebuild(long documents, Duration took) {
    }

    private final EntityManagerFactory entityManagerFactory;
    /** Lucene only: OpenSearch (cluster mode) checks the analysis of its indexes against the mapping at start-up. */
    private final Optional<AnalysisVersionFile> versionFile;
    private boolean writtenWithOtherAnalysis;

    SearchIndexAdmin(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
        // the directory Hibernate Search was given (tests give it a random one); none in cluster mode
        this.versionFile = LuceneIndexRoot.of(entityManagerFactory.getProperties()).map(AnalysisVersionFile::new);
    }

    /**
     * Before the demo corpus loader and any other writer: an index that holds documents but not the current
     * analysis version was written by an older build and is rebuilt at start; an empty one is marked current.
     */
    @Override
    public void afterPropertiesSet() {
        if (versionFile.isEmpty() || versionFile.get().isCurrent()) {
            return;
        }
        if (indexedDocuments() == 0) {
            versionFile.get().writeCurrent();
        } else {
            log.info("Search index was written with analysis version {}, this build has {}: it will be rebuilt",
                    versionFile.get().read().orElse("(none)"), SearchAnalysis.VERSION);
            writtenWithOtherAnalysis = true;
        }
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (writtenWithOtherAnalysis) {
            rebuild();
            writtenWithOtherAnalysis = false;
            return;
        }
        List<Class<?>> differing = new ArrayList<>();
        for (Class<?> type : INDEXED) {
            long indexed = indexedDocuments(type);
            long rows = rows(type);
            if (indexed != rows) {
                log.info("Search index of {} holds {} documents while the database has {} rows", type.getSimpleName(),
                        indexed, rows);
                differing.add(type);
            } else {
                log.info("Search index of {} holds {} documents ({} rows)", type.getSimpleName(), indexed, rows);
            }
        }
        if (!differing.isEmpty()) {
            rebuild(differing);
        }
    }

    /** Rebuilds the whole index from the database (purge, then reindex every briefing, statement and initiative). */
    public Rebuild rebuild() throws InterruptedException {
        Rebuild rebuild = rebuild(List.of(INDEXED));
        versionFile.ifPresent(AnalysisVersionFile::writeCurrent);
        return rebuild;
    }

    private Rebuild rebuild(List<Class<?>> types) throws InterruptedException {
        long start = System.nanoTime();
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            Search.session(entityManager).massIndexer(types).threadsToLoadObjects(2).batchSizeToLoadObjects(50)
                    .startAndWait();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long documents = indexedDocuments();
        log.info("Search index rebuilt for {}: {} documents in the index after {} ms",
                types.stream().map(Class::getSimpleName).toList(), documents, took.toMillis());
        return new Rebuild(documents, took);
    }

    private long rows(Class<?> type) {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            return entityManager.createQuery("select count(e) from " + type.getSimpleName() + " e", Long.class)
                    .getSingleResult();
        }
    }

    private long indexedDocuments(Class<?> type) {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            return Search.session(entityManager).search(type).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    /** How many documents (briefings, statements and initiatives, public or not) the index holds. */
    public long indexedDocuments() {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            return Search.session(entityManager).search(List.of(INDEXED))
                    .where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }
}
