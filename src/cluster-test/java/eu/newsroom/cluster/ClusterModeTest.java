package eu.newsroom.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.newsroom.NewsroomApplication;
import eu.newsroom.account.WebSession;
import eu.newsroom.search.BlindRelevance;
import eu.newsroom.search.SearchBackgroundBuilds;
import eu.newsroom.search.SearchRelevanceTest;
import eu.newsroom.search.internal.SearchAnalysis;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cluster mode for real (docs/scaling.md): one OpenSearch 2.19 node, one PostgreSQL, and two app nodes in the
 * Spring profile {@code cluster} on their own ports. Node A runs in a JVM of its own, so that the last test can
 * kill it ({@code SIGKILL}); node B runs in the test's JVM. Run with
 * {@code ./mvnw -Pcluster test -Dtest=ClusterModeTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterModeTest {

    private static final String CHIEF = "chief-cluster@newsroom.example";
    private static final String PASSWORD = "a cluster test password of some length";

    private static OpenSearchRunner openSearch;
    private static EmbeddedPostgres postgres;
    private static Process nodeA;
    private static String baseA;
    private static String openSearchUrl;
    private static ConfigurableApplicationContext nodeB;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void startCluster() throws IOException, InterruptedException {
        // its files in a directory of its own under the system temp directory: with a relative path under target/,
        // a run of this test once lost the checkout's working tree (the cause was IndexDirectoryCheck, see there)
        int openSearchPort = freePort();
        openSearch = StandaloneOpenSearch.start(openSearchPort);

        postgres = EmbeddedPostgres.builder().start();
        openSearchUrl = "http://127.0.0.1:" + openSearchPort;
        putIndexOfAnOlderMapping();
        // node A migrates, loads the demo corpus and builds the index; node B finds all of it there
        int portA = freePort();
        baseA = "http://localhost:" + portA;
        nodeA = startNodeProcess(nodeArguments(openSearchUrl, true, portA));
        awaitReady(nodeA, baseA);
        nodeB = new SpringApplicationBuilder(NewsroomApplication.class)
                .run(nodeArguments(openSearchUrl, false, 0).toArray(String[]::new));
    }

    /**
     * What a cluster of an earlier version left on OpenSearch: the briefing index under Hibernate Search's default
     * names, with a mapping of its own (a text field stored and with term vectors). Validated against the current
     * mapping it stopped every node at start-up; the nodes must start beside it.
     */
    private static void putIndexOfAnOlderMapping() throws IOException, InterruptedException {
        HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(openSearchUrl
                        + "/briefing-000001")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"aliases": {"briefing-write": {"is_write_index": true}, "briefing-read": {}},
                         "mappings": {"properties": {"text_en": {"type": "text", "store": true,
                                                                  "term_vector": "with_positions_offsets"}}}}
                        """)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    }

    /** The nodes started beside the older index (above) and use indexes named with the mapping's version. */
    @Test
    @Order(-1)
    void theNodesStartBesideTheIndexesOfAnOlderMapping() {
        String aliases = send(HttpRequest.newBuilder(URI.create(openSearchUrl + "/_cat/aliases?h=alias"))).body();
        assertThat(aliases.lines().map(String::strip).toList()).contains("briefing-read",
                "briefing-v" + SearchAnalysis.VERSION + "-read", "statement-v" + SearchAnalysis.VERSION + "-read",
                "initiative-v" + SearchAnalysis.VERSION + "-read");
    }

    @AfterAll
    static void stopCluster() throws IOException {
        if (nodeA != null) {
            nodeA.destroyForcibly();
        }
        for (AutoCloseable closeable : new AutoCloseable[] {nodeB, openSearch, postgres}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                // keep closing the others
            }
        }
        if (openSearch != null) {
            openSearch.clean();
        }
    }

    /**
     * The judged queries of the relevance suite ({@link SearchRelevanceTest}) on the demo corpus as shipped (before
     * the other tests add to it): asked of node B (OpenSearch), once the outbox is drained and OpenSearch refreshed,
     * and of a node of the same build in embedded mode (Lucene index) on the same database. The mean nDCG@10 of the
     * two are within 0.02 (issue 9); the figures go to target/relevance-opensearch.md.
     */
    @Test
    @Order(0)
    void theJudgedQueriesRankOnOpenSearchAsOnLucene(@TempDir Path luceneIndex)
            throws IOException, InterruptedException {
        awaitIndexedOnOpenSearch();
        Map<String, String> statementKeys = SearchRelevanceTest.statementKeys(jdbc());
        List<BackendComparison.JudgedQuery> queries = SearchRelevanceTest.queries().stream()
                .map(q -> new BackendComparison.JudgedQuery(q.kind(), q.text(), q.grades())).toList();
        BackendComparison compared = compareBackends(queries,
                answer -> SearchRelevanceTest.rankedKeys(answer, statementKeys), luceneIndex);
        compared.write("Relevance: OpenSearch (node B) and Lucene, nDCG@10",
                "ClusterModeTest, the same database, the judged queries of SearchRelevanceTest.\n\n"
                        + openSearchDocuments(),
                "relevance-opensearch.md");
        assertScoredAlike(compared);
        assertThat(compared.meanOnOpenSearch()).as("mean nDCG@10 on OpenSearch, against Lucene's")
                .isCloseTo(compared.meanOnLucene(), within(0.02));
    }

    /**
     * A blind set (issue 17, item 6; src/test/resources/relevance/blind-dev/README.md), blind-dev2 unless
     * {@code -Drelevance.dir=path} names another: its corpus imported through node B's import API beside the demo
     * corpus, as a deployment loads content (after the old suite, which judges the demo corpus alone; the tests after
     * this one search for words of their own), then its judged queries asked of node B (OpenSearch) and of a Lucene
     * node started on the same database, each once its lexicon and word list have read the new items, and scored as
     * {@code BlindRelevanceTest} scores them. Mean nDCG@10 within 0.02; figures in
     * target/relevance-opensearch-blind.md.
     */
    @Test
    @Order(1)
    void aBlindSetRanksOnOpenSearchAsOnLucene(@TempDir Path luceneIndex) throws IOException, InterruptedException {
        Path dir = BlindRelevance.directory(BlindRelevance.DEV2);
        HttpResponse<String> imported = importOn(base(nodeB), Files.readString(dir.resolve("corpus.ndjson")),
                Duration.ofMinutes(5));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"rejected\":0");
        awaitIndexedOnOpenSearch();

        Map<String, String> keys = BlindRelevance.keysByUrl(jdbc());
        List<BackendComparison.JudgedQuery> queries = BlindRelevance.queries(dir).stream()
                .map(q -> new BackendComparison.JudgedQuery(q.kind(), q.text(), q.grades())).toList();
        BackendComparison compared = compareBackends(queries,
                answer -> BlindRelevance.rankedKeys(answer, keys), luceneIndex);
        compared.write("Relevance on a blind set: OpenSearch (node B) and Lucene, nDCG@10",
                "ClusterModeTest, the same database: the demo corpus and " + dir + " imported through node B ("
                        + imported.body() + "), its judged queries scored as BlindRelevanceTest scores them.\n\n"
                        + openSearchDocuments(),
                "relevance-opensearch-blind.md");
        assertScoredAlike(compared);
        assertThat(compared.meanOnOpenSearch()).as("mean nDCG@10 on OpenSearch, against Lucene's, " + dir)
                .isCloseTo(compared.meanOnLucene(), within(0.02));
    }

    /**
     * The same first entry scores the same on both backends: the BM25 of OpenSearch is Lucene's (index settings),
     * so its term scores weigh as much against the constant bonuses as they do on Lucene (with OpenSearch's own BM25,
     * 2.2 times Lucene's, the median was 1.7). Statistics differ a little (OpenSearch counts replaced documents until
     * a merge drops them, the Lucene node's fresh index has none: 1.035 on the old suite), so within 10 %.
     */
    private static void assertScoredAlike(BackendComparison compared) {
        assertThat(compared.medianTopScoreRatio())
                .as("score of the same first entry, OpenSearch / Lucene (median over the queries)")
                .isCloseTo(1.0, within(0.10));
    }

    /** Until every committed change has left the outbox (2 min at most), then OpenSearch refreshed. */
    private static void awaitIndexedOnOpenSearch() throws InterruptedException {
        Instant start = Instant.now();
        while (pendingOutboxEvents() > 0 && Duration.between(start, Instant.now()).toMinutes() < 2) {
            Thread.sleep(200);
        }
        assertThat(pendingOutboxEvents()).as("outbox drained").isZero();
        openSearch.refresh();
        if (Boolean.getBoolean("cluster.mergeReplaced")) {
            // replaced documents count in BM25's statistics until a merge drops them; the Lucene node's index is
            // built fresh, with none: merged away, the two backends are compared on the same documents
            openSearch.forceMerge(1, false, true);
            openSearch.refresh();
        }
    }

    /**
     * The queries asked of node B (OpenSearch) and of a node of the same build in embedded mode (Lucene index) on the
     * same database, started for the purpose: it builds its index from the database at start (SearchIndexAdmin). Each
     * is asked once its lexicon and word list have read the content (node B first: the word list of an item is stored
     * by the node that committed it, and the Lucene node reads the stored words).
     */
    private BackendComparison compareBackends(List<BackendComparison.JudgedQuery> queries,
            Function<String, List<String>> rankedKeys, Path luceneIndex) throws InterruptedException {
        SearchBackgroundBuilds.await(nodeB);
        // what the background builds changed is indexed too before OpenSearch is asked
        awaitIndexedOnOpenSearch();
        BackendComparison.Answers onOpenSearch = answers(base(nodeB), queries, rankedKeys);
        try (ConfigurableApplicationContext lucene = new SpringApplicationBuilder(NewsroomApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--newsroom.search.index-directory=" + luceneIndex,
                "--newsroom.import.load-demo-corpus=false",
                "--newsroom.rate-limits.exempt-addresses=127.0.0.1,0:0:0:0:0:0:0:1")) {
            SearchBackgroundBuilds.await(lucene);
            return new BackendComparison(queries, onOpenSearch, answers(base(lucene), queries, rankedKeys));
        }
    }

    private BackendComparison.Answers answers(String base, List<BackendComparison.JudgedQuery> queries,
            Function<String, List<String>> rankedKeys) {
        List<BackendComparison.Answer> answers = new ArrayList<>();
        Instant start = Instant.now();
        for (BackendComparison.JudgedQuery query : queries) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/search?size="
                    + SearchRelevanceTest.K + "&q=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8)))
                    .header("Accept", "application/json"));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            List<String> ranked = rankedKeys.apply(answer.body());
            answers.add(BackendComparison.Answer.of(answer.body(), ranked,
                    SearchRelevanceTest.ndcg(ranked, query.grades())));
        }
        return new BackendComparison.Answers(answers, Duration.between(start, Instant.now()));
    }

    /**
     * OpenSearch's indexes with their live and deleted documents: term statistics count a replaced document until a
     * merge drops it, which the Lucene node's freshly built index has none of (one possible cause of differences).
     */
    private String openSearchDocuments() {
        return "OpenSearch indexes (index, documents, deleted documents not yet merged away):\n\n```\n"
                + send(HttpRequest.newBuilder(URI.create(openSearchUrl
                        + "/_cat/indices?h=index,docs.count,docs.deleted&s=index"))).body().strip() + "\n```";
    }

    private static JdbcClient jdbc() {
        return JdbcClient.create(postgres.getPostgresDatabase());
    }

    @Test
    @Order(2)
    void anEditOnNodeAIsFoundBySearchOnNodeBWithinTwoSeconds() {
        String word = "quokka" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String line = "{\"externalId\":\"cluster-" + word + "\",\"lang\":\"en\",\"kind\":\"press-release\","
                + "\"title\":\"Ministers count the " + word + " herds\",\"date\":\"2025-06-02\","
                + "\"body\":\"The " + word + " herds were seen on the coast.\"}\n";
        HttpResponse<String> imported = importOn(baseA, line, Duration.ofSeconds(30));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"rejected\":0");
        Instant committed = Instant.now();

        // the edit travels through the outbox table and OpenSearch's refresh; looked for until found or 2 s passed
        String answer;
        do {
            answer = send(HttpRequest.newBuilder(URI.create(base(nodeB) + "/api/v1/search?q="
                    + URLEncoder.encode(word, StandardCharsets.UTF_8))).header("Accept", "application/json")).body();
        } while (!answer.contains("\"total\":1") && Duration.between(committed, Instant.now()).toMillis() < 2000);
        assertThat(answer).as("found on node B within 2 s of the import on node A").contains("\"total\":1");
    }

    @Test
    @Order(3)
    void aSignInOnNodeAIsValidOnNodeB() {
        WebSession onA = new WebSession(baseA).signedIn(CHIEF, PASSWORD);
        assertThat(onA.get("/me/searches").statusCode()).isEqualTo(200);

        WebSession onB = new WebSession(base(nodeB));
        assertThat(onB.get("/me/searches").statusCode()).as("not signed in on B yet").isEqualTo(302);
        onB.useSessionCookie(onA.sessionCookie().orElseThrow());
        assertThat(onB.get("/me/searches").statusCode()).as("A's session on B").isEqualTo(200);
    }

    @Test
    @Order(4)
    void theDemoCorpusIndexedByNodeAIsSearchableOnNodeB() {
        String answer = send(HttpRequest.newBuilder(URI.create(base(nodeB) + "/api/v1/search?q=Ukraine"))
                .header("Accept", "application/json")).body();
        assertThat(answer).doesNotContain("\"total\":0").contains("\"total\":");
    }

    /**
     * Node A is killed ({@code SIGKILL}, no shutdown of any kind) while four clients import briefings through it,
     * one per request. Every import node A acknowledged (HTTP 200) was committed with its outbox event; node B
     * keeps answering searches, takes over node A's outbox shards once node A's agent has missed its pulses
     * (Hibernate Search's 30 s pulse expiration) and indexes them: each acknowledged briefing is found on B.
     */
    @Test
    @Order(5)
    void nodeAKilledDuringABurstOfEditsLosesNoAcknowledgedEdit() throws InterruptedException {
        String burst = "wombat" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            clients.submit(() -> {
                // each client imports until node A stops answering (or the burst reaches the page size of a search)
                for (int n = sent.incrementAndGet(); n <= 100; n = sent.incrementAndGet()) {
                    String item = burst + "n" + n;
                    try {
                        if (importOnA(item, burst).statusCode() != 200) {
                            return;
                        }
                        acknowledged.add(item);
                    } catch (RuntimeException e) {
                        return; // refused or cut off: node A is gone, this edit was not acknowledged
                    }
                }
            });
        }
        // killed in the middle of the burst: once a few edits are acknowledged, with more in flight
        while (acknowledged.size() < 10 && sent.get() < 100) {
            Thread.sleep(5);
        }
        nodeA.destroyForcibly();
        assertThat(nodeA.waitFor(30, TimeUnit.SECONDS)).as("node A killed").isTrue();
        long pendingAtKill = pendingOutboxEvents();
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).as("acknowledged before the kill").hasSizeGreaterThanOrEqualTo(10);
        assertThat(acknowledged).as("the kill came during the burst, not after it").hasSizeLessThan(100);

        // node B serves throughout; the acknowledged edits are looked for until all are found or 120 s passed
        Instant killed = Instant.now();
        List<String> missing = new ArrayList<>(acknowledged);
        while (!missing.isEmpty() && Duration.between(killed, Instant.now()).toSeconds() < 120) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(
                    URI.create(base(nodeB) + "/api/v1/search?size=100&q=" + burst))
                    .header("Accept", "application/json"));
            assertThat(answer.statusCode()).as("node B answers while node A is dead").isEqualTo(200);
            missing.removeIf(item -> answer.body().contains("\"externalId\":\"cluster-" + item + "\""));
            if (!missing.isEmpty()) {
                Thread.sleep(500);
            }
        }
        assertThat(missing).as("acknowledged by node A, not found on node B (" + acknowledged.size()
                + " acknowledged of " + Math.min(sent.get(), 100) + " sent)").isEmpty();
        // for docs/scaling.md: how much was in flight, and how long node B took
        System.out.printf("Kill during a burst: %d of %d imports acknowledged, %d outbox events not yet processed at"
                + " the kill, all acknowledged found on node B %d ms after it%n", acknowledged.size(),
                Math.min(sent.get(), 100), pendingAtKill, Duration.between(killed, Instant.now()).toMillis());
    }

    private static long pendingOutboxEvents() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                ResultSet count = connection.createStatement()
                        .executeQuery("select count(*) from hsearch_outbox_event")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> importOnA(String item, String burst) {
        String line = "{\"externalId\":\"cluster-" + item + "\",\"lang\":\"en\",\"kind\":\"press-release\","
                + "\"title\":\"Rangers count the " + burst + " herd " + item + " today\",\"date\":\"2025-06-03\","
                + "\"body\":\"The " + burst + " herd was counted again.\"}\n";
        return importOn(baseA, line, Duration.ofSeconds(30));
    }

    /** Lines of the import format sent to a node's import API as the chief editor. */
    private HttpResponse<String> importOn(String base, String ndjson, Duration timeout) {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/import"))
                .header("Content-Type", "application/x-ndjson").header("Accept", "application/json")
                .header("Authorization", basic(CHIEF, PASSWORD)).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(ndjson)));
    }

    private static List<String> nodeArguments(String openSearchUrl, boolean first, int port) {
        // as command-line arguments: they must win over application.yaml (server.port: ${PORT:8080})
        return List.of(
                "--spring.profiles.active=cluster",
                "--server.port=" + port,
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--NEWSROOM_OPENSEARCH_URL=" + openSearchUrl,
                "--newsroom.bootstrap-admin.username=" + CHIEF,
                "--newsroom.bootstrap-admin.password=" + PASSWORD,
                "--newsroom.import.load-demo-corpus=" + first,
                // every request of this test comes from loopback: no rate limit may answer 429 to its polling
                "--newsroom.rate-limits.exempt-addresses=127.0.0.1,0:0:0:0:0:0:0:1");
    }

    /** The app in a JVM of its own, on the test's class path; its output goes to target/cluster-node-a.log. */
    private static Process startNodeProcess(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-cp", System.getProperty("java.class.path"), NewsroomApplication.class.getName()));
        command.addAll(arguments);
        File log = Path.of("target", "cluster-node-a.log").toAbsolutePath().toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    /** Until the node reports itself ready (after its start-up runners: migrations, corpus, index) or 5 min. */
    private static void awaitReady(Process node, String base) throws InterruptedException {
        HttpClient probe = HttpClient.newHttpClient();
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).toMinutes() < 5) {
            if (!node.isAlive()) {
                throw new IllegalStateException("node A exited with " + node.exitValue()
                        + " during start-up, see target/cluster-node-a.log");
            }
            try {
                if (probe.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("node A not ready after 5 min, see target/cluster-node-a.log");
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
