package eu.newsroom.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilterFactory;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerFactory;
import org.apache.lucene.analysis.stempel.StempelPolishStemFilterFactory;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * The filters that OpenSearch's analysis-icu and analysis-stempel plugins give a real node ({@code icu_folding},
 * {@code icu_tokenizer}, {@code polish_stem}), for the in-process test node: those plugins are published as
 * zips outside Maven Central, so the test node gets the same Lucene classes the plugins wrap, under the same names.
 */
public class IcuAndStempelOnOpenSearch extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
                "icu_folding", (index, environment, name, settings) ->
                        filter(name, new ICUFoldingFilterFactory(new HashMap<>())::create),
                "polish_stem", (index, environment, name, settings) ->
                        filter(name, new StempelPolishStemFilterFactory(new HashMap<>())::create));
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of("icu_tokenizer", (index, environment, name, settings) -> {
            ICUTokenizerFactory icu = new ICUTokenizerFactory(new HashMap<>());
            icu.inform(new ClasspathResourceLoader(ICUTokenizerFactory.class));
            return new TokenizerFactory() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public Tokenizer create() {
                    return icu.create();
                }
            };
        });
    }

    private static TokenFilterFactory filter(String name, Function<TokenStream, TokenStream> lucene) {
        return new TokenFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TokenStream create(TokenStream input) {
                return lucene.apply(input);
            }
        };
    }
}
