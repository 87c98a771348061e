package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.NewsroomTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 22, round 10: the word pairs of {@link WordAlignment} are keyed by a spread number, whose hash depends on both
 * terms ({@code a << 32 | b} hashed as {@code a ^ b}, and the maps of a 10 k rebuild turned into trees); the lexicon
 * learned is the same as with the unspread key (round 9's, the same function with the identity as key).
 */
@NewsroomTest
class WordAlignmentTest {

    @Autowired
    TranslationLexicon lexicon;

    @Test
    void theLexiconOfTheDemoCorpusIsTheSameWithTheSpreadKey() {
        Map<String, Map<String, String>> units = lexicon.alignedUnits();
        Map<String, List<TranslationLexicon.Translation>> unspread = WordAlignment.learn(units,
                LongUnaryOperator.identity(), LongUnaryOperator.identity());
        Map<String, List<TranslationLexicon.Translation>> spread = WordAlignment.learn(units);
        assertThat(unspread).hasSizeGreaterThan(100);
        // the same terms, the same translations in the same order, the same weights (translations of equal weight and
        // term into several languages were in the order of the map of pairs, which the key changes: now by field)
        assertThat(spread.keySet()).isEqualTo(unspread.keySet());
        assertThat(unspread.keySet().stream().filter(term -> !spread.get(term).equals(unspread.get(term))).sorted()
                .map(term -> term + ": " + unspread.get(term) + " / " + spread.get(term)).toList()).isEmpty();
    }

    @Test
    void theKeyOfAPairIsSpreadOverTheHashAndDecodedBack() {
        Set<Integer> raw = new HashSet<>();
        Set<Integer> spread = new HashSet<>();
        int pairs = 0;
        for (int a = 0; a < 1000; a++) {
            for (int b = a + 1; b < 1000; b++) {
                long pair = WordAlignment.pair(a, b);
                raw.add(Long.hashCode(pair));
                spread.add(Long.hashCode(WordAlignment.spread(pair)));
                assertThat(WordAlignment.unspread(WordAlignment.spread(pair))).isEqualTo(pair);
                pairs++;
            }
        }
        // a ^ b: at most 1 024 hashes for 499 500 pairs; spread, (almost) one a pair
        assertThat(raw).hasSizeLessThanOrEqualTo(1024);
        assertThat(spread.size()).isGreaterThan(pairs * 99 / 100);
        SplittableRandom random = new SplittableRandom(22);
        for (int i = 0; i < 10_000; i++) {
            long any = random.nextLong();
            assertThat(WordAlignment.unspread(WordAlignment.spread(any))).isEqualTo(any);
        }
    }
}
