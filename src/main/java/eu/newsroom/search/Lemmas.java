package eu.newsroom.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dictionary forms a query word may be an inflection of, from the regular inflection of verbs and verbal nouns of
 * the languages whose stemmers do not bring them to one term: a dictionary's headword is the infinitive ("liefern",
 * "botar", "varare", "lancer", "leveren"), a text or query says "liefert", "botadas", "varati", "lancés", "levert",
 * "Bestellung". Candidates only: a word is looked up under them when it has no entry of its own, and a candidate counts
 * only when a dictionary has it ({@link Dictionaries}). The English stemmer (Porter) brings most forms to their
 * headword's term already; the Polish one (Stempel, statistical) not every plural or case of a noun.
 */
final class Lemmas {

    /** Endings of inflected forms and the endings of the dictionary form they come from, per language, longest first. */
    private static final Map<String, String[][]> ENDINGS = Map.of(
            "de", new String[][] {{"ungen", "en"}, {"ung", "en"}, {"tet", "en"}, {"ten", "en"}, {"test", "en"},
                    {"te", "en"}, {"et", "en"}, {"st", "en"}, {"t", "en"}, {"t", "n"}},
            "nl", new String[][] {{"den", "en"}, {"ten", "en"}, {"de", "en"}, {"te", "en"}, {"t", "en"},
                    {"d", "en"}, {"en", ""}, {"s", ""}},
            "es", new String[][] {{"adas", "ar"}, {"ados", "ar"}, {"ada", "ar"}, {"ado", "ar"}, {"aron", "ar"},
                    {"ando", "ar"}, {"idas", "ir"}, {"idos", "ir"}, {"ida", "ir"}, {"ido", "ir"}, {"idas", "er"},
                    {"idos", "er"}, {"ida", "er"}, {"ido", "er"}, {"ieron", "er"}, {"ieron", "ir"}, {"an", "ar"},
                    {"en", "er"}, {"en", "ir"}, {"ó", "ar"}, {"ió", "er"}, {"ió", "ir"}, {"a", "ar"}, {"e", "er"},
                    {"e", "ir"}},
            "it", new String[][] {{"ati", "are"}, {"ate", "are"}, {"ato", "are"}, {"ata", "are"}, {"ano", "are"},
                    {"iti", "ire"}, {"ite", "ire"}, {"ito", "ire"}, {"ita", "ire"}, {"uti", "ere"}, {"uto", "ere"},
                    {"uta", "ere"}, {"ono", "ere"}, {"ono", "ire"}, {"a", "are"}, {"ò", "are"}, {"e", "ere"},
                    {"e", "ire"}},
            "fr", new String[][] {{"ées", "er"}, {"és", "er"}, {"ée", "er"}, {"é", "er"}, {"ent", "er"},
                    {"ies", "ir"}, {"ie", "ir"}, {"is", "ir"}, {"it", "ir"}, {"e", "er"}},
            // Polish nouns: the plural and oblique cases back to the nominative singular, masculine (no ending) or
            // feminine ("-a"): "magazyny", "magazynów", "magazynach" → "magazyn"; "uczelnie", "uczelniach" → "uczelnia"
            "pl", new String[][] {{"ami", ""}, {"ami", "a"}, {"ach", ""}, {"ach", "a"}, {"ów", ""}, {"om", ""},
                    {"om", "a"}, {"ji", "ja"}, {"ie", "ia"}, {"y", ""}, {"y", "a"}, {"i", ""}, {"e", "a"},
                    {"u", ""}});

    /** Shorter words are left alone: too little of a word is left to be sure what it is. */
    static final int MIN_LENGTH = 5;
    /** The longest separable prefix of a German or Dutch verb ("zurück", "terug" are six and five letters). */
    private static final int MAX_SEPARABLE_PREFIX = 6;
    /** The part of the word before the ending has at least this many letters. */
    private static final int MIN_STEM = 3;

    private Lemmas() {
    }

    /** The dictionary forms {@code word} may be an inflection of in {@code language}, surest (longest ending) first. */
    static List<String> candidates(String language, String word) {
        String[][] endings = ENDINGS.get(language);
        List<String> found = new ArrayList<>();
        if (endings == null || word.length() < MIN_LENGTH || !word.codePoints().allMatch(Character::isLetter)) {
            return found;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String[] ending : endings) {
            if (lower.endsWith(ending[0]) && lower.length() - ending[0].length() >= MIN_STEM) {
                String stem = lower.substring(0, lower.length() - ending[0].length());
                add(found, stem + ending[1]);
                if (language.equals("de") || language.equals("nl")) {
                    participles(stem, ending[1]).forEach(c -> add(found, c));
                }
            }
        }
        if (language.equals("nl")) {
            // a participle of a stem ending in t or d has no ending of its own: "(op)gericht" → "(op)richten"; other
            // words with "ge" are nouns and adjectives ("gedrag", "gebrek", "geval"), no participles
            if (lower.endsWith("t") || lower.endsWith("d")) {
                participles(lower, "en").forEach(c -> add(found, c));
            }
            // a closed syllable before the ending doubles its consonant or long vowel: "bestelt" → "bestellen",
            // "levert" → "leveren", "maakt" → "maken"
            List<String> more = new ArrayList<>();
            for (String candidate : found) {
                if (!candidate.endsWith("en")) {
                    // a plural: "aanvallen" → "aanval", "onderzeeboten" → "onderzeeboot", "jaren" → "jaar"
                    int n = candidate.length();
                    if (n >= 2 && candidate.charAt(n - 1) == candidate.charAt(n - 2) && !isVowel(candidate.charAt(n - 1))) {
                        more.add(candidate.substring(0, n - 1));
                    } else if (n >= 3 && !isVowel(candidate.charAt(n - 1)) && isVowel(candidate.charAt(n - 2))
                            && !isVowel(candidate.charAt(n - 3))) {
                        more.add(candidate.substring(0, n - 1) + candidate.charAt(n - 2) + candidate.charAt(n - 1));
                    }
                    continue;
                }
                String stem = candidate.substring(0, candidate.length() - 2);
                int n = stem.length();
                if (n >= 2 && !isVowel(stem.charAt(n - 1)) && isVowel(stem.charAt(n - 2))
                        && (n < 3 || !isVowel(stem.charAt(n - 3)))) {
                    more.add(stem + stem.charAt(n - 1) + "en");
                }
                if (n >= 3 && !isVowel(stem.charAt(n - 1)) && stem.charAt(n - 2) == stem.charAt(n - 3)
                        && isVowel(stem.charAt(n - 2))) {
                    more.add(stem.substring(0, n - 2) + stem.charAt(n - 1) + "en");
                }
            }
            more.forEach(c -> add(found, c));
        }
        return found;
    }

    /**
     * German and Dutch participles put "ge" before the verb's stem, after a separable prefix when the verb has one:
     * "gestellt" → "stellen", "gelanceerd" → "lanceren", "aufgebaut" → "aufbauen", "opgericht" → "oprichten". The
     * prefixes are not listed: a "ge" after two to six letters is tried, and only a form a dictionary has counts.
     */
    private static List<String> participles(String stem, String ending) {
        List<String> found = new ArrayList<>();
        for (int at = 0; at <= MAX_SEPARABLE_PREFIX && at + 2 + MIN_STEM <= stem.length(); at++) {
            if (at != 1 && stem.startsWith("ge", at)) {
                found.add(stem.substring(0, at) + stem.substring(at + 2) + ending);
            }
        }
        return found;
    }

    private static void add(List<String> found, String candidate) {
        if (!found.contains(candidate)) {
            found.add(candidate);
        }
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
