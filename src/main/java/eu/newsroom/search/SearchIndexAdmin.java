package eu.newsroom.search;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.statement.Statement;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The index lifecycle beyond automatic indexing on commit: at start-up, after the demo corpus loader
 * (order 10), each indexed type whose index does not hold one document per database row (a fresh, deleted
 * or damaged index directory, see internal.IndexDirectoryCheck; changes lost when the process was killed
 * before the index committed them; a type newly added to the mapping) is rebuilt with the MassIndexer.
 */
@Component
@Order(20)
public class SearchIndexAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexAdmin.class);
    private static final Class<?>[] INDEXED = {Briefing.class, Statement.class, Initiative.class};

    /** What a rebuild did. */
    public record Rebuild(long documents, Duration took) {
    }

    private final EntityManagerFactory entityManagerFactory;

    SearchIndexAdmin(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
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
        return rebuild(List.of(INDEXED));
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
