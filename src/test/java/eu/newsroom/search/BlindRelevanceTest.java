package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.importer.BriefingImport;
import eu.newsroom.importer.ImportReport;
import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 17's relevance harness ({@link BlindRelevance}) on the blind set's dev split, or on any directory in its
 * format with {@code -Drelevance.dir=path}, loaded beside the demo corpus as in a live portal, in an application
 * of its own (the property below keeps it apart from the shared test application):
 * <pre>./mvnw -B -o test -Dtest=BlindRelevanceTest -Drelevance.dir=path/to/blind-test</pre>
 * Report: target/blind-relevance.md. The blind corpus names the demo corpus's topics and actors, so it cannot be loaded
 * without it.
 */
@NewsroomTest
@TestPropertySource(properties = "newsroom.test.context=blind-relevance-with-demo")
class BlindRelevanceTest {

    /** Floors on the dev split a little under the measured values; only when the dev split itself is scored. */
    static final double DEV_FLOOR = 0.67;
    static final double DEV_ZERO_RESULTS = 0.02;

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BriefingImport importer;

    @Autowired
    TranslationLexicon lexicon;

    @Autowired
    Suggester suggester;

    @Autowired
    Dictionaries dictionaries;

    @Test
    void judgedQueriesOfTheBlindSet() throws Exception {
        Path dir = BlindRelevance.directory();
        ImportReport loaded = BlindRelevance.load(importer, dir);
        lexicon.awaitRebuild();
        // the word list (did you mean, cognates) with the loaded items, as a portal has it seconds after an import:
        // else the first queries were asked of the demo corpus's words only, and the figures varied with the timing
        suggester.awaitRebuild();
        // the dictionaries keep the translations that the word list has: read after it
        dictionaries.awaitRebuild();
        assertThat(loaded.rejected()).as("rejected lines: " + loaded.errors()).isZero();
        List<BlindRelevance.Query> queries = BlindRelevance.queries(dir);
        List<BlindRelevance.Row> rows = BlindRelevance.run(http, jdbc, queries);
        BlindRelevance.write("blind-relevance.md", BlindRelevance.report(
                "Blind set " + dir + ", with the demo corpus (" + loaded.created() + " items loaded)", rows));
        if (dir.equals(BlindRelevance.DEV)) {
            assertThat(BlindRelevance.meanNdcg(rows)).as("nDCG@10 on dev").isGreaterThanOrEqualTo(DEV_FLOOR);
            assertThat(BlindRelevance.zeroResultShare(rows)).as("plain queries without results")
                    .isLessThanOrEqualTo(DEV_ZERO_RESULTS);
        }
    }
}
