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
 * apostrophe between two capitals that is no elided article ("O'Sullivan-Burke", "Sant'Elia"; but "L'Europe",
 * "D'Alessandro", "Dell'Acqua" apart). Each token keeps its offsets in the text and, where a model for the language
 * exists, its part of speech and lemma.
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

    private static final Pattern TOKEN = Pattern.compile(
            "(?iu)(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|dell|dall|nell|sull|all|coll|quell|un|po)['’](?=\\p{L})"
                    + "|['’][st](?![\\p{L}])"
                    + "|(?-i:\\p{Lu}[\\p{L}\\p{M}]*['’]\\p{Lu}[\\p{L}\\p{M}]*(?:[-‑][\\p{L}\\p{M}\\p{N}]+)*)"
                    + "|\\p{N}+(?:[.,]\\p{N}+)*"
                    + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[-‑][\\p{L}\\p{M}\\p{N}]+)*(?:\\.(?=\\p{L}\\.))?"
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
