package eu.newsroom.ingest;

import java.util.List;
import java.util.Set;

/**
 * The scorer's name-equivalence rule for Polish texts: a person's name in one case matches the same name in another
 * ("Joanny Malec-Dębskiej" and "Joanna Malec-Dębska", "Krzysztofa Lisieckiego-Barana" and "Krzysztof
 * Lisiecki-Baran"). Polish inflects names, so a writer who copies the first mention keeps a genitive, while the
 * assistant proposes the nominative the actor is filed under; blind-dev5's README asks the scorer to accept both.
 *
 * <p>Written apart from the extractor's own reading of Polish names (it must not grade itself): two names are the
 * same when they have as many words (hyphenated parts counted apart) and each pair of words is equal, or shares a
 * stem of two letters or more followed on each side by a case ending of Polish personal names (or none). Words
 * are compared folded (lower case, no diacritics), so "-ą" is "-a".
 */
final class PolishNameForms {

    /** Case endings of Polish first names and surnames, folded: genitive, dative, accusative, instrumental, locative. */
    private static final Set<String> ENDINGS = Set.of("", "a", "y", "i", "e", "o", "u", "ej", "iej", "ego", "iego",
            "emu", "iemu", "em", "iem", "owi", "ie", "im", "ym", "ow");

    private PolishNameForms() {
    }

    /** Whether two names, each as a list of folded words, are one name in two cases. */
    static boolean sameName(List<String> a, List<String> b) {
        if (a.size() != b.size() || a.isEmpty()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!sameWord(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int stem = 0;
        while (stem < a.length() && stem < b.length() && a.charAt(stem) == b.charAt(stem)) {
            stem++;
        }
        // a stem of at least two letters ("Ewa" and "Ewy"): no two different names differ only in a case ending
        for (int cut = stem; cut >= 2; cut--) {
            if (ENDINGS.contains(a.substring(cut)) && ENDINGS.contains(b.substring(cut))) {
                return true;
            }
        }
        return false;
    }
}
