package eu.newsroom.ingest.internal;

import java.util.ArrayList;
import java.util.List;

/** Quotation marks of the EU languages: "…", „…“, „…”, “…”, «…», »…«, ‚…‘, ‘…’, '…', and what they enclose. */
public final class Quotes {

    private Quotes() {
    }

    /** Whether the passage opens with a quotation mark or quotes a passage of several words. */
    static boolean quotesSomeone(String passage) {
        String trimmed = passage.strip();
        if (!trimmed.isEmpty() && "\"„“«»‚‘'”".indexOf(trimmed.charAt(0)) >= 0) {
            return true;
        }
        return quoted(passage, 0).stream().anyMatch(q -> q.end() > 0 && q.in(passage).strip().split("\\s+").length >= 3);
    }

    /** Whether a quotation opened in the passage is still open at its end. */
    static boolean isOpenAtEnd(String passage) {
        List<Span> spans = quoted(passage, 0);
        return !spans.isEmpty() && spans.get(spans.size() - 1).end() < 0;
    }

    /**
     * The quoted stretches of a passage, as spans of the text (offset added); the inner text only,
     * without the marks. An unclosed last quotation has {@code end() < 0}.
     */
    public static List<Span> quoted(String passage, int offset) {
        List<Span> spans = new ArrayList<>();
        String closing = null;
        int openedAt = -1;
        for (int i = 0; i < passage.length(); i++) {
            char c = passage.charAt(i);
            int dashEnd = closing == null ? dashQuoteEnd(passage, i) : -1;
            if (dashEnd > 0) {
                spans.add(new Span(offset + i + 2, offset + dashEnd));
                i = dashEnd + 1;
                continue;
            }
            if (closing == null) {
                String expected = closingFor(c, passage, i);
                if (expected != null) {
                    closing = expected;
                    openedAt = i + 1;
                }
            } else if (closing.indexOf(c) >= 0 && closes(c, passage, i)) {
                spans.add(new Span(offset + openedAt, offset + i));
                closing = null;
            }
        }
        if (closing != null) {
            spans.add(new Span(offset + openedAt, -1));
        }
        return spans;
    }

    /**
     * Direct speech between dashes, as Polish (and Spanish, French) press writes it: "– Kupujemy, ale też uczymy się
     * budować – mówił." A dash opens it only at the start of a sentence, before a capital; the dash that closes it is
     * followed by the frame's lower-case verb on the same line. Returns where the words end (the space before the
     * closing dash), or -1.
     */
    private static int dashQuoteEnd(String passage, int i) {
        char c = passage.charAt(i);
        if (c != '–' && c != '—' || i + 2 >= passage.length() || passage.charAt(i + 1) != ' '
                || !Character.isUpperCase(passage.charAt(i + 2))) {
            return -1;
        }
        int b = i - 1;
        while (b >= 0 && passage.charAt(b) == ' ') {
            b--;
        }
        if (b >= 0 && passage.charAt(b) != '\n' && ".!?…\"”“»".indexOf(passage.charAt(b)) < 0) {
            return -1;
        }
        for (int j = i + 2; j + 3 < passage.length() && passage.charAt(j) != '\n'; j++) {
            char d = passage.charAt(j + 1);
            if (passage.charAt(j) == ' ' && (d == '–' || d == '—') && passage.charAt(j + 2) == ' '
                    && Character.isLowerCase(passage.charAt(j + 3))) {
                return j;
            }
        }
        return -1;
    }

    /** The marks that may close a quotation opened by {@code c}: „…“ (German) and „…” (Polish, Dutch) alike. */
    private static String closingFor(char c, String passage, int i) {
        return switch (c) {
            case '"' -> isOpeningPosition(passage, i) ? "\"" : null;
            case '\'' -> isOpeningPosition(passage, i) && closedLater(passage, i, "'") ? "'" : null;
            case '„' -> "“”\"";
            case '“' -> "”“";
            case '«' -> "»";
            case '»' -> "«";
            case '‚' -> "‘’";
            case '‘' -> isOpeningPosition(passage, i) && closedLater(passage, i, "’") ? "’" : null;
            default -> null;
        };
    }

    /** A single mark opens only if it is closed later: an unclosed one is an apostrophe ('t, 's). */
    private static boolean closedLater(String passage, int i, String closing) {
        for (int j = i + 2; j < passage.length(); j++) {
            if (closing.indexOf(passage.charAt(j)) >= 0 && closes(passage.charAt(j), passage, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A mark that doubles as an apostrophe (' and ’), or a “ that closes like a ”, closes only where a word ends
     * ("don't" and "l’Union" go on); the other closing marks close wherever they stand.
     */
    private static boolean closes(char c, String passage, int i) {
        boolean ambiguous = c == '\'' || c == '’' || c == '“' || c == '"';
        return !ambiguous || isClosingPosition(passage, i);
    }

    /** A straight quote opens after a space or a bracket (or at the start), not inside a word (12" or O"Neill). */
    private static boolean isOpeningPosition(String passage, int i) {
        return (i == 0 || !Character.isLetterOrDigit(passage.charAt(i - 1)))
                && i + 1 < passage.length() && !Character.isWhitespace(passage.charAt(i + 1));
    }

    private static boolean isClosingPosition(String passage, int i) {
        return (i + 1 >= passage.length() || !Character.isLetterOrDigit(passage.charAt(i + 1)))
                && i > 0 && !Character.isWhitespace(passage.charAt(i - 1));
    }
}
