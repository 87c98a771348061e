package eu.newsroom.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.NewsroomApplication;
import eu.newsroom.account.WebSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Cluster mode for real (docs/scaling.md): one OpenSearch 2.19 node, one PostgreSQL, and two app nodes in the
 * Spring profile {@code cluster} on their own ports. Run with {@code ./mvnw -Pcluster test -Dtest=ClusterModeTest}.
 */
class ClusterModeTest {

    private static final String CHIEF = "chief-cluster@newsroom.example";
    private static final String PASSWORD = "a cluster test password of some length";

    private static OpenSearchRunner openSearch;
    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void startCluster() throws IOException {
        // An absolute directory of its own under the system temp directory. With a relative path under target/, one
        // run of this test deleted the whole working tree of the checkout it ran in (the runner's clean-up resolves
        // its base path against something else than intended); never give the runner a relative path.
        Path home = Files.createTempDirectory("newsroom-opensearch-").toAbsolutePath();
        int openSearchPort = freePort();
        openSearch = new OpenSearchRunner();
        // the port is ours (a free one); the runner would otherwise look for one below 9300
        openSearch.setMaxHttpPort(-1);
        openSearch.onBuild((number, settings) -> {
            settings.put("http.port", String.valueOf(openSearchPort));
            settings.put("discovery.type", "single-node");
            settings.put("network.host", "127.0.0.1");
        }).build(OpenSearchRunner.newConfigs().numOfNode(1).basePath(home.toString())
                .clusterName("newsroom-cluster-test").baseHttpPort(openSearchPort - 1)
                .pluginTypes(IcuAndStempelOnOpenSearch.class.getName()).disableESLogger());
        openSearch.ensureYellow();

        postgres = EmbeddedPostgres.builder().start();
        String openSearchUrl = "http://127.0.0.1:" + openSearchPort;
        // node A migrates, loads the demo corpus and builds the index; node B finds all of it there
        nodeA = startNode(openSearchUrl, true);
        nodeB = startNode(openSearchUrl, false);
    }

    @AfterAll
    static void stopCluster() throws IOException {
        for (AutoCloseable closeable : new AutoCloseable[] {nodeB, nodeA, openSearch, postgres}) {
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

    @Test
    void anEditOnNodeAIsFoundBySearchOnNodeBWithinTwoSeconds() {
        String word = "quokka" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String line = "{\"externalId\":\"cluster-" + word + "\",\"lang\":\"en\",\"kind\":\"press-release\","
                + "\"title\":\"Ministers count the " + word + " herds\",\"date\":\"2025-06-02\","
                + "\"body\":\"The " + word + " herds were seen on the coast.\"}\n";
        HttpResponse<String> imported = send(HttpRequest.newBuilder(URI.create(base(nodeA) + "/api/v1/import"))
                .header("Content-Type", "application/x-ndjson").header("Accept", "application/json")
                .header("Authorization", basic(CHIEF, PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(line)));
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
    void aSignInOnNodeAIsValidOnNodeB() {
        WebSession onA = new WebSession(base(nodeA)).signedIn(CHIEF, PASSWORD);
        assertThat(onA.get("/me/searches").statusCode()).isEqualTo(200);

        WebSession onB = new WebSession(base(nodeB));
        assertThat(onB.get("/me/searches").statusCode()).as("not signed in on B yet").isEqualTo(302);
        onB.useSessionCookie(onA.sessionCookie().orElseThrow());
        assertThat(onB.get("/me/searches").statusCode()).as("A's session on B").isEqualTo(200);
    }

    @Test
    void theDemoCorpusIndexedByNodeAIsSearchableOnNodeB() {
        String answer = send(HttpRequest.newBuilder(URI.create(base(nodeB) + "/api/v1/search?q=Ukraine"))
                .header("Accept", "application/json")).body();
        assertThat(answer).doesNotContain("\"total\":0").contains("\"total\":");
    }

    private static ConfigurableApplicationContext startNode(String openSearchUrl, boolean first) {
        // as command-line arguments: they must win over application.yaml (server.port: ${PORT:8080})
        return new SpringApplicationBuilder(NewsroomApplication.class).profiles("cluster").run(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--NEWSROOM_OPENSEARCH_URL=" + openSearchUrl,
                "--newsroom.bootstrap-admin.username=" + CHIEF,
                "--newsroom.bootstrap-admin.password=" + PASSWORD,
                "--newsroom.import.load-demo-corpus=" + first);
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
