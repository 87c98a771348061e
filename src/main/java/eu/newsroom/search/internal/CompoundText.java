package eu.newsroom.search.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The parts of the compound words of a German or Dutch text, as the value of its parts field
 * ({@code text_de_parts}): the text's words (standard tokenizer) through {@link CompoundPartsFilter}, joined by
 * spaces. The split runs here, when the document is written, and not in an analyzer, so that both backends index
 * the same parts with the language's plain analyzer: OpenSearch (cluster mode) has no filter of ours.
 */
final class CompoundText {

    private CompoundText() {
    }

    /** The parts of the compounds of {@code text}, in order, each once per occurrence; "" when it has none. */
    static String parts(String text, String language) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StandardTokenizer words = new StandardTokenizer();
        words.setReader(new StringReader(text));
        try (TokenStream parts = new CompoundPartsFilterFactory(language).create(words)) {
            CharTermAttribute term = parts.addAttribute(CharTermAttribute.class);
            StringBuilder out = new StringBuilder();
            parts.reset();
            while (parts.incrementToken()) {
                out.append(out.isEmpty() ? "" : " ").append(term);
            }
            parts.end();
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
