package eu.newsroom.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The text analysis of each language ({@link AnalysisChains}) outside the index, for what learns from the texts
 * (the translation lexicon): the same terms the index holds for a text of that language.
 */
public final class LanguageAnalyzers {

    private static final Map<String, Analyzer> BY_LANGUAGE = build();

    private LanguageAnalyzers() {
    }

    /** The terms of a text as the text field of its language holds them ({@code text_other} for another language). */
    public static List<String> terms(String language, String text) {
        Analyzer analyzer = BY_LANGUAGE.get(SearchFields.textFieldFor(language));
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /**
     * The analyzer of a full-text field ({@code text_en}, …, {@code text_other}): the chain the index runs on it, at
     * index and at query time (the page's snippets highlight with it).
     */
    public static Analyzer forField(String textField) {
        Analyzer analyzer = BY_LANGUAGE.get(textField);
        if (analyzer == null) {
            throw new IllegalArgumentException("not a text field: " + textField);
        }
        return analyzer;
    }

    private static Map<String, Analyzer> build() {
        Map<String, Analyzer> analyzers = new HashMap<>();
        for (AnalysisChains.Chain chain : AnalysisChains.ALL) {
            if (!SearchFields.TEXT_FIELDS.contains(chain.analyzer())) {
                continue;
            }
            try {
                CustomAnalyzer.Builder builder = CustomAnalyzer.builder()
                        .withTokenizer(chain.tokenizer().lucene, new HashMap<>());
                for (AnalysisChains.Filter filter : chain.filters()) {
                    builder.addTokenFilter(filter.lucene(), new HashMap<>(filter.luceneParams()));
                }
                analyzers.put(chain.analyzer(), builder.build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(analyzers);
    }
}
