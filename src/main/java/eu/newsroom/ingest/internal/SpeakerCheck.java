package eu.newsroom.ingest.internal;

import eu.newsroom.ingest.internal.StatementReader.Said;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last look at a speaker the newsroom does not know, before it is proposed (issue 18, round 11): a wrong name is
 * worse than none, so a name the text itself gives no evidence for is withdrawn, and the statement is proposed without
 * a speaker ({@code noSpeaker.name}). The evidence is read from the whole text, not from lists of names:
 * <ul>
 * <li>a name of one word is a person's only when the text also writes it after a capitalised word or an office (a
 * given name, a title: "Efrem Caredda … Caredda", "minister Kowalski"); "la Sardegna", "de Zaragoza", "van
 * Tubantia" never are;</li>
 * <li>a word the text writes only where every word is capitalised (at the start of a sentence or a line, after a
 * quotation mark) is no evidence of a name, except in German, where nouns are capitalised anyway and the dictionary
 * tells nothing either ("Werkgeversorganisatie VNO-NCW laat weten");</li>
 * <li>a body that is named by no capitalised word ("her committee", "the department", "army") names no particular
 * body;</li>
 * <li>a name whose every word is a place, by the JDK's country names, the capitals ({@link Places}) or the text's
 * own prepositions of place ("in Sardegna", "in Kyiv", "w Jasionce", "nach Kiew"), is a place, not a speaker;</li>
 * <li>a name needs a word of two letters or more ("U." of "U.S.");</li>
 * <li>a name the text writes only before an office or a rank and another name is the body of that office
 * ("Dowództwa Generalnego Rodzajów Sił Zbrojnych płk Ireneusz Domański").</li>
 * </ul>
 * Known actors (matched by name or office) are never withdrawn here.
 */
final class SpeakerCheck {

    /** Prepositions of place (no dative or genitive reading that would put a person after them). */
    private static final java.util.Map<String, Set<String>> LOCATIVE = java.util.Map.of("de", Set.of("in", "im",
            "nach"), "en", Set.of("in", "near"), "fr", Set.of("à", "en"), "es", Set.of("en"), "it", Set.of("in", "nel",
            "nella"), "pl", Set.of("w", "we"), "nl", Set.of("in", "naar"));

    private final String text;
    private final String lang;

    SpeakerCheck(String text, String lang) {
        this.text = text;
        this.lang = lang;
    }

    /** The statements, with each speaker the text gives no evidence for withdrawn. */
    List<Said> vet(List<Said> statements) {
        return statements.stream().map(this::vet).toList();
    }

    private Said vet(Said s) {
        if (s.speaker() == null || s.actor() != null) {
            return s;
        }
        if (doubtless(s.speaker(), s.speakerKind())) {
            return s;
        }
        return new Said(s.span(), s.kind(), s.text(), null, null, null, null, StatementReader.LONE_NAME);
    }

    /** Whether the text gives evidence enough that this name names a speaker of its kind. */
    private boolean doubtless(String name, String kind) {
        if (!"person".equals(kind) && !"institution".equals(kind)) {
            return true;
        }
        String[] words = name.strip().split("\\s+");
        if (java.util.Arrays.stream(words).noneMatch(w -> w.replaceAll("[^\\p{L}]", "").length() >= 2)) {
            return false;
        }
        if (!"person".equals(kind)) {
            return true;
        }
        if (java.util.Arrays.stream(words).allMatch(this::place)) {
            return false;
        }
        if (words.length == 1 && !"de".equals(lang) && onlyWhereAllIsCapitalised(words[0])) {
            return false;
        }
        if (beforeAnOfficeAndAName(name)) {
            return false;
        }
        return words.length > 1 || afterNameOrOffice(words[0]);
    }

    /**
     * Whether every time the text writes the name, an office or a rank and a capitalised word follow it: the words
     * before a rank are its body ("Dowództwa Generalnego Rodzajów Sił Zbrojnych płk Ireneusz Domański").
     */
    private boolean beforeAnOfficeAndAName(String name) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])(\\s+(\\p{L}+)\\.?"
                + "\\s+\\p{Lu})?").matcher(text);
        boolean any = false;
        while (m.find()) {
            any = true;
            if (m.group(1) == null || !SpeakerWords.isOffice(new Tokens.Token(m.group(2), 0, m.group(2).length(), null,
                    null))) {
                return false;
            }
        }
        return any;
    }

    /** Whether a word is a place: a state or capital, or written after a preposition of place in this text. */
    private boolean place(String word) {
        if (!Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        if (Places.isPlace(word, lang)) {
            return true;
        }
        String stem = stem(word);
        Matcher m = Pattern.compile("(?<![\\p{L}'’])(\\p{L}+)\\s+(" + Pattern.quote(stem) + "\\p{Ll}{0,3})(?!\\p{L})")
                .matcher(text);
        while (m.find()) {
            if (LOCATIVE.getOrDefault(lang, Set.of()).contains(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether every time the text writes the word, it stands where any word is capitalised. */
    private boolean onlyWhereAllIsCapitalised(String word) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text);
        boolean any = false;
        while (m.find()) {
            any = true;
            int i = m.start() - 1;
            while (i >= 0 && text.charAt(i) == ' ') {
                i--;
            }
            if (i >= 0 && ".!?:\n\"„“”«»‚‘’'–—-(".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return any;
    }

    /**
     * Whether the text writes a one-word name after a capitalised word (a given name, a title) or an office, in any
     * case ending ("Efrem Caredda", "ministrem Kowalskim", "Mr Pettifer").
     */
    private boolean afterNameOrOffice(String word) {
        String stem = stem(word);
        Matcher m = Pattern.compile("(?<![\\p{L}'’])(\\p{L}[\\p{L}.'’-]*)\\s+(" + Pattern.quote(stem)
                + "\\p{Ll}{0,3})(?!\\p{L})").matcher(text);
        while (m.find()) {
            String before = m.group(1);
            int at = m.start(1) - 1;
            while (at >= 0 && text.charAt(at) == ' ') {
                at--;
            }
            boolean sentenceStart = at < 0 || ".!?:\n\"„“”«»".indexOf(text.charAt(at)) >= 0;
            Tokens.Token t = new Tokens.Token(before, 0, before.length(), null, null);
            if (SpeakerWords.isOffice(t) || Character.isUpperCase(before.codePointAt(0)) && !SpeakerWords.isDefinite(t)
                    && !Places.isPlace(before, lang) && !(sentenceStart && writtenLowerCase(before))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text also writes a word in lower case, as a common word or a function word ("Nella" / "nella"). */
    private boolean writtenLowerCase(String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lower(word)) + "(?![\\p{L}\\p{N}])").matcher(text)
                .find();
    }

    /** The word without a case ending of up to two letters (Polish and German names decline). */
    private static String stem(String word) {
        String w = word.replaceAll("[.'’]+$", "");
        return w.length() >= 6 ? w.substring(0, w.length() - 2) : w;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
