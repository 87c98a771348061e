package eu.newsroom.ingest.internal;

import java.util.ArrayList;
import java.util.List;

/** Quotation marks of the EU languages: "…", „…“, “…”, «…», »…«, ‚…‘, and what they enclose. */
public final class Quotes {

    private Quotes() {
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
        char closing = 0;
        int openedAt = -1;
        for (int i = 0; i < passage.length(); i++) {
            char c = passage.charAt(i);
            if (closing == 0) {
                char expected = closingFor(c, passage, i);
                if (expected != 0) {
                    closing = expected;
                    openedAt = i + 1;
                }
            } else if (c == closing || closing == '”' && c == '“' && isClosingPosition(passage, i)) {
                spans.add(new Span(offset + openedAt, offset + i));
                closing = 0;
            }
        }
        if (closing != 0) {
            spans.add(new Span(offset + openedAt, -1));
        }
        return spans;
    }

    private static char closingFor(char c, String passage, int i) {
        return switch (c) {
            case '"' -> isOpeningPosition(passage, i) ? '"' : 0;
            case '„' -> '“';
            case '“' -> '”';
            case '«' -> '»';
            case '»' -> '«';
            case '‚' -> '‘';
            default -> 0;
        };
    }

    /** A straight quote opens after a space or a bracket (or at the start), not inside a word (12" or O"Neill). */
    private static boolean isOpeningPosition(String passage, int i) {
        return (i == 0 || !Character.isLetterOrDigit(passage.charAt(i - 1)))
                && i + 1 < passage.length() && !Character.isWhitespace(passage.charAt(i + 1));
    }

    private static boolean isClosingPosition(String passage, int i) {
        return i + 1 >= passage.length() || !Character.isLetterOrDigit(passage.charAt(i + 1));
    }
}
