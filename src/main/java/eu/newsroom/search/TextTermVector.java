package eu.newsroom.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The term vector of one text, as the index would store it for the text field (terms in order, each with its
 * positions and offsets), but holding only the terms a snippet looks for: what Lucene's fast vector highlighter reads
 * from a document, built from the text itself. A one-document {@code MemoryIndex} did the same for every term of the
 * text and cost more than the index's stored block and term vectors it replaced (docs/benchmarks.md); here the
 * analyser's tokens are only compared with a set of terms, and the analysis stops once no later token can fall into
 * the first fragment (the only one shown).
 */
final class TextTermVector extends Terms {

    private final BytesRef[] terms;
    /** Per term, in the order of {@link #terms}: position, start offset, end offset of each occurrence. */
    private final int[][] occurrences;

    private TextTermVector(BytesRef[] terms, int[][] occurrences) {
        this.terms = terms;
        this.occurrences = occurrences;
    }

    /**
     * The vector of {@code text} as {@code analyzer} reads it for {@code field}, of the {@code wanted} terms only.
     * With {@code stopAfter} > 0, the analysis ends at the first token that starts that many characters after the
     * first match has ended (and past its position), which only a later fragment could hold. A wanted token ends a
     * match when {@code matched} holds for the vector read so far (a phrase's first word alone does not).
     */
    static TextTermVector of(Analyzer analyzer, String field, String text, Set<String> wanted, int stopAfter,
            Predicate<TextTermVector> matched) {
        Map<String, List<int[]>> found = new HashMap<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            int position = -1;
            int stopAt = Integer.MAX_VALUE;
            while (tokens.incrementToken()) {
                position += increment.getPositionIncrement();
                if (increment.getPositionIncrement() > 0 && offset.startOffset() >= stopAt) {
                    break;
                }
                String word = term.toString();
                if (wanted.contains(word)) {
                    found.computeIfAbsent(word, k -> new ArrayList<>())
                            .add(new int[] {Math.max(position, 0), offset.startOffset(), offset.endOffset()});
                    if (stopAfter > 0 && stopAt == Integer.MAX_VALUE && matched.test(of(found))) {
                        stopAt = offset.endOffset() + stopAfter;
                    }
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a text in memory: no I/O
        }
        return of(found);
    }

    private static TextTermVector of(Map<String, List<int[]>> found) {
        BytesRef[] terms = found.keySet().stream().map(BytesRef::new).sorted().toArray(BytesRef[]::new);
        int[][] occurrences = new int[terms.length][];
        for (int i = 0; i < terms.length; i++) {
            occurrences[i] = found.get(terms[i].utf8ToString()).stream().flatMapToInt(Arrays::stream).toArray();
        }
        return new TextTermVector(terms, occurrences);
    }

    @Override
    public TermsEnum iterator() {
        return new Enum();
    }

    @Override
    public long size() {
        return terms.length;
    }

    @Override
    public long getSumTotalTermFreq() {
        return Arrays.stream(occurrences).mapToLong(o -> o.length / 3).sum();
    }

    @Override
    public long getSumDocFreq() {
        return terms.length;
    }

    @Override
    public int getDocCount() {
        return terms.length == 0 ? 0 : 1;
    }

    @Override
    public boolean hasFreqs() {
        return true;
    }

    @Override
    public boolean hasOffsets() {
        return true;
    }

    @Override
    public boolean hasPositions() {
        return true;
    }

    @Override
    public boolean hasPayloads() {
        return false;
    }

    /** The terms in order; each one's postings are its occurrences in the one document, 0. */
    private final class Enum extends BaseTermsEnum {

        private int current = -1;

        @Override
        public SeekStatus seekCeil(BytesRef text) {
            int at = Arrays.binarySearch(terms, text);
            if (at >= 0) {
                current = at;
                return SeekStatus.FOUND;
            }
            current = -at - 1;
            return current < terms.length ? SeekStatus.NOT_FOUND : SeekStatus.END;
        }

        @Override
        public void seekExact(long ord) {
            current = (int) ord;
        }

        @Override
        public BytesRef next() {
            return ++current < terms.length ? terms[current] : null;
        }

        @Override
        public BytesRef term() {
            return terms[current];
        }

        @Override
        public long ord() {
            return current;
        }

        @Override
        public int docFreq() {
            return 1;
        }

        @Override
        public long totalTermFreq() {
            return occurrences[current].length / 3;
        }

        @Override
        public PostingsEnum postings(PostingsEnum reuse, int flags) {
            return new Occurrences(occurrences[current]);
        }

        @Override
        public ImpactsEnum impacts(int flags) {
            return new SlowImpactsEnum(postings(null, flags));
        }
    }

    /** One term's occurrences in document 0. */
    private static final class Occurrences extends PostingsEnum {

        private final int[] occurrences;
        private int doc = -1;
        private int next;

        Occurrences(int[] occurrences) {
            this.occurrences = occurrences;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            doc = doc == -1 ? 0 : NO_MORE_DOCS;
            return doc;
        }

        @Override
        public int advance(int target) {
            doc = doc == -1 && target == 0 ? 0 : NO_MORE_DOCS;
            return doc;
        }

        @Override
        public long cost() {
            return 1;
        }

        @Override
        public int freq() {
            return occurrences.length / 3;
        }

        @Override
        public int nextPosition() {
            int position = occurrences[next];
            next += 3;
            return position;
        }

        @Override
        public int startOffset() {
            return occurrences[next - 2];
        }

        @Override
        public int endOffset() {
            return occurrences[next - 1];
        }

        @Override
        public BytesRef getPayload() {
            return null;
        }
    }
}
