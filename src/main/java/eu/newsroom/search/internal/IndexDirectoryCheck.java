package eu.newsroom.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Before Hibernate Search opens the Lucene indexes at start-up, checks each one that has files: an index
 * that cannot be opened (segments file gone) or whose files fail their checksums (a disk or a copy that
 * damaged them while the newsroom was stopped) is deleted, so Hibernate Search creates it empty and
 * SearchIndexAdmin rebuilds it from the database. Without this, a damaged index stops the start-up.
 * It runs as a Hibernate properties customiser because that is the last hook before Hibernate boots.
 */
@Component
class IndexDirectoryCheck implements HibernatePropertiesCustomizer {

    private static final Logger log = LoggerFactory.getLogger(IndexDirectoryCheck.class);

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        LuceneIndexRoot.of(hibernateProperties).ifPresent(IndexDirectoryCheck::check);
    }

    private static void check(Path root) {
        for (Path index : indexDirectories(root)) {
            // a Lucene index directory holds files only: one with subdirectories is something else, never ours
            if (hasSubdirectory(index)) {
                log.warn("{} has subdirectories, so it is no search index: left alone", index);
            } else if (isDamaged(index)) {
                log.warn("Search index {} is damaged: deleting it, it is rebuilt from the database after start-up", index);
                delete(index);
            }
        }
    }

    private static List<Path> indexDirectories(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasSubdirectory(Path directory) {
        try (Stream<Path> children = Files.list(directory)) {
            return children.anyMatch(Files::isDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isDamaged(Path index) {
        try (Directory directory = FSDirectory.open(index)) {
            if (directory.listAll().length == 0) {
                return false;
            }
            if (!DirectoryReader.indexExists(directory)) {
                return true;
            }
            try (CheckIndex check = new CheckIndex(directory)) {
                // checksums of every file: finds any damaged byte without decoding the whole index
                check.setChecksumsOnly(true);
                return !check.checkIndex().clean;
            }
        } catch (LockObtainFailedException e) {
            // another process has the index open: it is in use, not ours to judge
            log.warn("Search index {} is locked by another process; not checked", index);
            return false;
        } catch (IOException | RuntimeException e) {
            log.warn("Search index {} cannot be read: {}", index, e.toString());
            return true;
        }
    }

    private static void delete(Path index) {
        try (Stream<Path> files = Files.walk(index)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
