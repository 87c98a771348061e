package eu.newsroom.ingest.internal;

import eu.newsroom.ingest.Extraction.Dateline;
import eu.newsroom.ingest.Extraction.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the title (a short line above the dateline, or a short first line without a full stop) and the
 * "in short" points: the lines after a heading such as "Kurz gesagt", "In short", "En bref", "En resumen",
 * "In breve", "W skrócie" or "In het kort", each point one sentence or one bullet.
 */
public final class HeadReader {

    private static final Pattern IN_SHORT = Pattern.compile("(?iu)^[ \\t]*(?:kurz gesagt|in kürze|auf einen blick"
            + "|das wichtigste in kürze|in short|in brief|at a glance|key points|en bref|en résumé|l'essentiel|l’essentiel"
            + "|en resumen|en breve|en pocas palabras|in breve|in sintesi|in sintesi|w skrócie|w pigułce|in het kort"
            + "|kort samengevat|em resumo|em suma|i korthet|kort sagt|kort fortalt|lyhyesti|pe scurt|stručně|v skratke"
            + "|röviden|lühidalt|trumpai|īsumā|na kratko|ukratko|накратко|εν συντομία|go hachomair|fil-qosor)"
            + "[ \\t]*[:.–—-]?[ \\t]*");
    private static final Pattern BULLET = Pattern.compile("^(?:[-•*–—·▪►]|\\d{1,2}[.)])\\s+");
    private static final int MAX_TITLE = 300;
    private static final int MAX_POINT = 400;
    private static final int MAX_POINTS = 10;

    /** The points and the stretch of text the block takes, heading included. */
    public record Points(List<Passage> points, Span block) {
    }

    private HeadReader() {
    }

    public static Optional<Passage> title(String text, Optional<Dateline> dateline) {
        Span first = firstLine(text);
        if (first == null) {
            return Optional.empty();
        }
        String line = first.in(text);
        boolean aboveDateline = dateline.isPresent() && dateline.get().start() > first.end();
        boolean headline = dateline.isEmpty() && !line.matches("(?s).*[.!?:;]$")
                && text.indexOf('\n', first.end()) == first.end();
        if ((aboveDateline || headline) && line.length() <= MAX_TITLE && !IN_SHORT.matcher(line).lookingAt()) {
            return Optional.of(new Passage(line, first.start(), first.end()));
        }
        return Optional.empty();
    }

    public static Optional<Points> points(String text) {
        Matcher heading = IN_SHORT.matcher(text);
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            heading.region(lineStart, lineEnd);
            if (heading.lookingAt()) {
                List<Passage> points = pointsAfter(text, heading.end(), lineEnd);
                if (!points.isEmpty()) {
                    return Optional.of(new Points(points, new Span(lineStart, points.get(points.size() - 1).end())));
                }
            }
            lineStart = lineEnd + 1;
        }
        return Optional.empty();
    }

    /**
     * The points end at a blank line or at the first line that is not a point: a line without a bullet after
     * bulleted points, a line of several sentences, or a line that quotes someone (a statement, not a point).
     */
    private static List<Passage> pointsAfter(String text, int from, int firstLineEnd) {
        List<Passage> points = new ArrayList<>();
        Boolean bulleted = null;
        int start = from;
        int end = firstLineEnd;
        while (points.size() < MAX_POINTS && start <= text.length()) {
            Span line = trimmed(text, start, end);
            if (line == null) {
                if (!points.isEmpty()) {
                    break;
                }
            } else {
                Passage point = point(text, line);
                boolean isBullet = BULLET.matcher(line.in(text)).lookingAt();
                if (point == null || bulleted != null && bulleted && !isBullet) {
                    break;
                }
                bulleted = bulleted == null ? isBullet : bulleted;
                points.add(point);
            }
            if (end >= text.length()) {
                break;
            }
            start = end + 1;
            end = lineEnd(text, start);
        }
        return points;
    }

    /** A line is a point when it is a bullet, or a single sentence of reasonable length; never a quotation. */
    private static Passage point(String text, Span line) {
        String content = line.in(text);
        Matcher bullet = BULLET.matcher(content);
        int skip = bullet.lookingAt() ? bullet.end() : 0;
        boolean single = Sentences.of(text, line).size() == 1;
        if (content.length() > MAX_POINT || skip == 0 && !single || Quotes.quotesSomeone(content.substring(skip))) {
            return null;
        }
        return new Passage(content.substring(skip), line.start() + skip, line.end());
    }

    private static Span firstLine(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = lineEnd(text, start);
            Span line = trimmed(text, start, end);
            if (line != null) {
                return line;
            }
            start = end + 1;
        }
        return null;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static Span trimmed(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to > from ? new Span(from, to) : null;
    }
}
