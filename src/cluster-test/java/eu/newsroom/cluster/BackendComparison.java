package eu.newsroom.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One set of judged queries asked of both backends: nDCG@10 per query on OpenSearch and on Lucene, their means per
 * query kind and overall, and the report of them (ClusterModeTest's old suite and blind sets alike).
 */
record BackendComparison(List<JudgedQuery> queries, double[] onOpenSearch, double[] onLucene) {

    /** A judged query of either format: its kind, its text, and the grades of the keys its answers are judged by. */
    record JudgedQuery(String kind, String text, Map<String, Integer> grades) {
    }

    double meanOnOpenSearch() {
        return mean(onOpenSearch, all());
    }

    double meanOnLucene() {
        return mean(onLucene, all());
    }

    /** The report with the figures per kind, overall and per query, printed and written to target/{file}. */
    String write(String title, String about, String file) throws IOException {
        Map<String, List<Integer>> byKind = new LinkedHashMap<>();
        StringBuilder perQuery = new StringBuilder();
        for (int i = 0; i < queries.size(); i++) {
            byKind.computeIfAbsent(queries.get(i).kind(), k -> new ArrayList<>()).add(i);
            perQuery.append(String.format(Locale.ROOT, "| %s | `%s` | %.3f | %.3f |%n", queries.get(i).kind(),
                    queries.get(i).text().replace("|", "\\|"), onOpenSearch[i], onLucene[i]));
        }
        StringBuilder report = new StringBuilder("# " + title + "\n\n" + about + "\n\n"
                + "| kind | n | OpenSearch | Lucene |\n|---|---|---|---|\n");
        byKind.forEach((kind, rows) -> report.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f |%n", kind,
                rows.size(), mean(onOpenSearch, rows), mean(onLucene, rows))));
        report.append(String.format(Locale.ROOT, "| **all** | %d | %.3f | %.3f |%n", queries.size(),
                meanOnOpenSearch(), meanOnLucene()))
                .append("\n## Per query\n\n| kind | query | OpenSearch | Lucene |\n|---|---|---|---|\n")
                .append(perQuery);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", file), report);
        return report.toString();
    }

    private List<Integer> all() {
        return IntStream.range(0, queries.size()).boxed().toList();
    }

    private static double mean(double[] values, List<Integer> rows) {
        return rows.stream().mapToDouble(i -> values[i]).average().orElse(0);
    }
}
