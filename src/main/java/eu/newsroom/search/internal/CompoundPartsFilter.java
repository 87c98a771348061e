package eu.newsroom.search.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each compound word by its parts ("Munitionsproduktion" → "Munition", "produktion") and drops
 * every word that is not a compound: the parts go into a field of their own (text_de_parts), beside the
 * whole words of the language's main field, so that a match on a part weighs less than a match on a word.
 * Positions stay in order (the parts of one word follow each other), so a phrase of parts still matches.
 */
final class CompoundPartsFilter extends TokenFilter {

    /** Longer tokens (URLs, identifiers, garbage) are not split: splitting is exponential in the worst case. */
    static final int MAX_WORD_LENGTH = 60;

    private final Function<String, List<String>> splitter;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> parts = new ArrayDeque<>();
    private int skippedPositions;

    /** {@code splitter} gives the parts of a word, or the word alone (or nothing) when it is not a compound. */
    CompoundPartsFilter(TokenStream input, Function<String, List<String>> splitter) {
        super(input);
        this.splitter = splitter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (parts.isEmpty()) {
            if (!input.incrementToken()) {
                return false;
            }
            skippedPositions += position.getPositionIncrement();
            if (term.length() <= MAX_WORD_LENGTH) {
                List<String> split = splitter.apply(term.toString());
                if (split.size() > 1) {
                    parts.addAll(split);
                }
            }
        }
        // the attributes (offsets, type) are those of the compound; only the text and position change
        term.setEmpty().append(parts.removeFirst());
        position.setPositionIncrement(Math.max(1, skippedPositions));
        skippedPositions = 0;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        parts.clear();
        skippedPositions = 0;
    }
}
