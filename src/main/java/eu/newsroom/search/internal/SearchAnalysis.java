package eu.newsroom.search.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisComponentParametersStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/**
 * One analyzer per language (see docs/search.md), on the Lucene backend. Every analyzer folds case and diacritics
 * with ICU (so "Brussel" finds "Brüssel" and "Militarmobilitat" finds "Militärmobilität") before stemming; the same
 * analyzer runs at index and at query time. The chains themselves are in {@link AnalysisChains}, which the
 * OpenSearch backend of cluster mode ({@link SearchAnalysisOpenSearch}) reads too.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    /**
     * The version of the analysis and index schema. Raise it with every change of an analyzer, of the indexed
     * fields or of the OpenSearch index settings (search/opensearch-index-settings.json): a Lucene index written with
     * another version is rebuilt at the next start (SearchIndexAdmin); on OpenSearch the version is part of the index
     * names ({@link VersionedIndexLayout}), so a new version creates and fills indexes of its own.
     * 2: German and Dutch compound parts (text_de_parts, text_nl_parts, concepts_de_parts, concepts_nl_parts).
     * 3: a sortable unique key (type:id), the last tie-break of every sort.
     * 4: the whole names and aliases of an initiative or of the initiatives an item reports on ({@code initiatives});
     * what an item is called ({@code heading}).
     * 5: the compound parts split when the document is written (CompoundText), the parts fields analysed like the
     * text field: the same on the OpenSearch backend.
     * 6: the entry of a result list an item belongs to ({@code entry}), to count entries (issue 17).
     * 7: who speaks in an item ({@code speakers}).
     * 8: the text fields neither stored nor with term vectors (snippets are highlighted from the database's text);
     * on OpenSearch, Lucene's BM25 as the indexes' similarity (search/opensearch-index-settings.json).
     * 9: no {@code entityId}, {@code slug}, {@code externalId}, {@code title} or {@code group} field (written, never read:
     * a hit's type and id come from the document's identifier, what it shows from PostgreSQL).
     */
    public static final String VERSION = "9";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (AnalysisChains.Chain chain : AnalysisChains.ALL) {
            LuceneAnalysisOptionalComponentsStep analyzer = context.analyzer(chain.analyzer()).custom()
                    .tokenizer(chain.tokenizer().lucene);
            for (AnalysisChains.Filter filter : chain.filters()) {
                LuceneAnalysisComponentParametersStep step = analyzer.tokenFilter(filter.lucene());
                for (var param : filter.luceneParams().entrySet()) {
                    step = step.param(param.getKey(), param.getValue());
                }
                analyzer = step;
            }
        }
    }
}
