package eu.newsroom.search.internal;

import de.danielnaber.jwordsplitter.GermanWordSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * German compound parts with jWordSplitter ({@code de.danielnaber:jwordsplitter}: code Apache 2.0, its embedded
 * word list CC BY-SA 4.0, see docs/search.md): "Antikorruptionsuntersuchungen" → "Anti", "korruption",
 * "untersuchungen", linking "s" removed. It runs on the word as written (the word list has umlauts and ß);
 * folding and stemming come after it.
 */
public final class GermanCompoundPartsFilterFactory extends TokenFilterFactory {

    /** The name under which Lucene's SPI would know this factory. */
    public static final String NAME = "germanCompoundParts";

    public GermanCompoundPartsFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For Lucene's SPI only. */
    public GermanCompoundPartsFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new CompoundPartsFilter(input, Splitter.INSTANCE::parts);
    }

    /** One splitter for the application: its word list (640 kB) is loaded once and only read afterwards. */
    private static final class Splitter {

        static final Splitter INSTANCE = new Splitter();

        private final GermanWordSplitter splitter;

        private Splitter() {
            try {
                // true: the linking "s" (Fugen-s) is left out of the parts, "Sanktionspaket" → "Sanktion", "paket"
                splitter = new GermanWordSplitter(true);
            } catch (IOException e) {
                throw new UncheckedIOException("The German word list of jWordSplitter could not be read", e);
            }
        }

        List<String> parts(String word) {
            return splitter.splitWord(word);
        }
    }
}
