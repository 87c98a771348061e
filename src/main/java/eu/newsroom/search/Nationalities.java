package eu.newsroom.search;

import com.ibm.icu.util.ULocale;
import eu.newsroom.search.internal.LanguageAnalyzers;
import eu.newsroom.search.internal.SearchFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Country adjectives across languages: "spanische Marine" is the "Armada española" and the
 * "hiszpańska marynarka"; "España" is what a "Spanish" item is about. The JDK's locale data (CLDR) names every language
 * in every language, and a country's language is mostly named with its adjective ("Spanisch", "español", "hiszpański",
 * "Spaans"). No list is kept: for each country {@link CountryNames} looks up, its main language (CLDR's likely
 * subtags: und_NL is nl, und_NO nb, und_CH de; a regional language such as Low German or Northern Sami names no country),
 * and that language's name in each query language is compared with the names there of the countries it is the main
 * language of: it is the adjective of the country whose name begins like it ("Spanisch" / "Spanien", "polski" / "Polska",
 * "Französisch" / "Frankreich"), when
 * exactly one does, in every language that tells, and then in the languages that do not tell too ("Dutch",
 * "tedesco"). So a language spoken in several states names none of them unless its names say which ("Koreanisch":
 * Südkorea and Nordkorea, neither begins like it; "Arabisch": none). A query word is read as an adjective by the
 * analysis of the query's languages (as its stop words tell), so it is mapped within its own language.
 * <p>
 * A query word that is such an adjective, read in the query's languages (every language when they are not known), is
 * translated by the adjective of the other languages ({@link #ADJECTIVE_WEIGHT}) and by the country's names
 * ({@link #NAME_WEIGHT}); a country's name by its adjectives ({@link #NAME_WEIGHT}): a nationality is a weaker match
 * than the word, "Spanish army" is not every item about Spain.
 */
final class Nationalities {

    static final float ADJECTIVE_WEIGHT = 0.8f;
    static final float NAME_WEIGHT = 0.5f;
    /** An adjective and its country's name begin with at least this many letters alike. */
    static final int MIN_PREFIX = 3;
    static final int MIN_ADJECTIVE = 4;
    /**
     * An adjective's stem (its term in its language's analysis) has at least this many letters for a word to be read as
     * its inflection in a query of that language: "finés" is "fin" in Spanish, the "fines" of "a fines de año" too.
     */
    static final int MIN_STEM = 4;
    /**
     * When the query's language is not known, every language's adjectives are tried, and a short one is too often a
     * word of another language ("Pools" / "pool", "grec" / "green", "ruso" / "rush"): stems of this many letters only.
     */
    static final int MIN_STEM_ANY_LANGUAGE = 5;

    /** An adjective of one language, folded, with its stem there and its country. */
    private record Adjective(String folded, String stem, String country) {
    }

    /** Language → its adjectives' stems (the term its analysis gives) → the adjective. */
    private static final Map<String, Map<String, Adjective>> BY_STEM;
    /** Country code → language → its adjective there, as written. */
    private static final Map<String, Map<String, String>> ADJECTIVES;

    static {
        // each listed country's main language, from the likely subtags of CLDR (und_NL → nl, und_NO → nb, und_CH →
        // de): a minority or regional language of a country names no country ("Nordsamisch", "Niederdeutsch",
        // "Schweizerdeutsch"); in the order of the countries, so that the maps are the same at every start
        Map<String, List<String>> countriesOfLanguage = new LinkedHashMap<>();
        for (String country : CountryNames.codes()) {
            String main = ULocale.addLikelySubtags(new ULocale("und_" + country)).getLanguage();
            if (!main.isEmpty() && !main.equals("und")) {
                countriesOfLanguage.computeIfAbsent(main, k -> new ArrayList<>()).add(country);
            }
        }
        Map<String, Map<String, Adjective>> byStem = new LinkedHashMap<>();
        SearchFields.LANGUAGES.forEach(language -> byStem.put(language, new LinkedHashMap<>()));
        Map<String, Map<String, String>> adjectivesOf = new LinkedHashMap<>();
        countriesOfLanguage.forEach((spoken, countries) -> {
            // the country each query language's name of the language begins like, when one does; the languages
            // that tell must agree ("Niederländisch" / "Niederlande", "Nederlands" / "Nederland": the Netherlands,
            // so the English "Dutch" is the Netherlands' too, as the Italian "tedesco" is Germany's)
            Set<String> told = new HashSet<>();
            Map<String, String> adjectives = new LinkedHashMap<>();
            for (String language : SearchFields.LANGUAGES) {
                String adjective = languageName(spoken, language);
                if (adjective == null) {
                    continue;
                }
                adjectives.put(language, adjective);
                List<String> named = countries.stream().filter(country -> {
                    String name = CountryNames.names(country).get(language);
                    return name != null && !name.contains(" ") && commonPrefix(VocabularyStore.fold(name),
                            VocabularyStore.fold(adjective)) >= MIN_PREFIX;
                }).toList();
                if (named.size() == 1) {
                    told.add(named.get(0));
                } else if (named.size() > 1) {
                    told.add("");
                }
            }
            if (told.size() != 1 || told.contains("")) {
                return; // none tells, or they disagree ("Koreanisch": Südkorea and Nordkorea)
            }
            String country = told.iterator().next();
            adjectives.forEach((language, adjective) -> {
                String stem = stem(language, adjective);
                if (stem != null) {
                    byStem.get(language).putIfAbsent(stem,
                            new Adjective(VocabularyStore.fold(adjective), stem, country));
                }
                adjectivesOf.computeIfAbsent(country, k -> new LinkedHashMap<>()).putIfAbsent(language, adjective);
            });
        });
        Map<String, Map<String, Adjective>> stems = new LinkedHashMap<>();
        byStem.forEach((language, adjectives) -> stems.put(language, Map.copyOf(adjectives)));
        BY_STEM = Map.copyOf(stems);
        Map<String, Map<String, String>> adjectives = new LinkedHashMap<>();
        adjectivesOf.forEach((country, byLanguage) -> adjectives.put(country, Map.copyOf(byLanguage)));
        ADJECTIVES = Map.copyOf(adjectives);
    }

    private Nationalities() {
    }

    /**
     * A language's name in a query language, as one word, or null. A variety's name begins with its language's
     * ("Norwegisch (Bokmål)", "Norwegian Bokmål", "Noors - Bokmål" for the Norwegian of und_NO): its first word.
     */
    private static String languageName(String spoken, String language) {
        String name = Locale.forLanguageTag(spoken).getDisplayLanguage(Locale.forLanguageTag(language)).strip();
        String first = name.split("[\\s(\\-]+", 2)[0];
        if (first.isBlank() || first.equalsIgnoreCase(spoken) || first.length() < MIN_ADJECTIVE) {
            return null;
        }
        return first;
    }

    /** A word's stem in a language: the last term its analysis gives (Polish gives the word, then its stem). */
    private static String stem(String language, String word) {
        List<String> terms = LanguageAnalyzers.terms(language, word);
        return terms.isEmpty() ? null : terms.get(terms.size() - 1);
    }

    /**
     * The country whose adjective a word is, read as a word of these languages (every one when empty), or null: a word
     * that the language's own analysis reads as the adjective ("spanische", "hiszpańskiego", "españolas", "Spaanse",
     * "tedesca" for "Spanisch", "hiszpański", "español", "Spaans", "tedesco"), at least as long as it, with a stem of
     * {@link #MIN_STEM} letters, {@link #MIN_STEM_ANY_LANGUAGE} when the query's language is not known. A letter rule
     * read ordinary words as adjectives: "fines" as the Spanish "finés", "pool" as the Dutch "Pools".
     */
    static String countryOfAdjective(String word, Collection<String> languages) {
        String folded = VocabularyStore.fold(word);
        int minStem = languages.isEmpty() ? MIN_STEM_ANY_LANGUAGE : MIN_STEM;
        Adjective best = null;
        for (String language : languages.isEmpty() ? SearchFields.LANGUAGES : languages) {
            Map<String, Adjective> adjectives = BY_STEM.get(language);
            String stem = adjectives == null ? null : stem(language, word);
            Adjective adjective = stem == null ? null : adjectives.get(stem);
            if (adjective != null && stem.length() >= minStem && folded.length() >= adjective.folded().length()
                    && (best == null || adjective.folded().length() > best.folded().length())) {
                best = adjective;
            }
        }
        return best == null ? null : best.country();
    }

    /**
     * The terms of a country's names in one language when a word is that country's adjective (read in these languages),
     * else none: a phrase's nationality is said with an adjective in every language ({@link PhraseTranslations}).
     */
    static Set<String> countryNameTerms(String word, Collection<String> languages, String language) {
        String country = countryOfAdjective(word, languages);
        String name = country == null ? null : CountryNames.names(country).get(language);
        return name == null || name.contains(" ") ? Set.of() : Set.copyOf(LanguageAnalyzers.terms(language, name));
    }

    /** The adjectives of a country (language → adjective), empty when none is known. */
    static Map<String, String> adjectives(String country) {
        return ADJECTIVES.getOrDefault(country, Map.of());
    }

    /**
     * An adjective's translations (the other languages' adjectives, the country's names), or a country name's (its
     * adjectives), as terms of the text fields; empty for any other word.
     */
    static List<TranslationLexicon.Translation> translations(String word, Collection<String> from) {
        if (word.indexOf(' ') >= 0) {
            return List.of();
        }
        List<TranslationLexicon.Translation> found = new ArrayList<>();
        String country = CountryNames.code(word);
        if (country != null) {
            // a country's name ("Niederlande", whose German stem is the adjective's too): its adjectives
            adjectives(country).forEach((language, adjective) -> add(found, language, adjective, word, NAME_WEIGHT));
            return List.copyOf(found);
        }
        country = countryOfAdjective(word, from);
        if (country != null) {
            adjectives(country).forEach((language, adjective) -> add(found, language, adjective, word,
                    ADJECTIVE_WEIGHT));
            CountryNames.names(country).forEach((language, name) -> add(found, language, name, word, NAME_WEIGHT));
        }
        return List.copyOf(found);
    }

    private static void add(List<TranslationLexicon.Translation> found, String language, String written, String word,
            float weight) {
        if (written.contains(" ")) {
            // a name of several words ("Países Bajos"), as a phrase of the field
            found.add(new TranslationLexicon.Translation(SearchFields.TEXT_PREFIX + language,
                    written.toLowerCase(Locale.ROOT), weight));
            return;
        }
        List<String> terms = LanguageAnalyzers.terms(language, written);
        if (terms.equals(LanguageAnalyzers.terms(language, word))) {
            return; // the word itself, found as typed
        }
        // Polish keeps the word beside its stem: each term, sharing the weight
        terms.forEach(term -> found.add(new TranslationLexicon.Translation(SearchFields.TEXT_PREFIX + language, term,
                weight / terms.size())));
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
