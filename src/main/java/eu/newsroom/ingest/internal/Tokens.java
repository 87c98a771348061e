package eu.newsroom.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence cut into words and marks, the way the Universal Dependencies models expect them: "l'" and "dell'"
 * apart from the word they elide into, the English "'s" apart from its noun, the Dutch "'t" as one token ("van 't
 * Hek"), hyphenated names and compounds ("Kosiniak-Kamysz", "EU-Diplomat") whole, and so are names with an
 * apostrophe inside them ("O'Sullivan-Burke", "Sant'Elia", "Le Floc'h", "N'Diaye", and "D'Alema" or "Dell'Orso" inside a
 * sentence; but "L'Europe", "d'Airbus" and "dell'Aeronautica" apart). Each token keeps its offsets in the text and,
 * where a model for the language exists, its part of speech and lemma.
 */
public final class Tokens {

    /** A word or a mark; {@code pos} is a Universal Dependencies tag and {@code lemma} lower case, or null. */
    public record Token(String text, int start, int end, String pos, String lemma) {

        public String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean isWord() {
            return Character.isLetterOrDigit(text.charAt(0));
        }

        boolean isCapitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        /** An acronym such as NATO or EU: letters, all of them capitals. */
        boolean isAcronym() {
            return PhraseIndex.isAcronym(text);
        }

        boolean is(String... forms) {
            String lower = lower();
            for (String form : forms) {
                if (lower.equals(form)) {
                    return true;
                }
            }
            return false;
        }

        boolean isMark(String marks) {
            return text.length() == 1 && marks.indexOf(text.charAt(0)) >= 0;
        }
    }

    /**
     * The hyphenated parts of a word; a part may open with a capital and an apostrophe before another capital, as an
     * Irish surname does inside a double one ("Rzepecka-O'Brien", "Moreau-D'Angelo").
     */
    private static final String HYPHENATED = "(?:[-‑](?:\\p{Lu}['’](?=\\p{Lu}))?[\\p{L}\\p{M}\\p{N}]+)*";
    /** Letters of a word after its first, and its hyphenated parts ("-Burke", "-Lemaire"). */
    private static final String REST = "[\\p{L}\\p{M}]*" + HYPHENATED;
    /**
     * An elided particle written with a capital that opens a surname: "N'Diaye" anywhere (French elides "n'" only
     * before a verb, in lower case), "D'Alema", "Dell'Orso", "Dall'Oglio" inside a sentence, after a word and a space,
     * where an elided article or preposition would be written in lower case. At the start of a sentence "D'Europe"
     * and "D'Alema" look alike, and the particle is read as elided.
     */
    private static final String ELIDED_PARTICLE_OF_A_NAME = "(?-i:N['’]\\p{Lu}" + REST
            + "|(?<=[\\p{L}\\p{N},;:]\\s)(?:D|Dell|Dall|Degl)['’]\\p{Lu}" + REST + ")";
    /**
     * An apostrophe inside a capitalised word continues it: before a capital ("O'Sullivan-Burke", "Sant'Elia"), and
     * before lower case after two letters or more ("Le Floc'h", "Guyonvarc'h", "Aujourd'hui"), unless what follows is
     * an English clitic ("Rutte's", "We've", "Don't"). Elided articles and prepositions are matched before this.
     */
    private static final String APOSTROPHE_INSIDE_A_WORD = "(?-i:\\p{Lu}[\\p{L}\\p{M}]*['’]\\p{Lu}" + REST
            + "|\\p{Lu}[\\p{L}\\p{M}]+['’](?!(?:s|t|d|m|ll|re|ve)(?![\\p{L}]))\\p{Ll}" + REST + ")";

    private static final Pattern TOKEN = Pattern.compile(
            "(?iu)" + ELIDED_PARTICLE_OF_A_NAME
                    + "|(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|dell|dall|nell|sull|all|coll|quell|un|po)['’](?=\\p{L})"
                    + "|['’][st](?![\\p{L}])"
                    + "|" + APOSTROPHE_INSIDE_A_WORD
                    + "|\\p{N}+(?:[.,]\\p{N}+)*"
                    + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*" + HYPHENATED + "(?:\\.(?=\\p{L}\\.))?"
                    + "|\\S");

    private Tokens() {
    }

    /** The tokens of a stretch of the text, untagged. */
    public static List<Token> of(String text, Span span) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(span.start(), span.end());
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end(), null, null));
        }
        return tokens;
    }

    /** The tokens of a stretch of the text, tagged and lemmatised where the language has models. */
    public static List<Token> tagged(String text, Span span, String lang) {
        return LanguageModels.tag(of(text, span), lang);
    }
}
