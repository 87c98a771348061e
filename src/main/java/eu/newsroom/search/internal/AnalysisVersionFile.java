package eu.newsroom.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The analysis version an index directory was written with, in a file {@code analysis-version} beside the
 * indexes: Lucene keeps no record of the analyzers, and an index analysed differently than its queries finds
 * too little, silently.
 */
public final class AnalysisVersionFile {

    private final Path file;

    public AnalysisVersionFile(Path indexRoot) {
        this.file = indexRoot.resolve("analysis-version");
    }

    /** The version written, empty when the index has none (a new directory, or one older than this file). */
    public Optional<String> read() {
        try {
            return Files.isRegularFile(file)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).trim())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public boolean isCurrent() {
        return read().filter(SearchAnalysis.VERSION::equals).isPresent();
    }

    public void writeCurrent() {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, SearchAnalysis.VERSION + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the analysis version of the search index to " + file, e);
        }
    }
}
