package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The relevance suite: the judged queries of {@code src/test/resources/relevance/queries.tsv} run through
 * {@code GET /api/v1/search} (size 10) and, on the same public texts read from the database, through two
 * baselines (Lucene's StandardAnalyzer, PostgreSQL full-text search). nDCG@10 and recall@10 per query and per
 * kind are printed and written to {@code target/relevance-report.md}; see docs/search-quality.md.
 *
 * <p>Keys: {@code b:<briefing slug>}, {@code i:<initiative slug>}, {@code s:<briefing slug>/<statement position>}.
 */
// first of all test classes (junit-platform.properties): judged on the demo corpus, before other tests add to it
@Order(1)
@NewsroomTest
public class SearchRelevanceTest {

    public static final int K = 10;

    /**
     * Floors, a little under the measured values. They only move up: a change that lowers relevance below a
     * floor must be fixed (or the judgement shown wrong), not met by lowering the floor.
     * <p>
     * Lowered once, by issue 17 (overall 0.84 → 0.83, single 0.82 → 0.78, compound 0.82 → 0.80, phrase 0.96 → 0.94,
     * speaker 0.88 → 0.79, exclusion 0.90 → 0.88): this suite judges every language version of a briefing and every
     * language version of each statement as a result of its own, and issue 17 makes the answer one entry per item
     * (versions folded into "also in", at most three statements under their briefing, one language version of
     * each). {@link #rankedKeys} expands what an entry shows, but the other language versions of a statement
     * (the Dutch version of Rutte's statement under the English briefing) are no longer results of their own and
     * cannot be credited. The blind set (BlindRelevanceTest), judged by item, is the measure of issue 17.
     * Lowered a second time by issue 17's translation lexicon (overall 0.83 → 0.81, inflection 0.84 → 0.81, compound
     * 0.80 → 0.77, speaker 0.79 → 0.75, typo 0.88 → 0.85, exclusion 0.88 → 0.82): a word is also matched through its
     * translations learned from the language versions, so `Oekraïne` or `Verteidigungsministern` also find the
     * English, French and Polish versions, which this suite judges as not relevant to a Dutch or German word (it
     * judges each language's items on their own), and a translation learned from the demo corpus's 35 briefings
     * alone is noisier than one learned from a portal's content.
     * Diacritics lowered by issue 17 round 7 (0.73 → 0.72; measured 0.730 → 0.724, while the overall rose 0.827 →
     * 0.843, inflection 0.845 → 0.880, compound 0.776 → 0.814, crosslang 0.748 → 0.821): with the bilingual
     * dictionaries `defense europeenne` (0.798 → 0.769) also finds English and German items on European defence,
     * which this suite judges as not relevant to a French query.
     */
    public static final double FLOOR_OVERALL = 0.81;
    static final Map<String, Double> FLOOR_PER_KIND = Map.of("single", 0.78, "inflection", 0.81, "diacritics", 0.72,
            "compound", 0.77, "crosslang", 0.70, "phrase", 0.94, "speaker", 0.75, "alias", 0.92, "typo", 0.85,
            "exclusion", 0.82);

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Suggester suggester;

    @Autowired
    Dictionaries dictionaries;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A judged query; read by ClusterModeTest too (cluster profile), which asks them of OpenSearch. */
    public record Query(String kind, String text, Map<String, Integer> grades) {
    }

    record Doc(String key, String lang, String text) {
    }

    public static List<Query> queries() throws IOException {
        List<Query> out = new ArrayList<>();
        try (InputStream in = SearchRelevanceTest.class.getResourceAsStream("/relevance/queries.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                out.add(new Query(cols[0], cols[1], grades(cols[2])));
            }
        }
        return out;
    }

    /** A judgments column of queries.tsv ({@code key=grade key=grade ...}), in its order; also the blind sets'. */
    static Map<String, Integer> grades(String judgments) {
        Map<String, Integer> grades = new LinkedHashMap<>();
        for (String j : judgments.trim().split("\\s+")) {
            int eq = j.lastIndexOf('=');
            grades.put(j.substring(0, eq), Integer.parseInt(j.substring(eq + 1)));
        }
        return grades;
    }

    // ---- metrics ----

    static double dcg(List<String> ranked, Map<String, Integer> grades) {
        double dcg = 0;
        Set<String> seen = new HashSet<>();
        int rank = 0;
        for (String key : ranked) {
            if (rank >= K) {
                break;
            }
            rank++;
            if (seen.add(key)) {
                int g = grades.getOrDefault(key, 0);
                dcg += (Math.pow(2, g) - 1) / (Math.log(rank + 1) / Math.log(2));
            }
        }
        return dcg;
    }

    public static double ndcg(List<String> ranked, Map<String, Integer> grades) {
        List<String> ideal = grades.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted((a, b) -> b.getValue() - a.getValue()).map(Map.Entry::getKey).toList();
        double idcg = dcg(ideal, grades);
        return idcg == 0 ? 0 : dcg(ranked, grades) / idcg;
    }

    static double recall(List<String> ranked, Map<String, Integer> grades) {
        long relevant = grades.values().stream().filter(g -> g > 0).count();
        long found = ranked.stream().limit(K).distinct().filter(k -> grades.getOrDefault(k, 0) > 0).count();
        return relevant == 0 ? 0 : (double) found / relevant;
    }

    // ---- the three systems ----

    Map<String, String> statementKeys() {
        return statementKeys(jdbc);
    }

    /** A statement's slug → its key in the judgements (s:briefing-slug/position). */
    public static Map<String, String> statementKeys(JdbcClient jdbc) {
        Map<String, String> keys = new HashMap<>();
        jdbc.sql("select s.slug, b.slug as bslug, s.position from statement s join briefing b on b.id = s.briefing_id")
                .query((rs, n) -> keys.put(rs.getString("slug"), "s:" + rs.getString("bslug") + "/" + rs.getInt("position")))
                .list();
        return keys;
    }

    List<String> engine(String q, Map<String, String> statementKeys) {
        HttpResponse<String> response = http.json("/api/v1/search?size=" + K + "&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return rankedKeys(response.body(), statementKeys);
    }

    /**
     * The keys of the items of a search API answer, in rank order: an entry, then its other language versions, then
     * the statements shown under it (issue 17 made the answer a list of entries; this suite judges every version and
     * statement on its own, so they are expanded in place, as the other versions were before).
     */
    public static List<String> rankedKeys(String searchAnswer, Map<String, String> statementKeys) {
        JsonNode answer = JSON.readTree(searchAnswer);
        List<String> keys = new ArrayList<>();
        answer.path("hits").forEach(h -> {
            keys.add(key(h.path("url").asString(), statementKeys));
            h.path("otherVersions").forEach(v -> keys.add(key(v.path("url").asString(), statementKeys)));
            h.path("statements").forEach(v -> keys.add(key(v.path("url").asString(), statementKeys)));
        });
        return keys.size() > K ? keys.subList(0, K) : keys;
    }

    static String key(String url, Map<String, String> statementKeys) {
        String[] parts = url.split("/");
        String slug = parts[parts.length - 1];
        return switch (parts[1]) {
            case "statements" -> statementKeys.get(slug);
            case "initiatives" -> "i:" + slug;
            default -> "b:" + slug;
        };
    }

    /** The public items with their text, as the baselines see them. */
    static List<Doc> publicDocs(JdbcClient jdbc) {
        List<Doc> docs = new ArrayList<>();
        docs.addAll(jdbc.sql("""
                select 'b:' || b.slug as key, b.lang, b.title || ' ' ||
                  coalesce((select string_agg(p.text, ' ' order by p.position) from briefing_point p
                            where p.briefing_id = b.id), '') || ' ' || b.body as text
                from briefing b where b.status = 'PUBLISHED' and (b.embargo_until is null or b.embargo_until <= now())
                """).query((rs, n) -> new Doc(rs.getString(1), rs.getString(2), rs.getString(3))).list());
        docs.addAll(jdbc.sql("""
                select 's:' || b.slug || '/' || s.position as key, s.lang,
                  s.text || ' ' || a.name || ' ' || coalesce(s.speaker_role, '') as text
                from statement s join briefing b on b.id = s.briefing_id join actor a on a.id = s.speaker_id
                where b.status = 'PUBLISHED' and (b.embargo_until is null or b.embargo_until <= now())
                """).query((rs, n) -> new Doc(rs.getString(1), rs.getString(2), rs.getString(3))).list());
        docs.addAll(jdbc.sql("""
                select 'i:' || i.slug as key, coalesce(i.description_lang, 'en'), i.name || ' ' ||
                  coalesce((select string_agg(a.alias, ' ') from initiative_alias a where a.initiative_id = i.id), '')
                  || ' ' || coalesce(i.description, '') as text
                from initiative i
                """).query((rs, n) -> new Doc(rs.getString(1), rs.getString(2), rs.getString(3))).list());
        return docs;
    }

    static final class LuceneBaseline implements AutoCloseable {
        private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
        private final StandardAnalyzer analyzer = new StandardAnalyzer();
        private final DirectoryReader reader;

        LuceneBaseline(List<Doc> docs) throws IOException {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (Doc d : docs) {
                    Document doc = new Document();
                    doc.add(new StringField("key", d.key(), Field.Store.YES));
                    doc.add(new TextField("text", d.text(), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            reader = DirectoryReader.open(directory);
        }

        List<String> search(String q) throws Exception {
            QueryParser parser = new QueryParser("text", analyzer);
            parser.setDefaultOperator(QueryParser.Operator.OR);
            String escaped = QueryParser.escape(q);
            List<String> keys = new ArrayList<>();
            if (escaped.isBlank()) {
                return keys;
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            for (ScoreDoc sd : searcher.search(parser.parse(escaped), K).scoreDocs) {
                keys.add(searcher.storedFields().document(sd.doc).get("key"));
            }
            return keys;
        }

        @Override
        public void close() throws IOException {
            reader.close();
            directory.close();
        }
    }

    /** PostgreSQL full-text search: each row in its language's configuration, the query in the same one. */
    static List<String> postgres(JdbcClient jdbc, String q) {
        return jdbc.sql("""
                with docs(key, lang, text) as (
                  select 'b:' || b.slug, b.lang, b.title || ' ' ||
                    coalesce((select string_agg(p.text, ' ' order by p.position) from briefing_point p
                              where p.briefing_id = b.id), '') || ' ' || b.body
                  from briefing b where b.status = 'PUBLISHED' and (b.embargo_until is null or b.embargo_until <= now())
                  union all
                  select 's:' || b.slug || '/' || s.position, s.lang,
                    s.text || ' ' || a.name || ' ' || coalesce(s.speaker_role, '')
                  from statement s join briefing b on b.id = s.briefing_id join actor a on a.id = s.speaker_id
                  where b.status = 'PUBLISHED' and (b.embargo_until is null or b.embargo_until <= now())
                  union all
                  select 'i:' || i.slug, coalesce(i.description_lang, 'en'), i.name || ' ' ||
                    coalesce((select string_agg(a.alias, ' ') from initiative_alias a where a.initiative_id = i.id), '')
                    || ' ' || coalesce(i.description, '')
                  from initiative i
                ), configured as (
                  select key, text, (case split_part(lower(lang), '-', 1)
                    when 'de' then 'german' when 'en' then 'english' when 'fr' then 'french'
                    when 'es' then 'spanish' when 'it' then 'italian' when 'nl' then 'dutch'
                    else 'simple' end)::regconfig as cfg from docs
                ), matched as (
                  select key, ts_rank(to_tsvector(cfg, text), websearch_to_tsquery(cfg, :q)) as rank
                  from configured where to_tsvector(cfg, text) @@ websearch_to_tsquery(cfg, :q)
                )
                select key from matched order by rank desc, key limit :k
                """).param("q", q).param("k", K).query(String.class).list();
    }

    // ---- the suite ----

    record Row(Query query, double[] ndcg, double[] recall, List<String> engineRun) {
    }

    static final String[] SYSTEMS = {"engine", "lucene-standard", "postgres-fts"};

    @Test
    void judgedQueriesRankWellAndBeatTheBaselines() throws Exception {
        // the word list and the dictionaries' translations that it keeps, as a running portal has them
        suggester.awaitRebuild();
        dictionaries.awaitRebuild();
        List<Query> queries = queries();
        Map<String, String> statementKeys = statementKeys();
        List<Doc> docs = publicDocs(jdbc);

        // every judged key names an item that exists (a typo in the judgements would silently score 0)
        Set<String> known = new HashSet<>(statementKeys.values());
        jdbc.sql("select 'b:' || slug from briefing").query(String.class).list().forEach(known::add);
        jdbc.sql("select 'i:' || slug from initiative").query(String.class).list().forEach(known::add);
        for (Query q : queries) {
            assertThat(known).as("judged items of '%s'", q.text()).containsAll(q.grades().keySet());
        }
        assertThat(queries).hasSizeGreaterThanOrEqualTo(40);

        List<Row> rows = new ArrayList<>();
        try (LuceneBaseline lucene = new LuceneBaseline(docs)) {
            for (Query q : queries) {
                List<List<String>> runs = List.of(engine(q.text(), statementKeys), lucene.search(q.text()),
                        postgres(jdbc, q.text()));
                double[] n = new double[3];
                double[] r = new double[3];
                for (int s = 0; s < 3; s++) {
                    n[s] = ndcg(runs.get(s), q.grades());
                    r[s] = recall(runs.get(s), q.grades());
                }
                rows.add(new Row(q, n, r, runs.get(0)));
            }
        }

        StringBuilder report = new StringBuilder();
        report.append("# Relevance report (nDCG@10 / recall@10)\n\n")
                .append("`./mvnw -B -o test -Dtest=SearchRelevanceTest`, ").append(queries.size())
                .append(" judged queries, ").append(docs.size()).append(" public documents.\n\n")
                .append("## Per kind\n\n| kind | n | engine nDCG | Lucene std nDCG | PG FTS nDCG | engine recall | Lucene std recall | PG FTS recall |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        Map<String, List<Row>> byKind = new LinkedHashMap<>();
        rows.forEach(row -> byKind.computeIfAbsent(row.query().kind(), k -> new ArrayList<>()).add(row));
        Map<String, double[]> kindNdcg = new LinkedHashMap<>();
        byKind.forEach((kind, list) -> {
            double[] n = mean(list, true);
            double[] r = mean(list, false);
            kindNdcg.put(kind, n);
            report.append(line(kind, list.size(), n, r));
        });
        double[] allN = mean(rows, true);
        double[] allR = mean(rows, false);
        report.append(line("**all**", rows.size(), allN, allR));
        report.append("\n## Per query\n\n| kind | query | engine nDCG | Lucene std nDCG | PG FTS nDCG | engine recall | Lucene std recall | PG FTS recall |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            report.append(line(row.query().kind() + " | `" + row.query().text().replace("|", "\\|") + "`", -1,
                    row.ndcg(), row.recall()));
        }
        report.append("\n## Where a baseline is ahead: the engine's top 10\n\n");
        for (Row row : rows) {
            if (row.ndcg()[0] + 1e-9 < Math.max(row.ndcg()[1], row.ndcg()[2])) {
                report.append("- `").append(row.query().text()).append("`: ");
                row.engineRun().forEach(k -> report.append(k).append(row.query().grades().containsKey(k)
                        ? " (" + row.query().grades().get(k) + ")" : "").append("; "));
                report.append("\n");
            }
        }
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/relevance-report.md"), report.toString());

        assertThat(allN[0]).as("overall nDCG@10 of the engine").isGreaterThanOrEqualTo(FLOOR_OVERALL);
        FLOOR_PER_KIND.forEach((kind, floor) -> assertThat(kindNdcg.get(kind)[0])
                .as("nDCG@10 of the engine for %s", kind).isGreaterThanOrEqualTo(floor));
    }

    static double[] mean(List<Row> rows, boolean ndcg) {
        double[] out = new double[3];
        for (Row row : rows) {
            for (int s = 0; s < 3; s++) {
                out[s] += (ndcg ? row.ndcg() : row.recall())[s] / rows.size();
            }
        }
        return out;
    }

    static String line(String label, int n, double[] ndcg, double[] recall) {
        return String.format(Locale.ROOT, "| %s |%s %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", label,
                n < 0 ? "" : " " + n + " |", ndcg[0], ndcg[1], ndcg[2], recall[0], recall[1], recall[2]);
    }
}
