package eu.newsroom.search.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchAnalysisComponentParametersStep;

/**
 * The analyzers of {@link SearchAnalysis} for the OpenSearch backend of cluster mode (docs/scaling.md), built from
 * the same {@link AnalysisChains}. ICU folding and the ICU tokenizer need OpenSearch's analysis-icu plugin, the
 * Polish stemmer its analysis-stempel plugin; without them the index cannot be created and start-up fails.
 */
public class SearchAnalysisOpenSearch implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        Map<String, AnalysisChains.Filter> definitions = new LinkedHashMap<>();
        for (AnalysisChains.Chain chain : AnalysisChains.ALL) {
            String[] filters = chain.filters().stream()
                    .peek(filter -> definitions.put(filter.name(), filter))
                    .map(filter -> filter.builtInOnOpenSearch() ? filter.openSearchType() : filter.name())
                    .toArray(String[]::new);
            context.analyzer(chain.analyzer()).custom()
                    .tokenizer(chain.tokenizer().openSearch)
                    .tokenFilters(filters);
        }
        // filters with parameters are defined once in the index settings, under their own name
        definitions.values().stream().filter(filter -> !filter.builtInOnOpenSearch()).forEach(filter -> {
            ElasticsearchAnalysisComponentParametersStep step = context.tokenFilter(filter.name())
                    .type(filter.openSearchType());
            for (var param : filter.openSearchParams().entrySet()) {
                step = step.param(param.getKey(), param.getValue());
            }
        });
    }
}
