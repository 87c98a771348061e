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
