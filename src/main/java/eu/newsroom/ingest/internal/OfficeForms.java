package eu.newsroom.ingest.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a Polish office written alone later ("Według prezesa", "Według generała") is the office a person was named
 * with earlier ("prezes stoczni Arkadiusz …", "gen. bryg. Antoni …"): Polish adds a case ending to the office's word,
 * and abbreviates a rank before a name. The later word is then the earlier one, or the rank it abbreviates, with a
 * case ending; the endings of a woman's office ("-ka", "-ki") and of other words on the same stem ("generalnej") are
 * no case endings.
 */
final class OfficeForms {

    /** The case endings of a Polish masculine noun: "prezes-a", "dyrektor-owi", "generał-em", "posł-ów". */
    private static final Pattern CASE_ENDING = Pattern.compile("|a|u|owi|em|ie|y|i|e|ow|om|ami|ach");

    /** The ranks abbreviated before a name, folded: "gen. bryg. Antoni …", "płk Jan …". */
    private static final Map<String, String> RANKS = Map.of("gen", "general", "plk", "pulkownik", "pplk",
            "podpulkownik", "kmdr", "komandor", "mjr", "major", "kpt", "kapitan", "adm", "admiral", "prof",
            "profesor");

    /** The abbreviated ranks Polish writes without a full stop. */
    private static final Set<String> DOTLESS = Set.of("plk", "pplk", "mjr", "kmdr");
    /** A word of a role, with the full stop that closes it if it is abbreviated. */
    private static final Pattern WORD = Pattern.compile("(\\p{L}+)(\\.?)");

    private OfficeForms() {
    }

    /**
     * Whether the word of a later Polish office (folded, "generala") is a case form of a word of the earlier role
     * (whole or abbreviated: "gen. bryg.").
     */
    static boolean inflects(String word, String earlierRole, String lang) {
        if (!"pl".equals(lang) || word == null) {
            return false;
        }
        Matcher m = WORD.matcher(People.fold(earlierRole));
        while (m.find()) {
            String earlier = m.group(1);
            // an abbreviation with its full stop ("gen."), or one Polish writes without ("płk", "mjr", "kmdr")
            boolean abbreviated = RANKS.containsKey(earlier) && (!m.group(2).isEmpty() || DOTLESS.contains(earlier));
            String whole = abbreviated ? RANKS.get(earlier) : earlier;
            if (whole.length() >= 4 && word.startsWith(whole)
                    && CASE_ENDING.matcher(word.substring(whole.length())).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A deputy's prefix written in one word with the office: "wiceminister", "viceministro", "subdirector". */
    private static final String DEPUTY_PREFIX = "(?:vice|wice|vize|sub|sotto)?";

    /**
     * Whether a role written for someone names an office by its head (folded, a stem such as "minist" or a word):
     * at the start of one of its words, inflected or not ("ministra", "Ministerin"), after a deputy's prefix
     * ("wiceminister"), and in the languages that compound (de, nl) also at the end of a compound
     * ("Verteidigungsministerin", "defensieminister"). Never inside another word: "morskiego" is no office of the
     * "marszałek województwa zachodniopomorskiego".
     */
    static boolean names(String writtenRole, String head, String lang) {
        if (writtenRole == null || head == null) {
            return false;
        }
        String folded = People.fold(writtenRole);
        if ("de".equals(lang) || "nl".equals(lang)) {
            return folded.contains(head);
        }
        return Pattern.compile("(?<![\\p{L}])" + DEPUTY_PREFIX + Pattern.quote(head)).matcher(folded).find();
    }

    /** The word of a folded role that holds its head ("generala" for "general"), or null. */
    static String wordWith(String role, String head) {
        List<String> words = PhraseIndex.words(People.fold(role));
        return head == null ? null : words.stream().filter(w -> w.contains(head)).findFirst().orElse(null);
    }
}
