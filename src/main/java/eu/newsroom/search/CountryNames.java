package eu.newsroom.search;

import eu.newsroom.search.internal.LanguageAnalyzers;
import eu.newsroom.search.internal.SearchFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names of countries in the seven languages, as translations of each other (issue 17, round 6): "Alemania",
 * "Niemcy", "Duitsland" and "Germany" name the country an item calls "Deutschland", and a country's name in one
 * language is rarely spelled like the others ("Pologne" / "Polska", "Espagne" / "Hiszpania"). The learned lexicon
 * teaches them only when items in several versions name them; the JDK's locale data (CLDR) has every country's name in
 * every language, so no list is kept here, only which countries: those of Europe and its neighbourhood and the powers
 * and places the newsroom's defence items name. Names of one word of four letters or more only ("Pays-Bas" is two
 * words as the French analyzer reads it; "Irak" is fine, "Mali" too rare a name to keep apart from a word).
 */
final class CountryNames {

    /** ISO 3166 codes of the countries whose names are looked up. */
    private static final String COUNTRIES = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI"
            + " ES SE GB NO IS CH LI AL BA ME MK RS XK MD UA BY RU GE AM AZ TR US CA CN JP KR KP IN PK IR IQ IL SY LB"
            + " JO EG LY TN DZ MA SO YE ER DJ SD ET MZ AF SA AE QA AU";
    private static final int MIN_LENGTH = 4;
    /** Folded name → the country's name in each language (language → name). */
    private static final Map<String, Map<String, String>> BY_NAME = build();

    private CountryNames() {
    }

    /**
     * A country's names in the other languages as terms of their text fields (each as that language's analyzer reads
     * it), weight 1: a name is a sure translation. Empty when the word names no country.
     */
    static List<TranslationLexicon.Translation> translations(String word) {
        Map<String, String> names = BY_NAME.get(VocabularyStore.fold(word));
        if (names == null) {
            return List.of();
        }
        String folded = VocabularyStore.fold(word);
        List<TranslationLexicon.Translation> translations = new ArrayList<>();
        names.forEach((language, name) -> {
            if (VocabularyStore.fold(name).equals(folded)) {
                return; // the word itself, found as typed
            }
            List<String> terms = LanguageAnalyzers.terms(language, name);
            // one word may be read as two terms (Polish keeps the word beside its stem): each, sharing the weight
            terms.forEach(term -> translations.add(new TranslationLexicon.Translation(
                    SearchFields.TEXT_PREFIX + language, term, 1.0f / terms.size())));
        });
        return List.copyOf(translations);
    }

    private static Map<String, Map<String, String>> build() {
        Map<String, Map<String, String>> byName = new HashMap<>();
        for (String code : COUNTRIES.split(" ")) {
            Locale country = new Locale.Builder().setRegion(code).build();
            Map<String, String> names = new LinkedHashMap<>();
            for (String language : SearchFields.LANGUAGES) {
                String name = country.getDisplayCountry(Locale.forLanguageTag(language));
                if (!name.isBlank() && !name.equals(code) && !name.contains(" ") && !name.contains("-")
                        && name.length() >= MIN_LENGTH) {
                    names.put(language, name);
                }
            }
            names.values().forEach(name -> byName.putIfAbsent(VocabularyStore.fold(name), names));
        }
        return Map.copyOf(byName);
    }
}
