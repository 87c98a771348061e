package eu.newsroom.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the start-up index check may delete. In cluster mode the Lucene root is blanked; read as the working
 * directory it once made the check delete the checkout it ran in, {@code .git} included.
 */
class IndexDirectoryCheckTest {

    @TempDir
    Path root;

    @Test
    void noLuceneRootInClusterModeOrWhenBlank() {
        assertThat(LuceneIndexRoot.of(Map.of(LuceneIndexRoot.TYPE_PROPERTY, "elasticsearch",
                LuceneIndexRoot.ROOT_PROPERTY, "data/index"))).isEmpty();
        assertThat(LuceneIndexRoot.of(Map.of(LuceneIndexRoot.TYPE_PROPERTY, "lucene",
                LuceneIndexRoot.ROOT_PROPERTY, " "))).isEmpty();
        assertThat(LuceneIndexRoot.of(Map.of(LuceneIndexRoot.ROOT_PROPERTY, "data/index")))
                .contains(Path.of("data/index").toAbsolutePath());
    }

    @Test
    void aDirectoryWithSubdirectoriesIsNoIndexAndIsLeftAlone() throws IOException {
        // shaped like a checkout's .git: files and subdirectories, no Lucene segments
        Path git = Files.createDirectories(root.resolve(".git"));
        Files.writeString(git.resolve("HEAD"), "ref: refs/heads/main\n");
        Files.createDirectories(git.resolve("objects"));
        // a flat directory of files that is no readable index: damaged, deleted
        Path damaged = Files.createDirectories(root.resolve("Briefing"));
        Files.writeString(damaged.resolve("_0.cfs"), "not an index");

        new IndexDirectoryCheck().customize(new HashMap<>(Map.of(LuceneIndexRoot.ROOT_PROPERTY, root.toString())));

        assertThat(git.resolve("HEAD")).exists();
        assertThat(git.resolve("objects")).isDirectory();
        assertThat(damaged.resolve("_0.cfs")).doesNotExist();
    }
}
