package eu.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Whatever Markdown (or HTML inside it) an editor writes, the rendered body, read back as a browser
 * would (jsoup), has no script-bearing element, no event handler attribute and no link other than
 * http, https, mailto or relative. Words like "javascript:" may remain as escaped text: that is harmless.
 * Regression inputs: MarkdownRendererFuzzTestInputs/render/ (docs/reliability.md).
 */
class MarkdownRendererFuzzTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @FuzzTest(maxDuration = "5m")
    void render(String markdown) {
        for (Element element : Jsoup.parseBodyFragment(renderer.toSafeHtml(markdown)).body().getAllElements()) {
            assertThat(element.normalName()).isNotIn("script", "svg", "math", "iframe", "object", "embed", "style",
                    "form", "base", "meta", "link");
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).doesNotStartWith("on").isNotIn("style", "srcdoc");
                if (attribute.getKey().equalsIgnoreCase("href") || attribute.getKey().equalsIgnoreCase("src")) {
                    String target = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                    assertThat(target.contains(":") && !target.matches("^(https?|mailto):.*") && !target.matches("^[^:]*[/?#].*"))
                            .as("link target %s", target).isFalse();
                }
            }
        }
    }
}
