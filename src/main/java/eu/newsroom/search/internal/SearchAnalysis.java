package eu.newsroom.search.internal;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilterFactory;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.es.SpanishLightStemFilterFactory;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.icu.ICUFoldingFilterFactory;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerFactory;
import org.apache.lucene.analysis.it.ItalianLightStemFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.stempel.StempelPolishStemFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * One analyzer per language (see docs/search.md). Every analyzer folds case and diacritics with ICU
 * (so "Brussel" finds "Brüssel" and "Militarmobilitat" finds "Militärmobilität") before stemming;
 * the same analyzer runs at index and at query time.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    /**
     * The version of the analysis and index schema. Raise it with every change of an analyzer or of the indexed
     * fields: an index written with another version is rebuilt at the next start (SearchIndexAdmin).
     * 2: German and Dutch compound parts (text_de_parts, text_nl_parts, concepts_de_parts, concepts_nl_parts).
     * 3: a sortable unique key (type:id), the last tie-break of every sort.
     */
    public static final String VERSION = "3";

    /** An elided article or preposition (l', d', qu', dell', un') at the start of a token. */
    static final String ELIDED_ARTICLE = "^\\p{L}{1,6}['’]";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        // German: ICU folding (ä→a, ß→ss), then Snowball German2, which also reads "ue" as "ü"
        context.analyzer("text_de").custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(ICUFoldingFilterFactory.class)
                .tokenFilter(SnowballPorterFilterFactory.class).param("language", "German2");
        // the parts of German compounds ("Munitionsproduktion" → munition, produktion), then as text_de
        compoundParts(context, "de", "German2");
        context.analyzer("text_en").custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(ICUFoldingFilterFactory.class)
                .tokenFilter(SnowballPorterFilterFactory.class).param("language", "English");
        context.analyzer("text_fr").custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                // l'Union, d'Europe, qu'il, jusqu'à
                .tokenFilter(PatternReplaceFilterFactory.class).param("pattern", ELIDED_ARTICLE)
                .param("replacement", "").param("replace", "first")
                .tokenFilter(ICUFoldingFilterFactory.class)
                .tokenFilter(FrenchLightStemFilterFactory.class);
        context.analyzer("text_es").custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(ICUFoldingFilterFactory.class)
                .tokenFilter(SpanishLightStemFilterFactory.class);
        context.analyzer("text_it").custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                // dell'Unione, l'UE, un'iniziativa: drop a short elided article before the apostrophe
                .tokenFilter(PatternReplaceFilterFactory.class).param("pattern", ELIDED_ARTICLE)
                .param("replacement", "").param("replace", "first")
                .tokenFilter(ICUFoldingFilterFactory.class)
                .tokenFilter(ItalianLightStemFilterFactory.class);
        // Polish: lower case, Stempel (it needs the diacritics: "pocisków" → "pocisk"), then folding
        context.analyzer("text_pl").custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                // the word as written is kept beside its stem, so that "pociskow" (typed without the ó, which
                // Stempel cannot stem) still finds "pocisków"
                .tokenFilter(KeywordRepeatFilterFactory.class)
                .tokenFilter(StempelPolishStemFilterFactory.class)
                .tokenFilter(ICUFoldingFilterFactory.class)
                .tokenFilter(RemoveDuplicatesTokenFilterFactory.class);
        context.analyzer("text_nl").custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(ICUFoldingFilterFactory.class)
                .tokenFilter(SnowballPorterFilterFactory.class).param("language", "Dutch");
        // the parts of Dutch compounds ("artilleriemunitie" → artillerie, munitie), then as text_nl
        compoundParts(context, "nl", "Dutch");
        // any other language: ICU word segmentation (also for scripts without spaces) and folding
        context.analyzer(SearchFields.ANALYZER_OTHER).custom()
                .tokenizer(ICUTokenizerFactory.class)
                .tokenFilter(ICUFoldingFilterFactory.class);
        // thesaurus labels of every language in one field: folding, no stemming
        context.analyzer(SearchFields.ANALYZER_CONCEPTS).custom()
                .tokenizer(ICUTokenizerFactory.class)
                .tokenFilter(ICUFoldingFilterFactory.class);
    }

    /**
     * The parts of the compounds of a language, split on the word as written, then folded and stemmed like the
     * language's text field. Queries on the parts field use the text field's analyzer (no splitting), so that
     * "Munition" finds the part, and "Verteidigungspartnerschaft" does not find every "Partnerschaft".
     */
    private static void compoundParts(LuceneAnalysisConfigurationContext context, String language, String snowball) {
        context.analyzer(SearchFields.TEXT_PREFIX + language + SearchFields.PARTS_SUFFIX).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(CompoundPartsFilterFactory.class).param("language", language)
                .tokenFilter(ICUFoldingFilterFactory.class)
                .tokenFilter(SnowballPorterFilterFactory.class).param("language", snowball);
    }
}
