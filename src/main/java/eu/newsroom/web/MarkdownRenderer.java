package eu.newsroom.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Turns an editor's Markdown into HTML that is safe to write with {@code th:utext}: CommonMark
 * renders it (raw HTML in the source is escaped, not passed through) and the OWASP sanitiser then
 * keeps only text formatting, lists, quotes, tables and http(s)/mailto links.
 */
@Component
public class MarkdownRenderer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a", "pre", "code", "hr", "br")
                    .allowUrlProtocols("https", "http", "mailto")
                    .allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .toFactory());

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /** Safe HTML for a body; a body without blank lines is an imported plain text with one paragraph per line. */
    public String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String source = markdown.contains("\n\n") || markdown.contains("\r\n\r\n") ? markdown
                : markdown.replaceAll("\\R", "\n\n");
        return POLICY.sanitize(renderer.render(parser.parse(source)));
    }
}
