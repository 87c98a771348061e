package eu.newsroom.ingest.internal;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text the readers work on: pasted HTML reduced to its visible text (with jsoup, paragraphs and
 * list items on their own lines), line breaks as {@code \n}, no-break and thin spaces as plain spaces.
 * All offsets of an extraction count in this text.
 */
public final class PlainText {

    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
            "(?i)<(?:p|div|br|span|h[1-6]|ul|ol|li|strong|em|b|i|a|blockquote|table|tr|td|section|article|html|body"
                    + "|head|meta|!doctype)\\b[^>]*>|</[a-z][a-z0-9]*\\s*>|&(?:nbsp|amp|euro|quot|lt|gt|#\\d{2,5}|#x[0-9a-f]{2,4});");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "tr", "table", "blockquote", "section", "article", "header", "footer", "title", "dt", "dd", "figure",
            "figcaption", "hr", "pre", "main", "aside");
    private static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template", "head");

    private PlainText() {
    }

    public static boolean looksLikeHtml(String raw) {
        return LOOKS_LIKE_HTML.matcher(raw).find();
    }

    /** The readable text of a pasted press text, HTML or not. */
    public static String of(String raw) {
        String text = looksLikeHtml(raw) ? fromHtml(raw) : raw;
        text = text.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\u00A0\\u202F\\u2007\\t\\f\\u000B]", " ")
                .replaceAll("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]", "");
        return text.replaceAll(" +\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String fromHtml(String html) {
        StringBuilder out = new StringBuilder();
        Jsoup.parse(html).body().traverse(new NodeVisitor() {
            private int hidden;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (HIDDEN.contains(tag)) {
                        hidden++;
                    } else if (BLOCKS.contains(tag)) {
                        newLine(out);
                        if (tag.equals("li")) {
                            out.append("• ");
                        }
                    }
                } else if (node instanceof TextNode textNode && hidden == 0) {
                    String words = textNode.text().replaceAll("\\s+", " ");
                    if (out.isEmpty() || out.charAt(out.length() - 1) == '\n') {
                        words = words.stripLeading();
                    }
                    out.append(words);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (HIDDEN.contains(element.normalName())) {
                        hidden--;
                    } else if (BLOCKS.contains(element.normalName())) {
                        newLine(out);
                    }
                }
            }
        });
        return out.toString();
    }

    private static void newLine(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
