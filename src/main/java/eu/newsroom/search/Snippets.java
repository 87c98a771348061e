package eu.newsroom.search;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * Highlighted snippets. The highlighter marks matches with two private-use characters (the query text
 * is stripped of them, see {@link QueryText}); from those we build either plain text plus the list of
 * highlighted terms (JSON) or HTML in which everything is escaped and only our own {@code <mark>}
 * tags are inserted (the page).
 */
final class Snippets {

    static final String OPEN = "\uE000";
    static final String CLOSE = "\uE001";

    /** Words of a title shorter than this are not taken for the title when a snippet begins with them. */
    private static final int MIN_TITLE_TAIL = 12;

    private Snippets() {
    }

    static String plain(String marked) {
        return marked == null ? "" : marked.replace(OPEN, "").replace(CLOSE, "");
    }

    static List<String> highlightedTerms(String marked) {
        List<String> terms = new ArrayList<>();
        if (marked == null) {
            return terms;
        }
        int start = marked.indexOf(OPEN);
        while (start >= 0) {
            int end = marked.indexOf(CLOSE, start + 1);
            if (end < 0) {
                break;
            }
            String term = plain(marked.substring(start + 1, end)).strip();
            if (!term.isEmpty() && !terms.contains(term)) {
                terms.add(term);
            }
            start = marked.indexOf(OPEN, end + 1);
        }
        return terms;
    }

    /**
     * The snippet without the title it starts with: the indexed text begins with the title, so a snippet taken
     * from the start (or a match in the title) repeated the heading the entry shows just above it. Highlight
     * markers are skipped while comparing, and a highlight the cut falls into is reopened.
     */
    static String withoutLeadingTitle(String marked, String title) {
        if (marked == null || title == null || title.isBlank()) {
            return marked;
        }
        // the whole title, or (a fragment cut inside it) its last words, down to a few: the longest that leads
        String whole = title.strip();
        for (int start = 0; start >= 0 && whole.length() - start >= MIN_TITLE_TAIL; start = whole.indexOf(' ', start + 1)) {
            String cut = withoutLeading(marked, whole.substring(start).strip());
            if (cut != null) {
                return cut;
            }
        }
        return marked;
    }

    /** The snippet without the given text at its start, or null when it does not start with it. */
    private static String withoutLeading(String marked, String wanted) {
        int i = 0;
        int matched = 0;
        boolean open = false;
        while (i < marked.length() && matched < wanted.length()) {
            char c = marked.charAt(i);
            if (c == OPEN.charAt(0) || c == CLOSE.charAt(0)) {
                open = c == OPEN.charAt(0);
            } else if (matched == 0 && Character.isWhitespace(c)) {
                // leading space before the title
            } else if (Character.toLowerCase(c) == Character.toLowerCase(wanted.charAt(matched))) {
                matched++;
            } else {
                return null;
            }
            i++;
        }
        if (matched < wanted.length()) {
            return null;
        }
        while (i < marked.length() && (marked.charAt(i) == CLOSE.charAt(0) || marked.charAt(i) == OPEN.charAt(0))) {
            open = marked.charAt(i) == OPEN.charAt(0);
            i++;
        }
        int rest = i;
        // the separator between title and text (a space, a full stop, a colon, a dash), not the text's own signs
        while (rest < marked.length() && (Character.isWhitespace(marked.charAt(rest))
                || marked.charAt(rest) == CLOSE.charAt(0) || ".:;,|–—-".indexOf(marked.charAt(rest)) >= 0)) {
            open = open && marked.charAt(rest) != CLOSE.charAt(0);
            rest++;
        }
        return (open ? OPEN : "") + marked.substring(rest);
    }

    /** Escaped HTML with {@code <mark>} around the matches; safe for th:utext. */
    static String sanitizedHtml(String marked) {
        if (marked == null) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        boolean open = false;
        int i = 0;
        while (i < marked.length()) {
            int nextOpen = marked.indexOf(OPEN, i);
            int nextClose = marked.indexOf(CLOSE, i);
            int next = nextOpen < 0 ? nextClose : nextClose < 0 ? nextOpen : Math.min(nextOpen, nextClose);
            if (next < 0) {
                html.append(HtmlUtils.htmlEscape(marked.substring(i), "UTF-8"));
                break;
            }
            html.append(HtmlUtils.htmlEscape(marked.substring(i, next), "UTF-8"));
            boolean isOpen = next == nextOpen;
            if (isOpen && !open) {
                html.append("<mark>");
                open = true;
            } else if (!isOpen && open) {
                html.append("</mark>");
                open = false;
            }
            i = next + 1;
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }
}
