package eu.newsroom.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.ingest.internal.AmountReader;
import eu.newsroom.ingest.internal.Extractor;
import eu.newsroom.ingest.internal.Gazetteer;
import eu.newsroom.ingest.internal.PlainText;
import eu.newsroom.shared.LanguageGuess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The accuracy suite of the import assistant (src/test/resources/extraction, written for it): amount sentences
 * and whole press texts in seven languages with the expected proposals, scored for precision and recall per
 * language against floors. The figures are printed, and kept in docs/extraction.md.
 */
class ExtractionAccuracyTest {

    private static final Path SUITE = Path.of("src/test/resources/extraction");
    private static Gazetteer gazetteer;

    /** True and false positives and misses of one language or category. */
    static final class Score {
        int hits;
        int proposed;
        int expected;

        void add(List<String> wanted, List<String> found, BiPredicate<String, String> same) {
            List<String> open = new ArrayList<>(wanted);
            for (String item : found) {
                var match = open.stream().filter(w -> same.test(w, item)).findFirst();
                if (match.isPresent()) {
                    open.remove(match.get());
                    hits++;
                }
            }
            proposed += found.size();
            expected += wanted.size();
        }

        double precision() {
            return proposed == 0 ? 1 : (double) hits / proposed;
        }

        double recall() {
            return expected == 0 ? 1 : (double) hits / expected;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.2f  R %.2f  (%d found, %d proposed, %d expected)", precision(), recall(),
                    hits, proposed, expected);
        }
    }

    @BeforeAll
    static void knownNames() {
        gazetteer = DemoGazetteer.load();
    }

    @Test
    void amountsArePreciseAndCompleteInEveryLanguage() throws IOException {
        Map<String, Score> byLanguage = new TreeMap<>();
        Score total = new Score();
        List<String> misses = new ArrayList<>();
        for (String line : Files.readAllLines(SUITE.resolve("amounts.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            List<String> wanted = cells[2].equals("-") ? List.of() : List.of(cells[2].split(";\\s*"));
            List<String> found = AmountReader.read(cells[1], cells[0]).stream()
                    .map(a -> a.amount().toPlainString() + " " + a.currency() + " " + a.qualifier()).toList();
            byLanguage.computeIfAbsent(cells[0], l -> new Score()).add(wanted, found, String::equals);
            total.add(wanted, found, String::equals);
            if (!found.equals(wanted)) {
                misses.add(cells[1] + " -> " + found);
            }
        }
        System.out.println("Amount cases per language:");
        byLanguage.forEach((lang, score) -> System.out.println("  " + lang + "  " + score));
        System.out.println("  all " + total);
        misses.forEach(miss -> System.out.println("  differs: " + miss));
        assertThat(total.expected).as("amount cases with an amount").isGreaterThanOrEqualTo(50);
        assertThat(total.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(total.recall()).isGreaterThanOrEqualTo(0.95);
        byLanguage.forEach((lang, score) -> {
            assertThat(score.precision()).as(lang + " precision").isGreaterThanOrEqualTo(0.85);
            assertThat(score.recall()).as(lang + " recall").isGreaterThanOrEqualTo(0.85);
        });
    }

    @Test
    void wholeTextsGiveTheirProposals() throws IOException {
        Map<String, Score> byLanguage = new TreeMap<>();
        Map<String, Score> byKind = new TreeMap<>();
        List<Path> texts;
        try (Stream<Path> files = Files.list(SUITE.resolve("texts"))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : texts) {
            String lang = file.getFileName().toString().replaceAll("^\\d+-|\\.txt$", "");
            Map<String, List<String>> wanted = expected(Path.of(file.toString().replace(".txt", ".expected")));
            Map<String, List<String>> found = proposals(Files.readString(file, StandardCharsets.UTF_8));
            for (String kind : List.of("lang", "dateline", "title", "point", "statement", "amount", "commitment",
                    "initiative", "topic")) {
                List<String> w = wanted.getOrDefault(kind, List.of());
                List<String> f = found.getOrDefault(kind, List.of());
                BiPredicate<String, String> same = kind.equals("commitment") ? (x, y) -> y.contains(x) : String::equals;
                byLanguage.computeIfAbsent(lang, l -> new Score()).add(w, f, same);
                byKind.computeIfAbsent(kind, k -> new Score()).add(w, f, same);
                if (!new java.util.HashSet<>(w).equals(new java.util.HashSet<>(f))) {
                    System.out.println("  " + file.getFileName() + " " + kind + ": expected " + w + "\n      found " + f);
                }
            }
        }
        System.out.println("Whole texts per language:");
        byLanguage.forEach((lang, score) -> System.out.println("  " + lang + "  " + score));
        System.out.println("Whole texts per kind of proposal:");
        byKind.forEach((kind, score) -> System.out.println("  " + kind + "  " + score));
        assertThat(texts).hasSizeGreaterThanOrEqualTo(20);
        assertThat(byKind.get("lang").recall()).isEqualTo(1.0);
        assertThat(byKind.get("dateline").recall()).isEqualTo(1.0);
        assertThat(byKind.get("amount").precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(byKind.get("amount").recall()).isGreaterThanOrEqualTo(0.9);
        assertThat(byKind.get("statement").precision()).isGreaterThanOrEqualTo(0.75);
        assertThat(byKind.get("statement").recall()).isGreaterThanOrEqualTo(0.75);
        assertThat(byKind.get("initiative").precision()).isGreaterThanOrEqualTo(0.75);
        assertThat(byKind.get("initiative").recall()).isGreaterThanOrEqualTo(0.75);
        assertThat(byKind.get("point").recall()).isGreaterThanOrEqualTo(0.9);
        byLanguage.forEach((lang, score) -> {
            assertThat(score.precision()).as(lang + " precision").isGreaterThanOrEqualTo(0.7);
            assertThat(score.recall()).as(lang + " recall").isGreaterThanOrEqualTo(0.7);
        });
    }

    private static Map<String, List<String>> expected(Path file) throws IOException {
        Map<String, List<String>> items = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                items.computeIfAbsent(line.substring(0, colon), k -> new ArrayList<>()).add(line.substring(colon + 2).strip());
            }
        }
        return items;
    }

    private static Map<String, List<String>> proposals(String raw) {
        String text = PlainText.of(raw);
        Extraction e = Extractor.extract(text, LanguageGuess.of(text).orElse(null), "detected", gazetteer);
        Map<String, List<String>> items = new TreeMap<>();
        items.put("lang", List.of(String.valueOf(e.lang())));
        if (e.dateline() != null) {
            items.put("dateline", List.of(e.dateline().place() + " " + e.dateline().date()));
        }
        if (e.title() != null) {
            items.put("title", List.of(e.title().text()));
        }
        items.put("point", e.points().stream().map(Extraction.Passage::text).toList());
        // the old suite names a statement by its speaker and the first words of its sentence (the context)
        items.put("statement", e.statements().stream().map(s -> (s.actor() != null ? s.actor() : s.speaker()) + " | "
                + String.join(" ", List.of(s.context().split("\\s+")).subList(0, Math.min(4, s.context().split("\\s+").length))))
                .toList());
        items.put("amount", e.amounts().stream()
                .map(a -> a.amount().toPlainString() + " " + a.currency() + " " + a.qualifier()).toList());
        items.put("commitment", e.commitments().stream().filter(c -> c.amount() == null).map(c -> c.title()).toList());
        items.put("initiative", e.initiatives().stream().map(Extraction.InitiativeProposal::slug).toList());
        items.put("topic", e.topics().stream().map(Extraction.TopicProposal::slug).toList());
        return items;
    }
}
