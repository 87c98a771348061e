package eu.newsroom.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Cluster mode's index names carry the mapping version, and a hit's index (as OpenSearch names it) leads back to the
 * index Hibernate Search knows: otherwise the hits of a search could not be loaded.
 */
class VersionedIndexLayoutTest {

    private final VersionedIndexLayout layout = new VersionedIndexLayout();

    @Test
    void theNamesCarryTheVersionAndAHitsIndexLeadsBackToItsType() {
        String v = "-v" + SearchAnalysis.VERSION;
        assertThat(layout.createInitialElasticsearchIndexName("statement")).isEqualTo("statement" + v + "-000001");
        assertThat(layout.createReadAlias("statement")).isEqualTo("statement" + v + "-read");
        assertThat(layout.createWriteAlias("statement")).isEqualTo("statement" + v + "-write");
        assertThat(layout.extractUniqueKeyFromElasticsearchIndexName("statement" + v + "-000002"))
                .isEqualTo(layout.extractUniqueKeyFromHibernateSearchIndexName("statement"));
        assertThat(layout.extractUniqueKeyFromElasticsearchIndexName("statement-000001"))
                .isNotEqualTo(layout.extractUniqueKeyFromHibernateSearchIndexName("statement"));
    }
}
