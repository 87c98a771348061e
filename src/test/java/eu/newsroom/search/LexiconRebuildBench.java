package eu.newsroom.search;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Bench, not a test: the translation lexicon learned from a bench database's aligned units ({@code bench/run.sh}'s
 * {@code bench_10k}), timed with the pairs' unspread key (before issue 22 round 10) and the spread one, alternately;
 * says whether both lexicons are equal. Arguments: the JDBC URL, rounds (default 3).
 */
public final class LexiconRebuildBench {

    private LexiconRebuildBench() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/bench_10k";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "postgres", "");
        Map<String, Map<String, String>> units = new TranslationLexicon(JdbcClient.create(dataSource),
                Clock.systemUTC()).alignedUnits();
        System.out.printf("%d aligned units%n", units.size());
        Map<String, List<TranslationLexicon.Translation>> before = null;
        Map<String, List<TranslationLexicon.Translation>> after = null;
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            before = WordAlignment.learn(units, LongUnaryOperator.identity(), LongUnaryOperator.identity());
            long unspread = System.nanoTime() - start;
            start = System.nanoTime();
            after = WordAlignment.learn(units);
            long spread = System.nanoTime() - start;
            System.out.printf("round %d: unspread key %d ms, spread key %d ms%n", round, unspread / 1_000_000,
                    spread / 1_000_000);
        }
        System.out.printf("lexicon: %d terms, equal: %s%n", after.size(), after.equals(before));
    }
}
