package eu.newsroom.search.internal;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.es.SpanishLightStemFilterFactory;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.icu.ICUFoldingFilterFactory;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerFactory;
import org.apache.lucene.analysis.it.ItalianLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilterFactory;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilterFactory;
import org.apache.lucene.analysis.miscellaneous.TrimFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.stempel.StempelPolishStemFilterFactory;

/**
 * The one definition of the per-language analysis (docs/search.md), read by both backends: {@link SearchAnalysis}
 * builds Lucene analyzers from it, {@link SearchAnalysisOpenSearch} the same chains as OpenSearch index settings.
 * Each step names its Lucene factory and its OpenSearch filter side by side, so the two cannot drift apart.
 */
final class AnalysisChains {

    /** A tokenizer: Lucene's factory and OpenSearch's built-in (or plugin) name for the same algorithm. */
    enum Tokenizer {
        STANDARD(StandardTokenizerFactory.class, "standard"),
        /** UAX #29 with dictionaries for scripts without spaces; OpenSearch needs the analysis-icu plugin. */
        ICU(ICUTokenizerFactory.class, "icu_tokenizer"),
        /** The whole text as one token. */
        KEYWORD(KeywordTokenizerFactory.class, "keyword");

        final Class<? extends TokenizerFactory> lucene;
        final String openSearch;

        Tokenizer(Class<? extends TokenizerFactory> lucene, String openSearch) {
            this.lucene = lucene;
            this.openSearch = openSearch;
        }
    }

    /**
     * A token filter. {@code name} is the filter's name in OpenSearch index settings when it needs parameters
     * there (else OpenSearch's built-in filter is used as is, by {@code openSearchType}).
     */
    record Filter(String name, Class<? extends TokenFilterFactory> lucene, Map<String, String> luceneParams,
            String openSearchType, Map<String, String> openSearchParams) {

        static Filter plain(Class<? extends TokenFilterFactory> lucene, String openSearchType) {
            return new Filter(openSearchType, lucene, Map.of(), openSearchType, Map.of());
        }

        boolean builtInOnOpenSearch() {
            return openSearchParams.isEmpty();
        }
    }

    /** A named analyzer: a tokenizer, then filters in order. The same chain runs at index and at query time. */
    record Chain(String analyzer, Tokenizer tokenizer, List<Filter> filters) {
    }

    /** An elided article or preposition (l', d', qu', dell', un') at the start of a token. */
    static final String ELIDED_ARTICLE = "^\\p{L}{1,6}['’]";

    static final Filter LOWER_CASE = Filter.plain(LowerCaseFilterFactory.class, "lowercase");
    /** Case folding, diacritics removed, normalised (ß → ss); OpenSearch needs the analysis-icu plugin. */
    static final Filter ICU_FOLDING = Filter.plain(ICUFoldingFilterFactory.class, "icu_folding");
    static final Filter KEYWORD_REPEAT = Filter.plain(KeywordRepeatFilterFactory.class, "keyword_repeat");
    static final Filter REMOVE_DUPLICATES = Filter.plain(RemoveDuplicatesTokenFilterFactory.class, "remove_duplicates");
    /** Stempel; OpenSearch needs the analysis-stempel plugin. */
    static final Filter POLISH_STEM = Filter.plain(StempelPolishStemFilterFactory.class, "polish_stem");
    /** l'Union, d'Europe, qu'il, jusqu'à, dell'Unione, un'iniziativa: a short elided article is dropped. */
    static final Filter ELISION = new Filter("newsroom_elided_article", PatternReplaceFilterFactory.class,
            Map.of("pattern", ELIDED_ARTICLE, "replacement", "", "replace", "first"),
            "pattern_replace", Map.of("pattern", ELIDED_ARTICLE, "replacement", "", "all", "false"));
    /** Anything but letters and digits between words. */
    static final String NOT_A_WORD = "[^\\p{L}\\p{N}]+";
    /** "Projekt „Eastern Flank Watch“", "EU-UK partnership": punctuation and hyphens become one space. */
    static final Filter PUNCTUATION_TO_SPACE = new Filter("newsroom_punctuation_to_space",
            PatternReplaceFilterFactory.class,
            Map.of("pattern", NOT_A_WORD, "replacement", " ", "replace", "all"),
            "pattern_replace", Map.of("pattern", NOT_A_WORD, "replacement", " ", "all", "true"));
    static final Filter TRIM = Filter.plain(TrimFilterFactory.class, "trim");
    static final Filter ENGLISH_POSSESSIVE = stemmer("newsroom_english_possessive",
            EnglishPossessiveFilterFactory.class, "possessive_english");
    static final Filter FRENCH_LIGHT = stemmer("newsroom_french_light", FrenchLightStemFilterFactory.class, "light_french");
    static final Filter SPANISH_LIGHT = stemmer("newsroom_spanish_light", SpanishLightStemFilterFactory.class, "light_spanish");
    static final Filter ITALIAN_LIGHT = stemmer("newsroom_italian_light", ItalianLightStemFilterFactory.class, "light_italian");

    static final List<Chain> ALL = List.of(
            // German: ICU folding (ä→a, ß→ss), then Snowball German2, which also reads "ue" as "ü"
            new Chain("text_de", Tokenizer.STANDARD, List.of(ICU_FOLDING, snowball("German2"))),
            new Chain("text_en", Tokenizer.STANDARD, List.of(ENGLISH_POSSESSIVE, ICU_FOLDING, snowball("English"))),
            new Chain("text_fr", Tokenizer.STANDARD, List.of(LOWER_CASE, ELISION, ICU_FOLDING, FRENCH_LIGHT)),
            new Chain("text_es", Tokenizer.STANDARD, List.of(ICU_FOLDING, SPANISH_LIGHT)),
            new Chain("text_it", Tokenizer.STANDARD, List.of(LOWER_CASE, ELISION, ICU_FOLDING, ITALIAN_LIGHT)),
            // Polish: Stempel needs the diacritics ("pocisków" → "pocisk"), so it runs before folding; the word as
            // written is kept beside its stem, so that "pociskow" (typed without the ó) still finds "pocisków"
            new Chain("text_pl", Tokenizer.STANDARD,
                    List.of(LOWER_CASE, KEYWORD_REPEAT, POLISH_STEM, ICU_FOLDING, REMOVE_DUPLICATES)),
            new Chain("text_nl", Tokenizer.STANDARD, List.of(ICU_FOLDING, snowball("Dutch"))),
            // any other language: ICU word segmentation (also for scripts without spaces) and folding
            new Chain(SearchFields.ANALYZER_OTHER, Tokenizer.ICU, List.of(ICU_FOLDING)),
            // thesaurus labels of every language in one field: folding, no stemming
            new Chain(SearchFields.ANALYZER_CONCEPTS, Tokenizer.ICU, List.of(ICU_FOLDING)),
            // a whole initiative name or alias as one token, folded, punctuation as spaces: matched only by a query
            // that is the whole name ("drone wall", "EPF"), not by a word of it
            new Chain(SearchFields.ANALYZER_INITIATIVE_NAME, Tokenizer.KEYWORD,
                    List.of(ICU_FOLDING, PUNCTUATION_TO_SPACE, TRIM)));

    private AnalysisChains() {
    }

    private static Filter snowball(String language) {
        return new Filter("newsroom_snowball_" + language.toLowerCase(java.util.Locale.ROOT),
                SnowballPorterFilterFactory.class, Map.of("language", language), "snowball", Map.of("language", language));
    }

    private static Filter stemmer(String name, Class<? extends TokenFilterFactory> lucene, String openSearchLanguage) {
        return new Filter(name, lucene, Map.of(), "stemmer", Map.of("language", openSearchLanguage));
    }
}
