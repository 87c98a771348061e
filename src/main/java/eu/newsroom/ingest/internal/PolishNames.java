package eu.newsroom.ingest.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A Polish personal name given in the genitive ("zdaniem Piotra Mazura", "według Anny Kowalskiej") back in the
 * nominative, by the regular endings of first names and surnames; also from the instrumental and the dative ("z
 * ministrem Ołehem Tkaczenką", "Piotrowi Nowakowi"). A form the endings do not tell is kept as written.
 */
final class PolishNames {

    private PolishNames() {
    }

    static String nominative(String name) {
        return Arrays.stream(name.strip().split(" ")).map(PolishNames::word).collect(Collectors.joining(" "));
    }

    /**
     * The genitive (and locative) endings of Polish adjectives ("Wojennej", "Wojskowego", "Zbrojnych"): no Polish
     * surname in the nominative has them, though a foreign one may ("Dietrich", "Biełych").
     */
    private static final java.util.regex.Pattern ADJECTIVE_GENITIVE = java.util.regex.Pattern.compile(
            "(?iu)\\p{L}{3,}(?:ego|ej|ych|ich)");

    /** Whether a word has a Polish adjective's genitive ending ("Wojennej", "Centralnego", "Zbrojnych"). */
    static boolean adjectiveGenitive(String word) {
        return ADJECTIVE_GENITIVE.matcher(word).matches();
    }

    /**
     * Whether a name shows a case ending no Polish name has in the nominative: "-ą" (Anną, Kowalską), "-em"
     * (Piotrem, Nowakiem), "-owi", "-emu", "-skiego", "-skiej", "-skim". Endings shared with a nominative ("Piotra" /
     * "Anna", "Anny" / "Jerzy") do not count.
     */
    static boolean oblique(String name) {
        for (String w : name.strip().split("[\\s-]+")) {
            if (w.length() < 4 || !Character.isUpperCase(w.charAt(0))) {
                continue;
            }
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith("ą") || lower.length() >= 5 && lower.endsWith("em") || lower.endsWith("owi")
                    || lower.endsWith("emu") || lower.matches(".*(?:s|c|dz)ki(?:ego|ej|m)")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name as written is in the genitive or another oblique case, as after "według" or "zdaniem": an
     * oblique ending, a woman's given name in -y, -i, -ii (Anny, Agnieszki, Marii; not Jerzy, Ignacy), -ego
     * (Jerzego), or a given name and a surname both in -a where the surname is no woman's -ska/-cka (Rafała Dudka,
     * Piotra Nowaka; not Anna Nowak, Anna Kowalska). A nominative (Jan Nowak, Wiesław Kukuła) is none.
     */
    static boolean genitive(String name) {
        String[] words = Arrays.stream(name.strip().split("[\\s,.]+")).filter(w -> w.length() >= 2
                && Character.isUpperCase(w.charAt(0))).toArray(String[]::new);
        if (words.length < 2) {
            return false;
        }
        // the last two capitalised words: what comes before them is a rank or a body ("rzecznika MON, gen. …")
        if (oblique(words[words.length - 2] + " " + words[words.length - 1])) {
            return true;
        }
        String given = words[words.length - 2].toLowerCase(java.util.Locale.ROOT);
        String surname = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        return given.endsWith("ego") || given.matches(".*(?:[^zc]y|[kg]i|ii)")
                || given.endsWith("a") && surname.endsWith("a") && !surname.matches(".*(?:sk|ck|dzk)a");
    }

    /**
     * Whether a name of two words or more as written is plainly in the nominative, so cannot follow "według" or
     * "zdaniem": a given name ending in a consonant (Jan Nowak, Wiesław Kukuła) or a woman's -a beside a -ska/-cka
     * surname (Anna Kowalska). "Marka Rutte" and "Anna Nowak" may be either and are not.
     */
    static boolean plainlyNominative(String name) {
        String[] words = Arrays.stream(name.strip().split("[\\s,.]+")).filter(w -> w.length() >= 2
                && Character.isUpperCase(w.charAt(0))).toArray(String[]::new);
        if (words.length < 2 || genitive(name)) {
            return false;
        }
        String given = words[words.length - 2].toLowerCase(java.util.Locale.ROOT);
        String surname = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        return CONSONANTS.indexOf(given.charAt(given.length() - 1)) >= 0
                || given.endsWith("a") && surname.matches(".*(?:sk|ck|dzk)a");
    }

    private static String word(String w) {
        if (w.length() < 4 || !Character.isUpperCase(w.charAt(0))) {
            return w;
        }
        if (w.contains("-")) {
            // "Kosiniaka-Kamysza": each part of a double surname
            return Arrays.stream(w.split("-")).map(PolishNames::word).collect(Collectors.joining("-"));
        }
        if (w.endsWith("skiego") || w.endsWith("ckiego") || w.endsWith("dzkiego")) {
            return w.substring(0, w.length() - 4) + "i";
        }
        if (w.endsWith("skiej") || w.endsWith("ckiej") || w.endsWith("dzkiej")) {
            return w.substring(0, w.length() - 3) + "a";
        }
        if (w.endsWith("skim") || w.endsWith("ckim") || w.endsWith("dzkim")) {
            // instrumental: Kowalskim
            return w.substring(0, w.length() - 1);
        }
        if (w.endsWith("skiemu") || w.endsWith("ckiemu") || w.endsWith("dzkiemu")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.endsWith("ą")) {
            // instrumental of -a: Anną, Kowalską, Magdaleną
            return w.substring(0, w.length() - 1) + "a";
        }
        if (w.length() >= 6 && w.endsWith("owi")) {
            // dative: Piotrowi, Nowakowi (Markowi: Marek)
            return withMobileVowel(w.substring(0, w.length() - 3));
        }
        if (w.endsWith("kiem") || w.endsWith("giem")) {
            // instrumental after k, g: Nowakiem, Bogiem (Markiem: Marek)
            return withMobileVowel(w.substring(0, w.length() - 3));
        }
        if (w.length() >= 5 && w.endsWith("em")) {
            // instrumental: Piotrem, Ołehem, Tomaszem (Pawłem: Paweł)
            return withMobileVowel(w.substring(0, w.length() - 2));
        }
        if ((w.endsWith("ki") || w.endsWith("gi")) && !w.endsWith("ski") && !w.endsWith("cki") && !w.endsWith("dzki")) {
            // genitive of -ka, -ga: Sroki, Wilgi (a nominative in -ki is -ski, -cki or -dzki)
            return w.substring(0, w.length() - 1) + "a";
        }
        if (w.endsWith("ii")) {
            // Marii, Zofii
            return w.substring(0, w.length() - 1) + "a";
        }
        if (w.endsWith("y") && "kgcsnlmrwtdbpzj".indexOf(w.charAt(w.length() - 2)) >= 0) {
            // Anny, Katarzyny, Ewy
            return w.substring(0, w.length() - 1) + "a";
        }
        if (w.endsWith("iego") || w.endsWith("zego")) {
            // the adjectival declension of given names and surnames: Antoniego -> Antoni, Jerzego -> Jerzy
            return w.substring(0, w.length() - 3) + (w.endsWith("iego") ? "" : "y");
        }
        if (w.endsWith("nia") && CONSONANTS.indexOf(w.charAt(w.length() - 4)) >= 0) {
            // a mobile e before a soft n: Stępnia -> Stępień
            return w.substring(0, w.length() - 3) + "ień";
        }
        if (w.endsWith("a") && "aeiouyąę".indexOf(w.charAt(w.length() - 2)) < 0) {
            // Piotra, Mazura, Tomasza, Nowaka
            return withMobileVowel(w.substring(0, w.length() - 1));
        }
        return w;
    }

    private static final String CONSONANTS = "bcćdfghjklłmnńprsśtwzźż";

    /**
     * Spellings Polish words do not have (q, v, x, th, ph, ee, oo; ck but after a, where a dropped e left it: Jacek /
     * Jacka, and but in a stem with a Polish letter: Więcek / Więcka, Pącek / Pącka): a foreign name, declined by its
     * ending only (Habecka -> Habeck, Bocka -> Bock), whose vowels are its own: no mobile vowel is put back.
     */
    private static final java.util.regex.Pattern FOREIGN = java.util.regex.Pattern.compile(
            "(?iu)[qvx]|th|ph|ee|oo|^[^ąęłńóśźżć]*[^aąęłńóśźżć]ck[^ąęłńóśźżć]*$");

    /**
     * The nominative of a stem whose last vowel drops in the other cases: Wróbel / Wróbla, Paweł / Pawła, Borowiec /
     * Borowca, Jacek / Jacka, Kozioł / Kozła. No Polish nominative ends in a consonant before -k, -c, -l or -ł (only
     * -lk, -sk and -rl do: Wilk, Karl), so such a stem has lost its e, as has one in a consonant before -r but -tr;
     * after a lip consonant the e of -ec is softened (-iec), and -zł is the genitive of -zioł.
     */
    private static String withMobileVowel(String stem) {
        if (stem.length() < 3 || FOREIGN.matcher(stem).find()) {
            return stem;
        }
        char last = stem.charAt(stem.length() - 1);
        char before = stem.charAt(stem.length() - 2);
        String head = stem.substring(0, stem.length() - 1);
        if (last == 'r' && "pbdgkmnwfsz".indexOf(before) >= 0) {
            // no Polish nominative ends in a consonant before -r but -tr (Piotr): Kacpra -> Kacper, Aleksandra ->
            // Aleksander
            return head + "er";
        }
        if ("kcłl".indexOf(last) < 0 || CONSONANTS.indexOf(before) < 0 || before == last
                || last == 'k' && "lsz".indexOf(before) >= 0 || last == 'l' && before == 'r') {
            return stem;
        }
        if (last == 'ł' && before == 'z') {
            return head + "ioł";
        }
        if (last == 'c' && "pbwmf".indexOf(before) >= 0) {
            return head + "iec";
        }
        return head + "e" + last;
    }
}
