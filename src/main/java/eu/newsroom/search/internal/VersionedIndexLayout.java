package eu.newsroom.search.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Cluster mode's index names on OpenSearch, carrying the mapping version ({@link SearchAnalysis#VERSION}):
 * {@code briefing-v8-000001} behind the aliases {@code briefing-v8-write} and {@code briefing-v8-read}. OpenSearch
 * cannot change a field's analysis, storage or term vectors in place, and Hibernate Search's start-up validation
 * rejects an index of another mapping, so every node of a new version would refuse to start against the old
 * indexes. Under new names a node of the new version finds no index of its own, creates the three afresh and
 * rebuilds them from the database ({@code SearchIndexAdmin}, as for an empty index); the indexes of the old version
 * stay beside them until the operator deletes them (docs/scaling.md). The Lucene backend keeps its own check, the
 * {@code analysis-version} file.
 */
public final class VersionedIndexLayout implements IndexLayoutStrategy {

    private static final Pattern PRIMARY = Pattern.compile("(.*)-\\d{6}");

    @Override
    public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
        return versioned(hibernateSearchIndexName) + "-000001";
    }

    @Override
    public String createWriteAlias(String hibernateSearchIndexName) {
        return versioned(hibernateSearchIndexName) + "-write";
    }

    @Override
    public String createReadAlias(String hibernateSearchIndexName) {
        return versioned(hibernateSearchIndexName) + "-read";
    }

    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
        return versioned(hibernateSearchIndexName);
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        Matcher primary = PRIMARY.matcher(elasticsearchIndexName);
        if (!primary.matches()) {
            throw new IllegalArgumentException("not an index of this layout: " + elasticsearchIndexName);
        }
        return primary.group(1);
    }

    private static String versioned(String hibernateSearchIndexName) {
        return hibernateSearchIndexName + "-v" + SearchAnalysis.VERSION;
    }
}
