package eu.newsroom.datastore;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.NewsroomApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Server mode: SPRING_DATASOURCE_URL points at a PostgreSQL server (the one on 127.0.0.1:5432 that
 * .ci/run starts), in a database of its own. No demo accounts and no demo corpus there; the first
 * chief editor comes from configuration.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerModeTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String ADMIN = "chief@agency.example";
    private static final String ADMIN_PASSWORD = "a-long-server-password";

    private final String database = "newsroom_server_mode_" + UUID.randomUUID().toString().replace("-", "");
    private ConfigurableApplicationContext app;
    private String base;

    @BeforeAll
    void startAgainstTheServer() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            c.createStatement().execute("create database " + database);
        }
        app = new SpringApplicationBuilder(NewsroomApplication.class).properties(
                "spring.datasource.url=" + SERVER + database,
                "spring.datasource.username=postgres",
                "spring.datasource.password=",
                "newsroom.bootstrap-admin.username=" + ADMIN,
                "newsroom.bootstrap-admin.password=" + ADMIN_PASSWORD)
                // arguments win over application.yaml (defaults would not): any free port, an index of its own
                .run("--server.port=0", "--newsroom.search.index-directory=target/server-mode-index/" + database);
        base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    void stopAndDropTheDatabase() throws SQLException {
        if (app != null) {
            app.close();
        }
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            c.createStatement().execute("drop database if exists " + database + " with (force)");
        }
    }

    @Test
    void runsOnTheServerWithoutDemoAccountsOrCorpus() throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo(database);
        assertThat(jdbc.sql("select username from account").query(String.class).list()).containsExactly(ADMIN);
        assertThat(jdbc.sql("select count(*) from demo_corpus_load").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from briefing where external_id like 'newsroom-%'").query(Integer.class).single())
                .isZero();
        assertThat(get("/actuator/health").body()).contains("\"UP\"");
    }

    @Test
    void theConfiguredChiefEditorCanImport() throws Exception {
        String line = "{\"externalId\":\"server-1\",\"lang\":\"fr\",\"kind\":\"statement\",\"title\":\"Déclaration\","
                + "\"date\":\"2025-05-27\",\"body\":\"Texte.\"}\n";
        String token = Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/import"))
                .header("Content-Type", "application/x-ndjson").header("Authorization", "Basic " + token)
                .POST(HttpRequest.BodyPublishers.ofString(line)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"created\":1");
        assertThat(get("/briefings/2025-05-27-declaration").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,application/json;q=0.9").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
