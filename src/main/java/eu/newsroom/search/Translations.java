package eu.newsroom.search;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A query word's translations for one search ({@link IndexQueries.Translator}): looked up once per word and shared by
 * the queries of the search, which must all see the same translations while the sources are rebuilt in the
 * background. {@link #of} is every source, spelling-alike words included; {@link #sure} leaves those out, for the
 * words of a phrase said in another language ({@link PhraseTranslations}); {@link #surface} gives a word of the texts
 * that a translation's term is the analysis of, for a phrase query, which analyses its words.
 */
@FunctionalInterface
interface Translations extends Function<String, List<TranslationLexicon.Translation>> {

    List<TranslationLexicon.Translation> of(String word);

    @Override
    default List<TranslationLexicon.Translation> apply(String word) {
        return of(word);
    }

    default List<TranslationLexicon.Translation> sure(String word) {
        return of(word);
    }

    /**
     * The translations of the word itself, not of a related word: the learned lexicon, the dictionaries and a country's
     * names, without nationalities (the people or the language of a country named) and spelling-alike words. In the
     * bonus pass the best of them into a language counts as the word typed ({@link Matching#bonuses}).
     */
    default List<TranslationLexicon.Translation> direct(String word) {
        return List.of();
    }

    /**
     * The sure translations of a word read as a word of these languages (a quoted phrase's own, when its stop words
     * tell; the query's when empty).
     */
    default List<TranslationLexicon.Translation> sure(String word, Set<String> languages) {
        return sure(word);
    }

    /**
     * The languages every one of these words is a word of, as the dictionaries and the learned lexicon know them (a
     * word none of them knows, a name, says nothing); empty when they know none of the words or no language has all.
     */
    default Set<String> languagesOf(List<String> words) {
        return Set.of();
    }

    /** A word of the texts of this language whose term is {@code term}, or null when none is known. */
    default String surface(String language, String term) {
        return null;
    }

    /**
     * These translations cut down, so that a query of many words stays below the clause limit: at most {@code perField}
     * of a word's translations per field, the surest (none when 0), and no phrase translations unless {@code phrases}.
     * A query past the clause limit is asked again with fewer ({@link IndexQueries}).
     */
    static Translations capped(Translations all, int perField, boolean phrases) {
        return new Translations() {
            @Override
            public List<TranslationLexicon.Translation> of(String word) {
                return best(all.of(word), perField);
            }

            @Override
            public List<TranslationLexicon.Translation> sure(String word) {
                return phrases ? best(all.sure(word), perField) : List.of();
            }

            @Override
            public List<TranslationLexicon.Translation> sure(String word, Set<String> languages) {
                return phrases ? best(all.sure(word, languages), perField) : List.of();
            }

            @Override
            public List<TranslationLexicon.Translation> direct(String word) {
                return all.direct(word);
            }

            @Override
            public String surface(String language, String term) {
                return all.surface(language, term);
            }

            @Override
            public Set<String> languagesOf(List<String> words) {
                return all.languagesOf(words);
            }
        };
    }

    /** The surest {@code perField} translations of each field, in their order. */
    static List<TranslationLexicon.Translation> best(List<TranslationLexicon.Translation> found, int perField) {
        if (perField == 0) {
            return List.of();
        }
        Map<String, Integer> taken = new HashMap<>();
        Set<TranslationLexicon.Translation> kept = new HashSet<>();
        found.stream().sorted(Comparator.comparing(TranslationLexicon.Translation::weight).reversed())
                .filter(t -> taken.merge(t.field(), 1, Integer::sum) <= perField).forEach(kept::add);
        return kept.size() == found.size() ? found : found.stream().filter(kept::contains).toList();
    }

    /** Translations from a function, with no surfaces (tests). */
    static Translations from(Function<String, List<TranslationLexicon.Translation>> lookUp) {
        return lookUp::apply;
    }
}
