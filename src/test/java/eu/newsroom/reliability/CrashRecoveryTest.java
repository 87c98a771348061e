package eu.newsroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The newsroom killed with SIGKILL (no shutdown hook, no index commit on close) in the middle of a burst
 * of imports: after a restart every import that was acknowledged is in the database with all its
 * statements, no briefing is half-written, and search finds exactly what the database holds (the start-up
 * check rebuilds what the index lost). The app runs as a separate JVM from the test classpath, in server
 * mode against a database of its own on the PostgreSQL server at 127.0.0.1:5432 (which .ci/run starts).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRecoveryTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String ADMIN = "chief@crash.example";
    private static final String PASSWORD = "a-long-crash-test-password";
    private static final String WORD = "kolibrikrach";
    private static final int STATEMENTS_PER_LINE = 3;

    private final String database = "newsroom_crash_" + UUID.randomUUID().toString().replace("-", "");
    private final Path index = Path.of("target/crash-index", database);
    private final Path log = Path.of("target/crash-app-" + database + ".log");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process app;
    private int port;

    @AfterAll
    void stopAndDropTheDatabase() throws Exception {
        if (app != null) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            c.createStatement().execute("drop database if exists " + database + " with (force)");
        }
    }

    @Test
    void acknowledgedImportsSurviveAKillAndTheIndexMatchesTheDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            c.createStatement().execute("create database " + database);
        }
        start();
        // the speaker exists before the burst, so that concurrent lines do not race to create it
        assertThat(importLine("warmup", "warm-up").statusCode()).isEqualTo(200);

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int n = 0; n < 200; n++) {
                    String id = "crash-" + writer + "-" + n;
                    sent.incrementAndGet();
                    try {
                        HttpResponse<String> answer = importLine(id, WORD);
                        if (answer.statusCode() == 200 && answer.body().contains("\"rejected\":0")) {
                            acknowledged.add(id);
                        }
                    } catch (IOException | InterruptedException e) {
                        return; // the server is gone: this import was not acknowledged
                    }
                }
            });
        }
        // kill the process once a good part of the burst is acknowledged, while more imports are in flight
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (acknowledged.size() < 40 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(acknowledged).as("imports acknowledged before the kill").hasSizeGreaterThanOrEqualTo(40);
        app.destroyForcibly(); // SIGKILL on Linux
        app.waitFor(30, TimeUnit.SECONDS);
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(sent.get()).as("the kill came while imports were still being sent").isLessThan(800);

        start();

        List<String> stored = strings("select external_id from briefing where external_id like 'crash-%'");
        System.out.printf("Crash test: %d imports sent, %d acknowledged before SIGKILL, %d stored after restart%n",
                sent.get(), acknowledged.size(), stored.size());
        assertThat(stored).as("every acknowledged import is stored").containsAll(acknowledged);
        assertThat(strings("select b.external_id from briefing b where b.external_id like 'crash-%' and "
                + "(select count(*) from statement s where s.briefing_id = b.id) <> " + STATEMENTS_PER_LINE))
                .as("no briefing stored without all its statements").isEmpty();
        assertThat(strings("select external_id from briefing where external_id like 'crash-%' and not exists "
                + "(select 1 from revision r where r.entity_type = 'BRIEFING' and r.entity_id = briefing.id)"))
                .as("no briefing stored without its revision").isEmpty();

        assertThat(searchTotal("briefing")).as("briefings found = briefings stored").isEqualTo(stored.size());
        assertThat(statementsFound()).as("statements found = statements stored")
                .isEqualTo((long) stored.size() * STATEMENTS_PER_LINE);
    }

    private HttpResponse<String> importLine(String id, String word) throws IOException, InterruptedException {
        StringBuilder statements = new StringBuilder();
        for (int s = 0; s < STATEMENTS_PER_LINE; s++) {
            statements.append(s == 0 ? "" : ",").append("{\"speaker\":\"crash-speaker\",\"kind\":\"quote\",\"text\":\"")
                    .append("Statement ").append(s).append(" on the ").append(word).append(" exercise ").append(id)
                    .append(".\"}");
        }
        String line = "{\"externalId\":\"" + id + "\",\"lang\":\"en\",\"kind\":\"press-release\",\"title\":\"The "
                + word + " exercise " + id + "\",\"date\":\"2025-06-01\",\"body\":\"A " + word + " paragraph.\","
                + "\"actors\":[{\"slug\":\"crash-speaker\",\"kind\":\"person\",\"name\":\"Crash Speaker\"}],"
                + "\"statements\":[" + statements + "]}\n";
        String token = Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/import")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-ndjson").header("Authorization", "Basic " + token)
                .POST(HttpRequest.BodyPublishers.ofString(line)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Every statement the search finds for the exercise's word: one entry per briefing (issue 17), its first matching
     * statement shown and the others under it or counted as "more".
     */
    private long statementsFound() throws Exception {
        long found = 0;
        for (int page = 0; ; page++) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/search?q=" + WORD
                    + "&type=statement&size=100&page=" + page)).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode hits = JsonMapper.builder().build().readTree(answer.body()).path("hits");
            if (hits.isEmpty()) {
                return found;
            }
            for (JsonNode hit : hits) {
                found += 1 + hit.path("statements").size() + hit.path("moreStatements").asLong();
            }
        }
    }

    private long searchTotal(String type) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/search?q=" + WORD
                + "&type=" + type + "&size=1")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(answer.body());
        assertThat(total.find()).as(answer.body()).isTrue();
        return Long.parseLong(total.group(1));
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + database, "postgres", "");
             ResultSet rows = c.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    /** Starts the newsroom as its own JVM, on the same index directory and database each time. */
    private void start() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.createDirectories(index);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        app = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "eu.newsroom.NewsroomApplication", "--server.port=" + port,
                "--newsroom.search.index-directory=" + index.toAbsolutePath(),
                "--spring.datasource.url=" + SERVER + database, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--newsroom.bootstrap-admin.username=" + ADMIN,
                "--newsroom.bootstrap-admin.password=" + PASSWORD, "--newsroom.rate-limits.enabled=false")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            assertThat(app.isAlive()).as("the app is running (see %s)", log).isTrue();
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the app did not become healthy within 4 minutes; see " + log);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
