package eu.newsroom.ingest.internal;

import eu.newsroom.ingest.internal.Tokens.Token;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * What follows a Polish office before its holder's name. Polish puts the office's body in the genitive right after
 * the office, without a preposition, and may add its place ("Dyrektor Powiatowego Urzędu Pracy w Gdańsku Beata
 * Rumińska", "Zastępca sekretarza generalnego NATO Radmila Šekerinska"); the holder's name stands in the same case as
 * the office, the nominative, while the body's words are genitive. Case agreement tells the two apart.
 */
final class OfficeComplement {

    /** At most this many tokens of body and place between the office and its holder's name. */
    private static final int MAX_BODY = 8;

    /** The endings of the Polish past tense ("powiedział", "poinformowała", "mówili"): the verb ends the subject. */
    private static final java.util.regex.Pattern PAST_TENSE = java.util.regex.Pattern.compile(".*(?:ł|ła|ło|li|ły)");

    private OfficeComplement() {
    }

    /**
     * The genitive endings of Polish adjectives ("Wojennej", "Wojskowego", "Zbrojnych"): no surname in the nominative
     * has them, so a run that ends in one is a body's name, or a person's in an oblique case.
     */
    private static final java.util.regex.Pattern ADJECTIVE_GENITIVE = java.util.regex.Pattern.compile(
            "(?iu).*\\p{L}{2}(?:ego|ej|ych|ich)");

    /** Whether the words (two or more) are in the genitive, the case of an office's body, not of its holder. */
    static boolean genitive(String words) {
        return PolishNames.genitive(words) || adjectiveGenitive(words);
    }

    /**
     * Whether a name is in an oblique case by an ending no nominative has ("Kazimierza Pułaskiego", "Anną
     * Kowalską"); a given name and surname both in -a ("Vesna Kranjčeva") may be a nominative and are not.
     */
    private static boolean plainlyOblique(String words) {
        return PolishNames.oblique(words) || adjectiveGenitive(words);
    }

    /** Whether the last of the words has an adjective's genitive ending, which no name's nominative has. */
    private static boolean adjectiveGenitive(String words) {
        String[] all = words.strip().split("\\s+");
        return ADJECTIVE_GENITIVE.matcher(all[all.length - 1]).matches();
    }

    /**
     * Whether the run {@code from}–{@code end} after an office is the office's body: in Polish, a run in the genitive
     * after an office that opens the sentence or a stretch between commas, where the office is the subject in the
     * nominative ("Dowódca Marynarki Wojennej"). After "zdaniem posła" or "według ministra" the office is in the
     * genitive itself and the name agrees with it ("Kacpra Wróblewicza"): that phrase does not open the sentence.
     */
    static boolean bodyOfOpeningOffice(List<Token> tokens, int phrase, int from, int end, String lang) {
        // by the adjective's ending only: a given name in -y may be a nominative ("Cezary Tomczyk")
        return "pl".equals(lang) && (phrase == 0 || !tokens.get(phrase - 1).isWord()) && end - from >= 2
                && adjectiveGenitive(tokens.get(end - 1).text());
    }

    /**
     * The index of the holder's name after a body that starts at {@code from} (a capitalised word that opens no
     * name), or -1: the body's capitalised words, lower-case words that are no verb in the past tense and a place after "w" / "we" are passed over
     * until a name of exactly two words that is plainly in no oblique case stands before a lower-case word (the verb).
     */
    static int holderAfterBody(List<Token> tokens, int from, int to, String lang, IntPredicate isName,
            IntUnaryOperator nameRunEnd) {
        int k = from;
        while (k < to && k - from < MAX_BODY) {
            Token t = tokens.get(k);
            if (k > from && isName.test(k) && k + 1 < to && isName.test(k + 1)
                    && nameRunEnd.applyAsInt(k) == k + 2 && (k + 2 == to || !tokens.get(k + 2).isCapitalised())
                    && !plainlyOblique(t.text() + " " + tokens.get(k + 1).text())) {
                return k;
            }
            boolean bodyWord = t.isWord() && (t.isCapitalised() || k > from && !SpeakerWords.isFunctionWord(t)
                    && !PAST_TENSE.matcher(t.lower()).matches());
            boolean place = SpeakerWords.isLocative(t, lang) && k + 1 < to && tokens.get(k + 1).isCapitalised();
            if (!bodyWord && !place) {
                return -1;
            }
            k++;
        }
        return -1;
    }
}
