package eu.newsroom.search.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * The parts of compound words in place of the compounds ({@link CompoundPartsFilter}), for the language given
 * as parameter {@code language}: {@code de} ({@link GermanCompounds}) or {@code nl} ({@link DutchCompounds}).
 * It runs on the word as written (the word lists have umlauts and ß); folding and stemming come after it.
 */
public final class CompoundPartsFilterFactory extends TokenFilterFactory {

    /** The name under which Lucene's SPI would know this factory. */
    public static final String NAME = "compoundParts";

    private static final Map<String, Function<String, List<String>>> SPLITTERS = Map.of(
            "de", GermanCompounds::parts,
            "nl", DutchCompounds::parts);

    private final Function<String, List<String>> splitter;

    public CompoundPartsFilterFactory(Map<String, String> args) {
        super(args);
        String language = require(args, "language");
        splitter = SPLITTERS.get(language);
        if (splitter == null) {
            throw new IllegalArgumentException("No compound splitter for language " + language);
        }
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** The factory for a language ({@code de}, {@code nl}). */
    CompoundPartsFilterFactory(String language) {
        this(new HashMap<>(Map.of("language", language)));
    }

    /** For Lucene's SPI only. */
    public CompoundPartsFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new CompoundPartsFilter(input, splitter);
    }
}
