package eu.newsroom.importer;

import eu.newsroom.shared.ActingUser;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the demo corpus (db/demo/*.ndjson, bundled on the classpath under demo/) through the same
 * import code as the API, once: each file is recorded when loaded, so a restart does not load it again
 * and does not overwrite what editors have changed since.
 */
@Component
@Order(10)
class DemoCorpusLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCorpusLoader.class);
    private static final String AUTHOR = "demo-corpus";

    private final BriefingImport briefingImport;
    private final JdbcClient jdbc;
    private final boolean enabled;

    DemoCorpusLoader(BriefingImport briefingImport, JdbcClient jdbc, ImportProperties properties, Environment environment) {
        this.briefingImport = briefingImport;
        this.jdbc = jdbc;
        boolean embedded = !environment.containsProperty("spring.datasource.url");
        this.enabled = properties.loadDemoCorpus() != null ? properties.loadDemoCorpus() : embedded;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled) {
            return;
        }
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/*.ndjson");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        for (Resource file : files) {
            load(file);
        }
    }

    private void load(Resource file) throws IOException {
        String name = file.getFilename();
        boolean loaded = jdbc.sql("select count(*) from demo_corpus_load where file_name = ?").param(name)
                .query(Integer.class).single() > 0;
        if (loaded) {
            log.debug("Demo corpus file {} was loaded before", name);
            return;
        }
        ImportReport report;
        try (InputStream in = file.getInputStream()) {
            report = briefingImport.importFrom(in, new ActingUser(AUTHOR, null));
        }
        report.errors().forEach(error -> log.warn("Demo corpus {} line {}: {}", name, error.line(), error.reason()));
        jdbc.sql("insert into demo_corpus_load (file_name, sha256, created, updated, rejected) values (?, ?, ?, ?, ?)")
                .params(name, sha256(file), report.created(), report.updated(), report.rejected()).update();
        log.info("Demo corpus {}: {} created, {} updated, {} rejected", name, report.created(), report.updated(),
                report.rejected());
    }

    private static String sha256(Resource file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
