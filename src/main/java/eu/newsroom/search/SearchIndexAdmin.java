package eu.newsroom.search;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.statement.Statement;
import eu.newsroom.search.internal.AnalysisVersionFile;
import eu.newsroom.search.internal.LuceneIndexRoot;
import eu.newsroom.search.internal.SearchAnalysis;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
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
 * file beside it); and rows changed shortly before the index's last commit are indexed again, in case the process
 * died between a database commit and its index write.
 */
@Component
@Order(20)
public class SearchIndexAdmin implements ApplicationRunner, InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexAdmin.class);
    private static final Class<?>[] INDEXED = {Briefing.class, Statement.class, Initiative.class};

    /** What a rebuild did. */
    public record Rebuild(long documents, Duration took) {
    }

    /**
     * Rows changed this long before the index's last commit are indexed again at start: covers a change whose
     * index write was lost with the process (committed to the database, killed before the index committed).
     */
    static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(2);
    /** The marker of a normal stop, beside the indexes. */
    public static final String CLEAN_STOP_FILE = "stopped-cleanly";
    /** More changed rows than this and the type is rebuilt whole rather than row by row. */
    private static final int CATCH_UP_LIMIT = 5_000;
    private static final Map<Class<?>, String> CHANGED_SINCE = Map.of(
            Briefing.class, "select e from Briefing e where e.updatedAt >= :since",
            // a statement's document also carries its briefing's visibility
            Statement.class, "select e from Statement e where e.updatedAt >= :since or e.briefing.updatedAt >= :since",
            Initiative.class, "select e from Initiative e where e.updatedAt >= :since");

    private final EntityManagerFactory entityManagerFactory;
    /**
     * Lucene only: none in cluster mode, where the version is part of the OpenSearch index names
     * (VersionedIndexLayout): indexes of a new version start empty and are rebuilt by the count check below.
     */
    private final Optional<Path> indexRoot;
    private final Optional<AnalysisVersionFile> versionFile;
    /** Written when the application stops normally, removed at start: without it the last stop may have lost writes. */
    private final Optional<Path> cleanStop;
    private boolean writtenWithOtherAnalysis;
    private volatile boolean started;
    private volatile boolean rebuilding;

    SearchIndexAdmin(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
        // the directory Hibernate Search was given (tests give it a random one); none in cluster mode, which hands
        // lost writes on through its outbox table
        this.indexRoot = LuceneIndexRoot.of(entityManagerFactory.getProperties());
        this.versionFile = indexRoot.map(AnalysisVersionFile::new);
        this.cleanStop = indexRoot.map(root -> root.resolve(CLEAN_STOP_FILE));
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
    public void run(ApplicationArguments args) throws InterruptedException, IOException {
        boolean stoppedCleanly = cleanStop.isPresent() && Files.deleteIfExists(cleanStop.get());
        started = true;
        if (writtenWithOtherAnalysis) {
            rebuild();
            writtenWithOtherAnalysis = false;
            return;
        }
        List<Class<?>> differing = new ArrayList<>();
        for (TypeCount count : counts()) {
            if (count.agrees()) {
                log.info("Search index of {} holds {} documents ({} rows)", count.type().getSimpleName(),
                        count.documents(), count.rows());
            } else {
                log.info("Search index of {} holds {} documents while the database has {} rows",
                        count.type().getSimpleName(), count.documents(), count.rows());
                differing.add(count.type());
            }
        }
        if (!differing.isEmpty()) {
            rebuild(differing);
        }
        if (indexRoot.isPresent() && !stoppedCleanly) {
            catchUp(indexRoot.get(), differing);
        }
    }

    /**
     * Requests have stopped and every committed change has had its index write: the next start need not look
     * for lost ones. Runs before Hibernate Search closes the index (this bean depends on it).
     */
    @PreDestroy
    void markCleanStop() throws IOException {
        if (started && cleanStop.isPresent()) {
            Files.writeString(cleanStop.get(), Instant.now().toString());
        }
    }

    /**
     * After a stop that was not clean (killed, crashed), a change committed to the database whose index write was
     * lost leaves the counts equal: every row changed since shortly before the index's last commit (the newest
     * {@code segments_N} file) is indexed again.
     */
    private void catchUp(Path root, List<Class<?>> rebuilt) throws InterruptedException {
        Optional<Instant> lastCommit = lastIndexCommit(root);
        if (lastCommit.isEmpty()) {
            return;
        }
        Instant since = lastCommit.get().minus(CATCH_UP_MARGIN);
        List<Class<?>> tooMany = new ArrayList<>();
        long reindexed = 0;
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            var plan = Search.session(entityManager).indexingPlan();
            entityManager.getTransaction().begin();
            for (var changed : CHANGED_SINCE.entrySet()) {
                if (rebuilt.contains(changed.getKey())) {
                    continue;
                }
                List<?> rows = entityManager.createQuery(changed.getValue(), changed.getKey()).setParameter("since", since)
                        .setMaxResults(CATCH_UP_LIMIT + 1).getResultList();
                if (rows.size() > CATCH_UP_LIMIT) {
                    tooMany.add(changed.getKey());
                    continue;
                }
                rows.forEach(plan::addOrUpdate);
                reindexed += rows.size();
            }
            entityManager.getTransaction().commit(); // nothing changed in the database; the plan is indexed now
        }
        log.info("Search index caught up with the database: {} items changed since {} indexed again", reindexed, since);
        if (!tooMany.isEmpty()) {
            rebuild(tooMany);
        }
    }

    private static Optional<Instant> lastIndexCommit(Path root) {
        try (Stream<Path> files = Files.walk(root, 2)) {
            return files.filter(file -> file.getFileName().toString().startsWith("segments_"))
                    .map(SearchIndexAdmin::modified).max(Comparator.naturalOrder());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /** Documents in the index and rows in the database of one indexed type. */
    public record TypeCount(Class<?> type, long documents, long rows) {

        public boolean agrees() {
            return documents == rows;
        }
    }

    /** For each indexed type, its documents in the index against its rows in the database. */
    public List<TypeCount> counts() {
        return Stream.of(INDEXED).map(type -> new TypeCount(type, indexedDocuments(type), rows(type))).toList();
    }

    /** Rebuilds the whole index from the database (purge, then reindex every briefing, statement and initiative). */
    public Rebuild rebuild() throws InterruptedException {
        Rebuild rebuild = rebuild(List.of(INDEXED));
        versionFile.ifPresent(AnalysisVersionFile::writeCurrent);
        return rebuild;
    }

    /** Whether a rebuild is under way: searches meanwhile may miss items, and say so. */
    public boolean rebuilding() {
        return rebuilding;
    }

    private Rebuild rebuild(List<Class<?>> types) throws InterruptedException {
        long start = System.nanoTime();
        rebuilding = true;
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            // merged into one segment at the end: a search visits every segment with every term of its query (a
            // unit on 14 fields), and at a million statements the 18 segments the merge policy left cost a search
            // two to three times the CPU of one (docs/benchmarks.md); later writes add small
            // segments beside the big one, which the merge policy folds as usual
            Search.session(entityManager).massIndexer(types).threadsToLoadObjects(2).batchSizeToLoadObjects(50)
                    .mergeSegmentsOnFinish(true)
                    .startAndWait();
        } finally {
            rebuilding = false;
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
