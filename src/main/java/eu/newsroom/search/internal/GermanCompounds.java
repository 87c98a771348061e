package eu.newsroom.search.internal;

import de.danielnaber.jwordsplitter.GermanWordSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The parts of German compound words, by jWordSplitter ({@code de.danielnaber:jwordsplitter}: code Apache 2.0,
 * its embedded word list CC BY-SA 4.0, see docs/search.md): "Antikorruptionsuntersuchungen" → "Anti",
 * "korruption", "untersuchungen", the linking "s" left out. Used by the index analysis and by "did you mean".
 */
public final class GermanCompounds {

    /** Loaded once (a 640 kB word list) and only read afterwards, so one instance serves every thread. */
    private static final class Holder {
        static final GermanWordSplitter SPLITTER = load();

        private static GermanWordSplitter load() {
            try {
                return new GermanWordSplitter(true);
            } catch (IOException e) {
                throw new UncheckedIOException("The German word list of jWordSplitter could not be read", e);
            }
        }
    }

    private GermanCompounds() {
    }

    /** The parts of a word as written (with umlauts and ß), or the word alone when it is not a compound. */
    public static List<String> parts(String word) {
        if (word.length() > CompoundPartsFilter.MAX_WORD_LENGTH) {
            return List.of(word);
        }
        return Holder.SPLITTER.splitWord(word);
    }
}
