package eu.newsroom.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One set of judged queries asked of both backends: nDCG@10 per query on OpenSearch and on Lucene, their means per
 * query kind and overall, the scores of the entries each answered, and the report of them (ClusterModeTest's old
 * suite and blind sets alike).
 */
record BackendComparison(List<JudgedQuery> queries, Answers onOpenSearch, Answers onLucene) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Queries whose two top 10s the report shows side by side, those whose nDCG@10 differs most. */
    private static final int SHOWN = 8;

    /** A judged query of either format: its kind, its text, and the grades of the keys its answers are judged by. */
    record JudgedQuery(String kind, String text, Map<String, Integer> grades) {
    }

    /** One backend's answer to a query: its nDCG@10, the judged keys, URLs and scores of its entries in order. */
    record Answer(double ndcg, List<String> keys, List<String> urls, List<Float> scores) {

        static Answer of(String searchAnswer, List<String> keys, double ndcg) {
            List<String> urls = new ArrayList<>();
            List<Float> scores = new ArrayList<>();
            for (JsonNode hit : JSON.readTree(searchAnswer).path("hits")) {
                urls.add(hit.path("url").asString());
                scores.add(hit.path("score").floatValue());
            }
            return new Answer(ndcg, keys, urls, scores);
        }
    }

    /** One backend's answers, in the order of the queries, and how long it took to give them all, one by one. */
    record Answers(List<Answer> all, Duration took) {

        double ndcg(int query) {
            return all.get(query).ndcg();
        }
    }

    double meanOnOpenSearch() {
        return mean(onOpenSearch, all());
    }

    double meanOnLucene() {
        return mean(onLucene, all());
    }

    /**
     * For the queries whose first entry is the same item on both backends, that entry's score on OpenSearch divided
     * by its score on Lucene, the median: 1 when both compute the same score (the same BM25 and the same bonuses),
     * whatever the queries' nDCG@10. Scores are what both rank by; a scale that differs between the backends for one
     * kind of clause only (term statistics against constant bonuses) reorders near entries.
     */
    double medianTopScoreRatio() {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            Answer os = onOpenSearch.all().get(i);
            Answer lucene = onLucene.all().get(i);
            if (!os.urls().isEmpty() && !lucene.urls().isEmpty() && os.urls().get(0).equals(lucene.urls().get(0))
                    && lucene.scores().get(0) > 0) {
                ratios.add((double) os.scores().get(0) / lucene.scores().get(0));
            }
        }
        ratios.sort(Comparator.naturalOrder());
        return ratios.isEmpty() ? Double.NaN : ratios.get(ratios.size() / 2);
    }

    /** The report with the figures per kind, overall and per query, printed and written to target/{file}. */
    String write(String title, String about, String file) throws IOException {
        Map<String, List<Integer>> byKind = new LinkedHashMap<>();
        StringBuilder perQuery = new StringBuilder();
        for (int i = 0; i < queries.size(); i++) {
            byKind.computeIfAbsent(queries.get(i).kind(), k -> new ArrayList<>()).add(i);
            perQuery.append(String.format(Locale.ROOT, "| %s | `%s` | %.3f | %.3f |%n", queries.get(i).kind(),
                    escaped(queries.get(i).text()), onOpenSearch.ndcg(i), onLucene.ndcg(i)));
        }
        StringBuilder report = new StringBuilder("# " + title + "\n\n" + about + "\n\n"
                + "| kind | n | OpenSearch | Lucene |\n|---|---|---|---|\n");
        byKind.forEach((kind, rows) -> report.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f |%n", kind,
                rows.size(), mean(onOpenSearch, rows), mean(onLucene, rows))));
        report.append(String.format(Locale.ROOT, "| **all** | %d | %.3f | %.3f |%n", queries.size(),
                meanOnOpenSearch(), meanOnLucene()))
                .append(String.format(Locale.ROOT, "%nScore of the same first entry, OpenSearch / Lucene (median over"
                        + " the queries whose first entry is the same): %.3f. Time to answer the queries one by one:"
                        + " OpenSearch %d ms, Lucene %d ms.%n", medianTopScoreRatio(), onOpenSearch.took().toMillis(),
                        onLucene.took().toMillis()))
                .append("\n## Per query\n\n| kind | query | OpenSearch | Lucene |\n|---|---|---|---|\n")
                .append(perQuery)
                .append(differences());
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", file), report);
        return report.toString();
    }

    /** The two top 10s of the queries whose nDCG@10 differs most: entry, judged grade and score, side by side. */
    private String differences() {
        StringBuilder shown = new StringBuilder("\n## The queries that differ most, top 10 side by side\n");
        all().stream().filter(i -> onOpenSearch.ndcg(i) != onLucene.ndcg(i))
                .sorted(Comparator.comparingDouble((Integer i) -> -Math.abs(onOpenSearch.ndcg(i) - onLucene.ndcg(i))))
                .limit(SHOWN).forEach(i -> {
                    JudgedQuery query = queries.get(i);
                    shown.append(String.format(Locale.ROOT, "%n`%s` (%s): OpenSearch %.3f, Lucene %.3f%n%n"
                            + "| # | OpenSearch | grade | score | Lucene | grade | score |%n|---|---|---|---|---|---|---|%n",
                            escaped(query.text()), query.kind(), onOpenSearch.ndcg(i), onLucene.ndcg(i)));
                    Answer os = onOpenSearch.all().get(i);
                    Answer lucene = onLucene.all().get(i);
                    for (int r = 0; r < Math.max(os.urls().size(), lucene.urls().size()); r++) {
                        shown.append("| ").append(r + 1).append(cells(os, r, query)).append(cells(lucene, r, query))
                                .append(" |\n");
                    }
                });
        return shown.toString();
    }

    private static String cells(Answer answer, int rank, JudgedQuery query) {
        if (rank >= answer.urls().size()) {
            return " | | | ";
        }
        String key = rank < answer.keys().size() ? answer.keys().get(rank) : "";
        return String.format(Locale.ROOT, " | %s | %d | %.4f", answer.urls().get(rank),
                query.grades().getOrDefault(key, 0), answer.scores().get(rank));
    }

    private static String escaped(String text) {
        return text.replace("|", "\\|");
    }

    private List<Integer> all() {
        return IntStream.range(0, queries.size()).boxed().toList();
    }

    private static double mean(Answers answers, List<Integer> rows) {
        return rows.stream().mapToDouble(answers::ndcg).average().orElse(0);
    }
}
