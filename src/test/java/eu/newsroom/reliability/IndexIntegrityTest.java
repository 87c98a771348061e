package eu.newsroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.NewsroomApplication;
import eu.newsroom.search.SearchIndexAdmin;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search index damaged while the newsroom is stopped: deleted, a file's bytes overwritten, the
 * segments file removed. At the next start the damage is found, the index rebuilt from the database,
 * and search answers with one document per row. An application of its own (embedded PostgreSQL with
 * the demo corpus, its own index directory) is started and stopped around each damage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndexIntegrityTest {

    private final String run = UUID.randomUUID().toString();
    private final Path database = Path.of("target/integrity-db", run);
    private final Path index = Path.of("target/integrity-index", run);
    private ConfigurableApplicationContext app;

    @BeforeAll
    void firstStart() {
        start();
        assertIndexMatchesTheDatabase();
        app.close();
    }

    @AfterAll
    void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        deleteRecursively(database);
        deleteRecursively(index);
    }

    private void start() {
        app = new SpringApplicationBuilder(NewsroomApplication.class).run("--server.port=0",
                "--newsroom.embedded-database.data-directory=" + database,
                "--newsroom.search.index-directory=" + index);
    }

    private void assertIndexMatchesTheDatabase() {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        long rows = jdbc.sql("select (select count(*) from briefing) + (select count(*) from statement)"
                + " + (select count(*) from initiative)").query(Long.class).single();
        assertThat(rows).isGreaterThan(0);
        assertThat(app.getBean(SearchIndexAdmin.class).indexedDocuments()).isEqualTo(rows);
    }

    private String search(String query) throws Exception {
        String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/api/v1/search?q=" + query)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    @Test
    @Order(1)
    void aDeletedIndexDirectoryIsRebuiltAtStart() throws Exception {
        deleteRecursively(index);
        start();
        assertIndexMatchesTheDatabase();
        assertThat(search("defence")).doesNotContain("\"total\":0");
        app.close();
    }

    @Test
    @Order(2)
    void overwrittenBytesAndAMissingSegmentsFileAreFoundAndRebuiltAtStart() throws Exception {
        overwriteTheMiddleOfTheLargestFile(index.resolve("briefing"));
        try (Stream<Path> files = Files.list(index.resolve("statement"))) {
            for (Path segments : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.delete(segments);
            }
        }
        start();
        assertIndexMatchesTheDatabase();
        assertThat(search("defence")).doesNotContain("\"total\":0");
        app.close();
    }

    @Test
    @Order(3)
    void aCommittedChangeWhoseIndexWriteWasLostIsIndexedAtTheNextStart() throws Exception {
        start();
        // written past Hibernate, as if the process had died between the database commit and the index write
        int changed = app.getBean(JdbcClient.class).sql("update statement set text = text || ' Quokkafestival',"
                + " updated_at = now() where id = (select min(s.id) from statement s join briefing b on b.id = s.briefing_id"
                + " where b.status = 'PUBLISHED' and b.embargo_until is null)").update();
        assertThat(changed).isEqualTo(1);
        assertThat(search("Quokkafestival")).contains("\"total\":0");
        app.close();
        // a killed process leaves no mark of a clean stop
        Files.delete(index.resolve(SearchIndexAdmin.CLEAN_STOP_FILE));

        start();
        assertIndexMatchesTheDatabase();
        assertThat(search("Quokkafestival")).contains("\"total\":1");
        app.close();
    }

    private static void overwriteTheMiddleOfTheLargestFile(Path directory) throws IOException {
        Path largest;
        try (Stream<Path> files = Files.list(directory)) {
            largest = files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(IndexIntegrityTest::size)).orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
            file.seek(file.length() / 2);
            file.write(new byte[] {0x13, 0x37, 0x13, 0x37, 0x13, 0x37, 0x13, 0x37});
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
