package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.importer.BriefingImport;
import eu.newsroom.importer.ImportReport;
import eu.newsroom.shared.ActingUser;
import eu.newsroom.support.HttpClientForTests.Http;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The relevance harness of issue 17: a directory in the blind set's format ({@code corpus.ndjson} in the import format,
 * {@code queries.tsv} with graded judgments of translation groups and initiatives, see
 * src/test/resources/relevance/blind-dev/README.md) loaded into the running application through the importer, its
 * queries asked of {@code GET /api/v1/search} (size 10), and nDCG@10, recall@10 and the share of plain queries that
 * found nothing reported per query kind and overall. An item of the answer counts as its translation group (a
 * briefing, or the briefing of a statement) or as its initiative; a group met again further down takes a rank
 * without gain, so repeats of one item cost places, as they cost the reader.
 */
public final class BlindRelevance {

    static final int K = SearchRelevanceTest.K;
    static final Path DEV = Path.of("src/test/resources/relevance/blind-dev");
    /** The second dev set (one writer, 80 items, 70 queries): what ClusterModeTest compares the backends on. */
    public static final Path DEV2 = Path.of("src/test/resources/relevance/blind-dev2");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Query(String kind, String text, Map<String, Integer> grades) {

        /** Nothing but words: no quotes, no operators, no exclusion. */
        boolean plain() {
            return !text.contains("\"") && !text.matches("(?s).*(^|\\s)[-+|].*") && !text.matches(".*\\b(OR|AND|NOT)\\b.*");
        }
    }

    record Row(Query query, double ndcg, double recall, long total, List<String> ranked, double[] baselines) {
    }

    /** The baselines' keys (b:slug, s:briefing-slug/position, i:slug) as judgment keys (g:group, i:slug). */
    static Map<String, String> baselineKeys(JdbcClient jdbc) {
        Map<String, String> keys = new HashMap<>();
        jdbc.sql("select slug, translation_group from briefing")
                .query((rs, n) -> keys.put("b:" + rs.getString(1), "g:" + rs.getString(2))).list();
        jdbc.sql("select s.position, b.slug, b.translation_group from statement s join briefing b on b.id = s.briefing_id")
                .query((rs, n) -> keys.put("s:" + rs.getString(2) + "/" + rs.getInt(1), "g:" + rs.getString(3))).list();
        return keys;
    }

    static List<String> judged(List<String> baselineRun, Map<String, String> keys) {
        return baselineRun.stream().map(k -> keys.getOrDefault(k, k)).toList();
    }

    /** The directory to score: {@code -Drelevance.dir=path} (holding corpus.ndjson and queries.tsv), else blind-dev. */
    static Path directory() {
        return directory(DEV);
    }

    /** The directory to score: {@code -Drelevance.dir=path}, else the one given. */
    public static Path directory(Path byDefault) {
        String given = System.getProperty("relevance.dir");
        return given == null || given.isBlank() ? byDefault : Path.of(given);
    }

    static ImportReport load(BriefingImport importer, Path dir) throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve("corpus.ndjson"))) {
            return importer.importFrom(in, new ActingUser("relevance-harness", "127.0.0.1"));
        }
    }

    public static List<Query> queries(Path dir) throws IOException {
        List<Query> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("queries.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            out.add(new Query(cols[0].trim(), cols[1].trim(), SearchRelevanceTest.grades(cols[2])));
        }
        return out;
    }

    /** The judgment key of every item a hit can name by its URL: g:group for briefings and statements, i:slug. */
    public static Map<String, String> keysByUrl(JdbcClient jdbc) {
        Map<String, String> keys = new HashMap<>();
        jdbc.sql("select slug, coalesce(translation_group, 'b-' || slug) as g from briefing")
                .query((rs, n) -> keys.put("/briefings/" + rs.getString(1), "g:" + rs.getString(2))).list();
        jdbc.sql("""
                select s.slug, coalesce(b.translation_group, 'b-' || b.slug) from statement s
                join briefing b on b.id = s.briefing_id""")
                .query((rs, n) -> keys.put("/statements/" + rs.getString(1), "g:" + rs.getString(2))).list();
        jdbc.sql("select slug from initiative")
                .query((rs, n) -> keys.put("/initiatives/" + rs.getString(1), "i:" + rs.getString(1))).list();
        return keys;
    }

    static List<Row> run(Http http, JdbcClient jdbc, List<Query> queries) throws Exception {
        Map<String, String> keys = keysByUrl(jdbc);
        Map<String, String> baseline = baselineKeys(jdbc);
        List<Row> rows = new ArrayList<>();
        try (SearchRelevanceTest.LuceneBaseline lucene = new SearchRelevanceTest.LuceneBaseline(
                SearchRelevanceTest.publicDocs(jdbc))) {
        for (Query q : queries) {
            HttpResponse<String> response = http.json("/api/v1/search?size=" + K + "&q="
                    + URLEncoder.encode(q.text(), StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode answer = JSON.readTree(response.body());
            List<String> top = rankedKeys(answer, keys);
            List<String> standard = judged(lucene.search(q.text()), baseline);
            List<String> postgres = judged(SearchRelevanceTest.postgres(jdbc, q.text()), baseline);
            rows.add(new Row(q, SearchRelevanceTest.ndcg(top, q.grades()), recall(top, q.grades()),
                    answer.path("total").asLong(), top, new double[] {SearchRelevanceTest.ndcg(standard, q.grades()),
                        SearchRelevanceTest.ndcg(postgres, q.grades())}));
        }
        }
        return rows;
    }

    /** The judgment keys of a search API answer's entries, in rank order, the first {@link #K}. */
    public static List<String> rankedKeys(String searchAnswer, Map<String, String> keysByUrl) {
        return rankedKeys(JSON.readTree(searchAnswer), keysByUrl);
    }

    private static List<String> rankedKeys(JsonNode answer, Map<String, String> keysByUrl) {
        List<String> ranked = new ArrayList<>();
        answer.path("hits").forEach(h -> ranked.add(keysByUrl.getOrDefault(h.path("url").asString(),
                h.path("url").asString())));
        return ranked.size() > K ? ranked.subList(0, K) : ranked;
    }

    static double recall(List<String> ranked, Map<String, Integer> grades) {
        long relevant = grades.values().stream().filter(g -> g > 0).count();
        Set<String> found = new LinkedHashSet<>(ranked);
        found.retainAll(grades.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList());
        return relevant == 0 ? 0 : (double) found.size() / relevant;
    }

    /** Mean nDCG@10 and recall@10 per kind and overall, the zero-result share of plain queries, every query. */
    static String report(String title, List<Row> rows) {
        StringBuilder out = new StringBuilder("# " + title + "\n\n| kind | n | nDCG@10 | recall@10 | Lucene std nDCG@10"
                + " | PG FTS nDCG@10 |\n|---|---|---|---|---|---|\n");
        Map<String, List<Row>> byKind = new LinkedHashMap<>();
        rows.forEach(r -> byKind.computeIfAbsent(r.query().kind(), k -> new ArrayList<>()).add(r));
        byKind.forEach((kind, list) -> out.append(line(kind, list)));
        out.append(line("**all**", rows));
        long plain = rows.stream().filter(r -> r.query().plain()).count();
        long empty = rows.stream().filter(r -> r.query().plain() && r.total() == 0).count();
        out.append(String.format(Locale.ROOT, "%nPlain queries with zero results: %d of %d (%.1f%%)%n%n", empty, plain,
                plain == 0 ? 0 : 100.0 * empty / plain));
        out.append("| kind | query | nDCG@10 | recall@10 | total | top 10 (grade) |\n|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            StringBuilder top = new StringBuilder();
            r.ranked().forEach(k -> top.append(k).append(r.query().grades().containsKey(k)
                    ? "(" + r.query().grades().get(k) + ")" : "").append(' '));
            out.append(String.format(Locale.ROOT, "| %s | `%s` | %.3f | %.3f | %d | %s |%n", r.query().kind(),
                    r.query().text().replace("|", "\\|"), r.ndcg(), r.recall(), r.total(), top.toString().strip()));
        }
        return out.toString();
    }

    static double meanNdcg(List<Row> rows) {
        return rows.stream().mapToDouble(Row::ndcg).average().orElse(0);
    }

    static double zeroResultShare(List<Row> rows) {
        long plain = rows.stream().filter(r -> r.query().plain()).count();
        return plain == 0 ? 0 : (double) rows.stream().filter(r -> r.query().plain() && r.total() == 0).count() / plain;
    }

    private static String line(String label, List<Row> rows) {
        return String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n", label, rows.size(),
                rows.stream().mapToDouble(Row::ndcg).average().orElse(0),
                rows.stream().mapToDouble(Row::recall).average().orElse(0),
                rows.stream().mapToDouble(r -> r.baselines()[0]).average().orElse(0),
                rows.stream().mapToDouble(r -> r.baselines()[1]).average().orElse(0));
    }

    static void write(String file, String report) throws IOException {
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", file), report);
    }

    private BlindRelevance() {
    }
}
