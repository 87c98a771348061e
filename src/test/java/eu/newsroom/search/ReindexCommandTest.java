package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code --reindex} as an operator runs it: the newsroom as its own JVM (embedded mode, its own database and
 * index directory, the demo corpus), which rebuilds the index, prints the counts and ends by itself.
 */
class ReindexCommandTest {

    private static final Pattern TYPE_LINE = Pattern.compile("^\\s+(\\w+)\\s+(\\d+) documents,\\s+(\\d+) rows$",
            Pattern.MULTILINE);

    @Test
    void reindexRebuildsFromTheDatabaseReportsTheCountsAndExits() throws Exception {
        String run = UUID.randomUUID().toString();
        Path output = Path.of("target/reindex-" + run + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "eu.newsroom.NewsroomApplication", "--reindex", "--server.port=0",
                "--newsroom.embedded-database.data-directory=target/reindex-db/" + run,
                "--newsroom.search.index-directory=target/reindex-index/" + run)
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = app.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            app.destroyForcibly();
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);

        assertThat(ended).as("the command ended by itself; output in %s", output).isTrue();
        assertThat(app.exitValue()).as(log).isZero();
        assertThat(log).contains("Mass indexing is going to index").contains("Reindexed: ");
        Matcher lines = TYPE_LINE.matcher(log);
        int types = 0;
        while (lines.find()) {
            types++;
            assertThat(lines.group(2)).as(lines.group(1)).isEqualTo(lines.group(3));
            assertThat(Long.parseLong(lines.group(3))).as(lines.group(1) + " rows of the demo corpus").isPositive();
        }
        assertThat(types).as("a line per indexed type").isEqualTo(3);
    }
}
