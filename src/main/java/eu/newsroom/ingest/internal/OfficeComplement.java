package eu.newsroom.ingest.internal;

import eu.newsroom.ingest.internal.Tokens.Token;
import java.util.List;
import java.util.Locale;
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

    private OfficeComplement() {
    }

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
        return PolishNames.adjectiveGenitive(all[all.length - 1]);
    }

    /**
     * Whether the phrase that starts at {@code phraseStart} opens its clause (the sentence, or a stretch after a comma
     * or a dash), where an office stands in the nominative; after "zdaniem" or "według" it stands in the genitive.
     */
    static boolean opensClause(List<Token> tokens, int phraseStart) {
        return phraseStart == 0 || !tokens.get(phraseStart - 1).isWord();
    }

    /**
     * Whether the run {@code runFrom}–{@code runEnd} after an office is the office's body: in Polish, a run in the
     * genitive after an office that opens the sentence or a stretch between commas, where the office is the subject in
     * the nominative ("Dowódca Marynarki Wojennej"). After "zdaniem posła" or "według ministra" the office is in the
     * genitive itself and the name agrees with it ("Kacpra Wróblewicza"): that phrase does not open the sentence.
     * The genitive is told by two adjectives' endings beside a noun ("Polskiej Grupy Zbrojeniowej"), by one after a
     * noun's genitive in -u, -i, -y ("Instytutu Morskiego"), or by one when a comma and a rank follow: a foreign
     * surname ends like an adjective too ("Dietrich", "Biełych"), and a run of nothing but such endings is a name
     * ("Ulrich Dietrich").
     */
    static boolean bodyOfOpeningOffice(List<Token> tokens, int phraseStart, int runFrom, int runEnd, String lang) {
        if (!"pl".equals(lang) || !opensClause(tokens, phraseStart) || runEnd - runFrom < 2
                || !PolishNames.adjectiveGenitive(tokens.get(runEnd - 1).text())) {
            return false;
        }
        int adjectives = 0;
        for (int k = runFrom; k < runEnd; k++) {
            adjectives += PolishNames.adjectiveGenitive(tokens.get(k).text()) ? 1 : 0;
        }
        // a noun's genitive in -u, -i, -y before the adjective ("Instytutu Morskiego", "Marynarki Wojennej"), which a
        // given name before a surname in -ich has not ("Ulrich Dietrich")
        String noun = tokens.get(runEnd - 2).lower();
        boolean nounBefore = !PolishNames.adjectiveGenitive(noun) && noun.matches("\\p{L}{3,}(?:u|i|y)");
        if (adjectives >= 2 && adjectives < runEnd - runFrom || nounBefore) {
            return true;
        }
        return runEnd + 2 < tokens.size() && tokens.get(runEnd).isMark(",")
                && SpeakerWords.isOffice(tokens.get(runEnd + 1)) && tokens.get(runEnd + 2).isCapitalised();
    }

    /**
     * Whether the pair of names at {@code k} after a body is the name of the body's patron: a person's name that may be
     * a genitive ("Adama Mickiewicza", "Lecha Wałęsy") with no woman's verb agreeing with it; a pair with an
     * adjective's ending ("Instytutu Morskiego") is the body's own name, neither patron nor holder.
     */
    static boolean patron(List<Token> tokens, int k) {
        return !plainlyOblique(tokens.get(k).text() + " " + tokens.get(k + 1).text()) && !nominativeHolder(tokens, k);
    }

    /**
     * Whether a pair of names after a body is its holder, in the nominative: no ending of an oblique case, and one
     * that may be a genitive ("Adama Mickiewicza", "Lecha Wałęsy": the body is named after a person) only when a
     * woman's verb agrees with it ("Vesna Kranjčeva powiedziała").
     */
    static boolean nominativeHolder(List<Token> tokens, int k) {
        String pair = tokens.get(k).text() + " " + tokens.get(k + 1).text();
        Token after = k + 2 < tokens.size() ? tokens.get(k + 2) : null;
        if (plainlyOblique(pair)) {
            return false;
        }
        String[] words = pair.toLowerCase(Locale.ROOT).split(" ");
        // a man's given name in the genitive before a surname declined like a noun in -a: "Lecha Wałęsy"
        boolean mayBeGenitive = PolishNames.genitive(pair)
                || words[0].endsWith("a") && words[1].matches(".*(?:y|[^kg]i)");
        return !mayBeGenitive
                || after != null && after.lower().endsWith("ła") && SpeechWords.isPolishPast(after.lower());
    }

    /**
     * The index of the holder's name after a body that starts at {@code from} (a capitalised word that opens no
     * name), or -1: the body's capitalised words, lower-case words that are no verb in the past tense and a place
     * after "w" / "we" are passed over until a name of exactly two words in the nominative stands before a lower-case
     * word (the verb).
     */
    static int holderAfterBody(List<Token> tokens, int from, int to, String lang, IntPredicate isName,
            IntUnaryOperator nameRunEnd) {
        int k = from;
        while (k < to && k - from < MAX_BODY) {
            Token t = tokens.get(k);
            if (k > from && isName.test(k) && k + 1 < to && isName.test(k + 1)
                    && nameRunEnd.applyAsInt(k) == k + 2 && (k + 2 == to || !tokens.get(k + 2).isCapitalised())
                    && nominativeHolder(tokens, k)) {
                return k;
            }
            boolean bodyWord = t.isWord() && (t.isCapitalised() || k > from && !SpeakerWords.isFunctionWord(t)
                    && !SpeechWords.isPolishPast(t.lower()));
            boolean place = SpeakerWords.isLocative(t, lang) && k + 1 < to && tokens.get(k + 1).isCapitalised();
            if (!bodyWord && !place) {
                return -1;
            }
            k++;
        }
        return -1;
    }
}
