package eu.newsroom.search;

import eu.newsroom.search.internal.SearchFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * A quoted phrase of two to four words said in the other languages: "military mobility" is the
 * "militärische Mobilität" of a German item and the "movilidad militar" of a Spanish one, which the phrase as typed
 * never finds. Per target language, a sloppy phrase of the best {@link #PER_WORD} translations of each word (every
 * combination), from the sure sources only (the learned lexicon, the dictionaries, the names of countries and
 * nationalities; never spelling-alike words, {@link Translations#sure}), and the dictionary's entry for the whole
 * phrase when it has one.
 * <p>
 * Word order: German, Dutch and English put the modifier first, Spanish, French, Italian and Polish mostly after the
 * noun. Into a language of the other order, a phrase of two words is reversed; of three or four words it keeps the
 * typed order with a slop of 2 (prepositions differ: "Mobilität der Truppen" / "mobilité des troupes"); into a language
 * of the same order, the typed order, slop 1. A phrase is never translated into the language it is written in (its
 * stop words tell, when they do): the reversed phrase finds nothing there, as typed. A stop word of the phrase is
 * left out of the translation, one more position of slop each. A quoted single word matches as typed only.
 * <p>
 * A phrase of two to four words rarely has the two stop words that tell its language: then its
 * words tell, as far as the dictionaries and the learned lexicon know them ({@link Translations#languagesOf}:
 * "defensa aérea" is Spanish, "mobility military" English, and that reversed English phrase finds nothing in any
 * language, as it finds nothing as typed). When they tell nothing, or languages of both orders, the order is not known
 * either, and a phrase of two words is searched in both orders in the other languages, of three or four with a slop
 * of 2. A language into which no word translates but to itself is not
 * searched (it is the phrase's own, as typed), and a nationality is translated by adjectives only ("Spanish navy" was
 * the English "Spain navy"). At most {@link #MAX_PHRASES} phrases a quoted phrase, one translation a word past it.
 */
final class PhraseTranslations {

    static final int PER_WORD = 2;
    static final int MIN_WORDS = 2;
    static final int MAX_WORDS = 4;
    /**
     * At most this many phrase clauses for one quoted phrase, over all languages, to stay below the clause limit: four
     * words of two translations each in seven languages were 7 × 2⁴ = 112 phrases, and a query of several such phrases
     * passed the clause limit (1 024) in the window, the count and the relaxed query. Past it, one translation a word.
     */
    static final int MAX_PHRASES = 24;
    /** A one-phrase query: an item with the phrase translated scores this share of one with it as typed. */
    static final float CONSTANT_SHARE = 0.8f;
    /** The languages that put most modifiers after the noun ("movilidad militar", "obrona powietrzna"). */
    static final Set<String> MODIFIER_AFTER = Set.of("es", "fr", "it", "pl");

    private PhraseTranslations() {
    }

    /** The phrase's translations as one predicate (any of them), or null when it has none or is no phrase of 2-4 words. */
    static PredicateFinalStep of(SearchPredicateFactory f, String quoted, Translations translations) {
        return of(f, quoted, translations, PER_WORD);
    }

    /**
     * As {@link #of(SearchPredicateFactory, String, Translations)}, with at most {@code perWord} translations of each
     * word (1 when a query has several phrases, to stay below the clause limit).
     */
    static PredicateFinalStep of(SearchPredicateFactory f, String quoted, Translations translations, int perWord) {
        List<List<String>> phrases = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        List<Integer> slops = new ArrayList<>();
        List<TranslationLexicon.Translation> whole = plan(quoted, translations, phrases, fields, slops, perWord);
        if (whole == null || whole.isEmpty() && phrases.isEmpty()) {
            return null;
        }
        return f.bool(b -> {
            whole.forEach(t -> b.should(Matching.translation(f, t)));
            for (int i = 0; i < phrases.size(); i++) {
                b.should(f.phrase().field(fields.get(i)).matching(String.join(" ", phrases.get(i)))
                        .slop(slops.get(i)).boost(Matching.TRANSLATION_BOOST));
            }
        });
    }

    static List<TranslationLexicon.Translation> plan(String quoted, Translations translations,
            List<List<String>> phrases, List<String> fields, List<Integer> slops) {
        return plan(quoted, translations, phrases, fields, slops, PER_WORD);
    }

    /**
     * The phrases to search, each with its field and slop (added to the lists), and the dictionary's translations of the
     * whole phrase (returned); null when the text is no quoted phrase of {@link #MIN_WORDS}-{@link #MAX_WORDS} words.
     * At most {@code perWord} translations a word, and {@link #MAX_PHRASES} phrases (one translation a word past it).
     */
    static List<TranslationLexicon.Translation> plan(String quoted, Translations translations,
            List<List<String>> phrases, List<String> fields, List<Integer> slops, int perWord) {
        String q = quoted.strip();
        if (q.length() < 2 || !q.startsWith("\"") || !q.endsWith("\"")) {
            return null;
        }
        String inner = q.substring(1, q.length() - 1).strip();
        List<String> words = inner.isEmpty() ? List.of() : List.of(inner.split("\\s+"));
        if (words.size() < MIN_WORDS || words.size() > MAX_WORDS) {
            return null;
        }
        // the phrase's own language, as its stop words tell; a phrase of two to four words rarely has two of them,
        // and then its words tell, where the dictionaries and the lexicon know them ("mobility military" is English)
        List<String> stop = StopWords.of(words);
        Set<String> told = StopWords.languagesOf(words);
        Set<String> from = !told.isEmpty() ? told
                : translations.languagesOf(words.stream().filter(w -> !stop.contains(w)).toList());
        // the order is known when the phrase's languages agree on it
        boolean known = !from.isEmpty()
                && (MODIFIER_AFTER.containsAll(from) || java.util.Collections.disjoint(MODIFIER_AFTER, from));
        boolean modifierAfter = known && MODIFIER_AFTER.containsAll(from);
        int first = phrases.size();
        for (String language : SearchFields.LANGUAGES) {
            if (from.contains(language)) {
                continue; // the phrase as typed is the phrase of its own language
            }
            String field = SearchFields.TEXT_PREFIX + language;
            List<List<String>> options = new ArrayList<>();
            int dropped = 0;
            boolean translated = false;
            for (String word : words) {
                if (stop.contains(word)) {
                    dropped++;
                    continue;
                }
                // a nationality in a phrase is an adjective there too: "Spanish navy" is no "Spain navy"
                Set<String> names = Nationalities.countryNameTerms(word, from, language);
                // looked up as a word of the phrase's languages when they are known, else of the query's
                List<String> surfaces = translations.sure(word, from).stream()
                        .filter(t -> t.field().equals(field) && t.term().indexOf(' ') < 0
                                && !names.contains(t.term()))
                        .sorted(Comparator.comparing(TranslationLexicon.Translation::weight).reversed())
                        .map(t -> translations.surface(language, t.term())).filter(s -> s != null).distinct()
                        .limit(perWord).toList();
                // the word itself is no translation: a language whose translations are the typed words is the
                // phrase's own, where its order is the typed one (a reversed phrase finds nothing there)
                if (surfaces.isEmpty() || surfaces.stream().allMatch(s -> VocabularyStore.fold(s)
                        .equals(VocabularyStore.fold(word)))) {
                    // no translation: a name or a word spelled alike is kept as typed ("Patriot", "Aspides")
                    options.add(List.of(word));
                } else {
                    translated = true;
                    options.add(surfaces);
                }
            }
            if (!translated || options.size() < MIN_WORDS) {
                continue;
            }
            List<List<List<String>>> orders = new ArrayList<>();
            int slop = 1 + dropped;
            if (!known) {
                // the phrase's language, and so its order, is not known: two words in both orders, more with a slop
                // of 2, as between languages of different orders
                orders.add(options);
                if (words.size() == 2) {
                    orders.add(List.of(options.get(1), options.get(0)));
                } else {
                    slop = 2 + dropped;
                }
            } else {
                boolean otherOrder = MODIFIER_AFTER.contains(language) != modifierAfter;
                orders.add(otherOrder && words.size() == 2 ? List.of(options.get(1), options.get(0)) : options);
                slop = (otherOrder && words.size() > 2 ? 2 : 1) + dropped;
            }
            for (List<List<String>> order : orders) {
                for (List<String> phrase : combinations(order)) {
                    phrases.add(phrase);
                    fields.add(field);
                    slops.add(slop);
                }
            }
        }
        if (phrases.size() - first > MAX_PHRASES && perWord > 1) {
            // too many combinations: one translation a word
            phrases.subList(first, phrases.size()).clear();
            fields.subList(first, fields.size()).clear();
            slops.subList(first, slops.size()).clear();
            return plan(quoted, translations, phrases, fields, slops, 1);
        }
        // the whole phrase as a dictionary's entry ("game changer"), when it has one
        List<TranslationLexicon.Translation> whole = words.size() == 2 ? translations.sure(inner, from).stream()
                .filter(t -> !from.contains(t.field().substring(SearchFields.TEXT_PREFIX.length()))).toList()
                : List.of();
        return whole;
    }

    /** Every phrase with one option per position. */
    static List<List<String>> combinations(List<List<String>> options) {
        List<List<String>> all = new ArrayList<>();
        all.add(List.of());
        for (List<String> position : options) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : all) {
                for (String option : position) {
                    List<String> longer = new ArrayList<>(prefix);
                    longer.add(option);
                    next.add(longer);
                }
            }
            all = next;
        }
        return all;
    }
}
