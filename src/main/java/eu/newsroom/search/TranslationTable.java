package eu.newsroom.search;

import eu.newsroom.search.internal.LanguageAnalyzers;
import eu.newsroom.search.internal.SearchFields;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translations of analysed terms ("lang|term" → translations), and how a query word is looked up in them: the one
 * lookup of the learned lexicon ({@link TranslationLexicon}) and the bilingual dictionaries ({@link Dictionaries}),
 * which had each written it out. A word is analysed as a word of each language it is read in, and that term's
 * translations are gathered, the best weight per target term. A word is read as a word of the query's languages (as
 * its stop words tell), and when that reading teaches nothing, as a word of every language: many words are spelled
 * alike in several ("satellites" is also French). A word of several words ("air defence") is looked up by its words'
 * terms joined by a space ({@link #key}).
 */
final class TranslationTable {

    static final TranslationTable EMPTY = new TranslationTable(Map.of());

    private final Map<String, List<TranslationLexicon.Translation>> byTerm;

    TranslationTable(Map<String, List<TranslationLexicon.Translation>> byTerm) {
        this.byTerm = byTerm;
    }

    boolean isEmpty() {
        return byTerm.isEmpty();
    }

    int size() {
        return byTerm.size();
    }

    /** The translations of a word (or words) read in {@code from} (its stop words' languages), else in every language. */
    List<TranslationLexicon.Translation> translations(String word, Set<String> from) {
        if (byTerm.isEmpty()) {
            return List.of();
        }
        List<TranslationLexicon.Translation> found = from.isEmpty() ? List.of() : lookUp(word, from);
        return found.isEmpty() ? lookUp(word, SearchFields.LANGUAGES) : found;
    }

    /**
     * The languages in which the word, analysed as a word of that language, has an entry: "military" is English,
     * "aérea" Spanish and Italian. A phrase whose stop words do not tell its language is read by these
     * ({@link PhraseTranslations}).
     */
    Set<String> languagesOf(String word) {
        Set<String> found = new java.util.LinkedHashSet<>();
        for (String language : SearchFields.LANGUAGES) {
            if (!lookUp(word, List.of(language)).isEmpty()) {
                found.add(language);
            }
        }
        return found;
    }

    /** The translations of a term as the index holds it in that language (no analysis: it is a term already). */
    List<TranslationLexicon.Translation> ofTerm(String language, String term) {
        return byTerm.getOrDefault(language + "|" + term, List.of());
    }

    /** The word analysed as a word of each language, each analysed form's translations; per target, the best. */
    List<TranslationLexicon.Translation> lookUp(String word, Collection<String> languages) {
        Map<String, TranslationLexicon.Translation> best = new HashMap<>();
        for (String language : languages) {
            String key = key(language, word);
            if (key == null) {
                continue;
            }
            for (TranslationLexicon.Translation t : byTerm.getOrDefault(language + "|" + key, List.of())) {
                best.merge(t.field() + "|" + t.term(), t, (a, b) -> a.weight() >= b.weight() ? a : b);
            }
        }
        return best.values().stream().sorted(Comparator.comparing(TranslationLexicon.Translation::weight).reversed()
                .thenComparing(TranslationLexicon.Translation::field)
                .thenComparing(TranslationLexicon.Translation::term)).toList();
    }

    /**
     * How a word, or a few words, are keyed in a language: each word's one term as the index holds it, joined by a
     * space; null when a word is none (a stop word kept by no analysis) or several terms.
     */
    static String key(String language, String words) {
        StringBuilder key = new StringBuilder();
        for (String word : words.strip().split("\\s+")) {
            String term = oneTerm(language, LanguageAnalyzers.terms(language, word));
            if (term == null) {
                return null;
            }
            key.append(key.isEmpty() ? "" : " ").append(term);
        }
        return key.isEmpty() ? null : key.toString();
    }

    /**
     * The one term of a word, or null: Polish keeps the folded word beside its stem (two terms at one position), and
     * the stem is the word's term.
     */
    static String oneTerm(String language, List<String> terms) {
        return terms.size() == 1 || language.equals("pl") && terms.size() == 2 ? terms.get(terms.size() - 1) : null;
    }
}
