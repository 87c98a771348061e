package eu.newsroom.search;

import eu.newsroom.search.internal.LanguageAnalyzers;
import eu.newsroom.search.internal.SearchFields;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Spelling-alike words of the other languages for a query word the translation lexicon does not know: the lexicon
 * learns only words that occur in items with two or more language versions, so a word of an item that exists in one
 * language is never translated ("munición" / "Munition", "Lituanie" / "Lituania" / "Lithuania", "cyberrezerwistów" /
 * "cyberreservists"). Cognates and names of the seven languages are mostly spelled alike: the words of the public texts
 * ({@link Suggester}'s word list, folded) that share the query word's first letters and are within a small share of
 * edits of it are searched as its translations, weighted by how alike they are.
 * <p>
 * Kept from flooding the results: only words of {@link #MIN_LENGTH} letters or more (short words have too many
 * neighbours), only candidates held by few items ({@link #MAX_ITEM_SHARE}: a common word is no translation of a rare
 * one, and would make nearly every item match the unit), at most {@link #MAX_COGNATES} per word, and none that is the
 * same word as the query's in some language (its analysed form there is the query word's: the search finds those
 * already). The candidates come from the word list's index by first letters, built with it in the background; the
 * answer per word is cached until the word list changes. A word that is a likely typo (unknown, and close to a known
 * word) gets none: "did you mean" handles it.
 */
@Component
class Cognates {

    static final int MIN_LENGTH = 5;
    /** At most this share of the longer word's letters edited (optimal string alignment): 1 of 5-6, 2 of 7-9. */
    static final double MAX_EDIT_SHARE = 0.3;
    static final int MAX_COGNATES = 3;
    /** A candidate held by more than this share of the items (and more than {@link #MIN_ITEMS}) is too common. */
    static final double MAX_ITEM_SHARE = 0.02;
    static final int MIN_ITEMS = 10;
    private static final int CACHE_SIZE = 10_000;

    private final Suggester vocabulary;
    private final Clock clock;
    private volatile Object cachedFor;
    private final Map<String, List<TranslationLexicon.Translation>> cache = new ConcurrentHashMap<>();

    Cognates(Suggester vocabulary, Clock clock) {
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    /** The word's cognates as translations into every text field (each analysed by that field's language). */
    List<TranslationLexicon.Translation> of(String word) {
        var now = clock.instant();
        Object version = vocabulary.version(now);
        if (version != cachedFor) {
            cache.clear();
            cachedFor = version;
        }
        String folded = Suggester.fold(word);
        List<TranslationLexicon.Translation> found = cache.get(folded);
        if (found == null) {
            // a word no public text has, one or two letters from a word one has, is a typo: "did you mean" corrects it
            // (Corrections); its cognates would be guesses from a misspelling, and finding something through them
            // kept the correction from being shown ("mobilty")
            boolean typo = !vocabulary.known(word, now) && vocabulary.suggest(word, now) != null;
            found = typo ? List.of() : asTranslations(word, alike(folded, vocabulary.withPrefix(prefix(folded), now),
                    vocabulary.items(now)));
            if (cache.size() < CACHE_SIZE) {
                cache.put(folded, found);
            }
        }
        return found;
    }

    /** A candidate and how alike it is to the query word (1 − edits / length of the longer). */
    record Alike(String surface, String folded, int items, double similarity) {
    }

    /**
     * The best spelling-alike words among the candidates: within {@link #MAX_EDIT_SHARE} edits, not too common, not the
     * word itself; most alike first, then the rarer.
     */
    static List<Alike> alike(String folded, List<VocabularyStore.Word> candidates, int items) {
        if (folded.length() < MIN_LENGTH || !folded.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        int maxItems = Math.max(MIN_ITEMS, (int) (items * MAX_ITEM_SHARE));
        List<Alike> alike = new ArrayList<>();
        for (VocabularyStore.Word candidate : candidates) {
            String other = candidate.folded();
            int longer = Math.max(other.length(), folded.length());
            int max = (int) Math.floor(longer * MAX_EDIT_SHARE);
            if (other.equals(folded) || candidate.items() > maxItems || other.length() < MIN_LENGTH
                    || Math.abs(other.length() - folded.length()) > max) {
                continue;
            }
            int d = Suggester.distance(folded, other, max);
            if (d <= max) {
                alike.add(new Alike(candidate.surface(), other, candidate.items(), 1.0 - (double) d / longer));
            }
        }
        alike.sort(Comparator.comparingDouble(Alike::similarity).reversed().thenComparingInt(Alike::items)
                .thenComparing(Alike::folded));
        return alike;
    }

    /**
     * The cognates as terms of each text field, weight the similarity squared (one edit in eight letters: 0.77, two:
     * 0.56), leaving out those that some language's analyzer reads as the query word (inflections of it, which the
     * query's words find already), at most {@link #MAX_COGNATES} words.
     */
    static List<TranslationLexicon.Translation> asTranslations(String word, List<Alike> alike) {
        if (alike.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> ownTerms = new HashMap<>();
        SearchFields.LANGUAGES.forEach(language -> ownTerms.put(language, LanguageAnalyzers.terms(language, word)));
        List<TranslationLexicon.Translation> translations = new ArrayList<>();
        int taken = 0;
        for (Alike a : alike) {
            if (taken == MAX_COGNATES) {
                break;
            }
            Map<String, List<String>> terms = new HashMap<>();
            boolean same = false;
            for (String language : SearchFields.LANGUAGES) {
                List<String> t = LanguageAnalyzers.terms(language, a.surface());
                same |= !t.isEmpty() && t.equals(ownTerms.get(language));
                terms.put(language, t);
            }
            if (same) {
                continue;
            }
            taken++;
            float weight = (float) (a.similarity() * a.similarity());
            terms.forEach((language, t) -> {
                // Polish keeps the word beside its stem: each term, sharing the weight
                t.forEach(term -> translations.add(new TranslationLexicon.Translation(
                        SearchFields.TEXT_PREFIX + language, term, weight / t.size())));
            });
        }
        return List.copyOf(translations);
    }

    private static String prefix(String folded) {
        return folded.length() < Suggester.PREFIX ? folded : folded.substring(0, Suggester.PREFIX);
    }
}
