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
 * The names of countries in the seven languages, as translations of each other: "Alemania",
 * "Niemcy", "Duitsland" and "Germany" name the country an item calls "Deutschland", and a country's name in one
 * language is rarely spelled like the others ("Pologne" / "Polska", "Espagne" / "Hiszpania"). The learned lexicon
 * teaches them only when items in several versions name them; the JDK's locale data (CLDR) has every country's name in
 * every language, so no list is kept here, only which countries: those of Europe and its neighbourhood and the powers
 * and places the newsroom's defence items name. Names of four letters or more ("Irak" is fine, "Mali" too rare a name
 * to keep apart from a word); also of two or three words ("Países Bajos", "Pays-Bas" read as "Pays
 * Bas"), searched as a phrase of the target field and looked up for two adjacent words of a query.
 */
final class CountryNames {

    /** ISO 3166 codes of the countries whose names are looked up. */
    private static final String COUNTRIES = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI"
            + " ES SE GB NO IS CH LI AL BA ME MK RS XK MD UA BY RU GE AM AZ TR US CA CN JP KR KP IN PK IR IQ IL SY LB"
            + " JO EG LY TN DZ MA SO YE ER DJ SD ET MZ AF SA AE QA AU";
    private static final int MIN_LENGTH = 4;
    /** ISO code → the country's name in each language (language → name), of one to three words. */
    private static final Map<String, Map<String, String>> BY_CODE = byCode();
    /** Folded name → the country's name in each language (language → name). */
    private static final Map<String, Map<String, String>> BY_NAME = build();
    /** Folded name → the country's ISO code. */
    private static final Map<String, String> CODE_BY_NAME = codeByName();

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
            if (name.contains(" ")) {
                translations.add(new TranslationLexicon.Translation(SearchFields.TEXT_PREFIX + language,
                        name.toLowerCase(Locale.ROOT), 1.0f));
                return;
            }
            List<String> terms = LanguageAnalyzers.terms(language, name);
            // one word may be read as two terms (Polish keeps the word beside its stem): each, sharing the weight
            terms.forEach(term -> translations.add(new TranslationLexicon.Translation(
                    SearchFields.TEXT_PREFIX + language, term, 1.0f / terms.size())));
        });
        return List.copyOf(translations);
    }

    /** The ISO codes of the countries whose names are looked up. */
    static List<String> codes() {
        return List.copyOf(BY_CODE.keySet());
    }

    /** A country's names (language → name, of one to three words), empty for a country not looked up or without any. */
    static Map<String, String> names(String code) {
        return BY_CODE.getOrDefault(code, Map.of());
    }

    /** The ISO code of the country a word names in one of the seven languages, or null. */
    static String code(String word) {
        return CODE_BY_NAME.get(VocabularyStore.fold(word));
    }

    private static Map<String, Map<String, String>> byCode() {
        Map<String, Map<String, String>> byCode = new LinkedHashMap<>();
        for (String code : COUNTRIES.split(" ")) {
            Locale country = new Locale.Builder().setRegion(code).build();
            Map<String, String> names = new LinkedHashMap<>();
            for (String language : SearchFields.LANGUAGES) {
                String name = country.getDisplayCountry(Locale.forLanguageTag(language));
                // a name of several words ("Países Bajos", "Pays-Bas") is a phrase: a translation searched as one,
                // and two adjacent words of a query looked up together (Matching.pairTranslations)
                name = name.replace('-', ' ');
                if (!name.isBlank() && !name.equals(code) && name.length() >= MIN_LENGTH
                        && name.split(" ").length <= 3) {
                    names.put(language, name);
                }
            }
            byCode.put(code, Map.copyOf(names));
        }
        return byCode;
    }

    private static Map<String, Map<String, String>> build() {
        Map<String, Map<String, String>> byName = new HashMap<>();
        BY_CODE.values().forEach(names -> names.values()
                .forEach(name -> byName.putIfAbsent(VocabularyStore.fold(name), names)));
        return Map.copyOf(byName);
    }

    private static Map<String, String> codeByName() {
        Map<String, String> codes = new HashMap<>();
        BY_CODE.forEach((code, names) -> names.values()
                .forEach(name -> codes.putIfAbsent(VocabularyStore.fold(name), code)));
        return Map.copyOf(codes);
    }
}
