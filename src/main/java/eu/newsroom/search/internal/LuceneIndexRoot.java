package eu.newsroom.search.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The directory holding the Lucene indexes, as Hibernate Search was given it. None in cluster mode: there the
 * backend is OpenSearch and the root is blanked, and a blank root must not be read as the working directory
 * (IndexDirectoryCheck once took every directory of the working directory, {@code .git} included, for a damaged
 * index and deleted it).
 */
public final class LuceneIndexRoot {

    static final String ROOT_PROPERTY = "hibernate.search.backend.directory.root";
    static final String TYPE_PROPERTY = "hibernate.search.backend.type";

    private LuceneIndexRoot() {
    }

    /** The index root, absolute; empty when the backend is not Lucene or no root is set. */
    public static Optional<Path> of(Map<String, ?> hibernateProperties) {
        Object type = hibernateProperties.get(TYPE_PROPERTY);
        Object root = hibernateProperties.get(ROOT_PROPERTY);
        boolean lucene = type == null || type.toString().isBlank() || type.toString().trim().equals("lucene");
        if (!lucene || root == null || root.toString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Path.of(root.toString().trim()).toAbsolutePath());
    }
}
