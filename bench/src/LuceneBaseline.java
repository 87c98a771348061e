import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.document.TextField;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.es.SpanishLightStemFilterFactory;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.icu.ICUFoldingFilterFactory;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerFactory;
import org.apache.lucene.analysis.it.ItalianLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilterFactory;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.stempel.StempelPolishStemFilterFactory;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * The raw Lucene floors of bench/run.sh, run with the app's libraries on the class path (single-file source):
 *
 *   java -cp 'APP/lib/*' bench/src/LuceneBaseline.java search INDEX_ROOT bench/queries.tsv ROUNDS
 *   java -cp 'APP/lib/*' bench/src/LuceneBaseline.java index JDBC_URL OUT_DIR
 *
 * search: an IndexSearcher over the app's own index directories (briefing, statement, initiative), the query
 * mix parsed like the app parses it (simple query syntax, AND, every language field with its analyzer and the
 * concepts field at 0.5), top 10; prints p50/p95/p99 in ms. No facets, highlighting or entity access: the floor.
 * index: the same briefing and statement texts read with one JDBC query each and written by one IndexWriter with
 * the same analyzers and field options (stored, term vectors with offsets); prints documents/s.
 */
public class LuceneBaseline {

    static final List<String> LANGS = List.of("de", "en", "fr", "es", "it", "pl", "nl");
    static final String ELIDED = "^\\p{L}{1,6}['’]";

    public static void main(String[] args) throws Exception {
        if (args[0].equals("search")) {
            search(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
        } else {
            index(args[1], Path.of(args[2]));
        }
    }

    /** The app's decompounding filter (eu.newsroom.search.internal), looked up by name: it is in the app's jar. */
    private static Class<? extends TokenFilterFactory> compoundParts() {
        try {
            return Class.forName("eu.newsroom.search.internal.CompoundPartsFilterFactory")
                    .asSubclass(TokenFilterFactory.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("run with the app's jar on the class path", e);
        }
    }

    /** The analyzers of eu.newsroom.search.internal.SearchAnalysis, field by field. */
    static Analyzer analyzers() throws Exception {
        Map<String, Analyzer> fields = new HashMap<>();
        fields.put("text_de", CustomAnalyzer.builder().withTokenizer(StandardTokenizerFactory.class)
                .addTokenFilter(ICUFoldingFilterFactory.class)
                .addTokenFilter(SnowballPorterFilterFactory.class, "language", "German2").build());
        fields.put("text_en", CustomAnalyzer.builder().withTokenizer(StandardTokenizerFactory.class)
                .addTokenFilter(EnglishPossessiveFilterFactory.class).addTokenFilter(ICUFoldingFilterFactory.class)
                .addTokenFilter(SnowballPorterFilterFactory.class, "language", "English").build());
        fields.put("text_fr", CustomAnalyzer.builder().withTokenizer(StandardTokenizerFactory.class)
                .addTokenFilter(LowerCaseFilterFactory.class)
                .addTokenFilter(PatternReplaceFilterFactory.class, "pattern", ELIDED, "replacement", "", "replace", "first")
                .addTokenFilter(ICUFoldingFilterFactory.class).addTokenFilter(FrenchLightStemFilterFactory.class).build());
        fields.put("text_es", CustomAnalyzer.builder().withTokenizer(StandardTokenizerFactory.class)
                .addTokenFilter(ICUFoldingFilterFactory.class).addTokenFilter(SpanishLightStemFilterFactory.class).build());
        fields.put("text_it", CustomAnalyzer.builder().withTokenizer(StandardTokenizerFactory.class)
                .addTokenFilter(LowerCaseFilterFactory.class)
                .addTokenFilter(PatternReplaceFilterFactory.class, "pattern", ELIDED, "replacement", "", "replace", "first")
                .addTokenFilter(ICUFoldingFilterFactory.class).addTokenFilter(ItalianLightStemFilterFactory.class).build());
        fields.put("text_pl", CustomAnalyzer.builder().withTokenizer(StandardTokenizerFactory.class)
                .addTokenFilter(LowerCaseFilterFactory.class).addTokenFilter(KeywordRepeatFilterFactory.class)
                .addTokenFilter(StempelPolishStemFilterFactory.class).addTokenFilter(ICUFoldingFilterFactory.class)
                .addTokenFilter(RemoveDuplicatesTokenFilterFactory.class).build());
        fields.put("text_nl", CustomAnalyzer.builder().withTokenizer(StandardTokenizerFactory.class)
                .addTokenFilter(ICUFoldingFilterFactory.class)
                .addTokenFilter(SnowballPorterFilterFactory.class, "language", "Dutch").build());
        Analyzer icu = CustomAnalyzer.builder().withTokenizer(ICUTokenizerFactory.class)
                .addTokenFilter(ICUFoldingFilterFactory.class).build();
        fields.put("text_other", icu);
        fields.put("concepts", icu);
        // the compound parts of German and Dutch texts, with the app's own filter (its jar is on the class path)
        for (String[] language : new String[][] {{"de", "German2"}, {"nl", "Dutch"}}) {
            fields.put("text_" + language[0] + "_parts", CustomAnalyzer.builder()
                    .withTokenizer(StandardTokenizerFactory.class)
                    .addTokenFilter(compoundParts(), "language", language[0])
                    .addTokenFilter(ICUFoldingFilterFactory.class)
                    .addTokenFilter(SnowballPorterFilterFactory.class, "language", language[1]).build());
        }
        return new PerFieldAnalyzerWrapper(icu, fields);
    }

    static void search(Path root, Path queries, int rounds) throws Exception {
        List<IndexReader> readers = new ArrayList<>();
        for (String index : List.of("briefing", "statement", "initiative")) {
            readers.add(DirectoryReader.open(FSDirectory.open(root.resolve(index))));
        }
        IndexSearcher searcher = new IndexSearcher(new MultiReader(readers.toArray(IndexReader[]::new)));
        Map<String, Float> weights = new LinkedHashMap<>();
        for (String lang : LANGS) {
            weights.put("text_" + lang, 1f);
        }
        weights.put("text_other", 1f);
        weights.put("concepts", 0.5f);
        SimpleQueryParser parser = new SimpleQueryParser(analyzers(), weights,
                SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.NOT_OPERATOR
                        | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PRECEDENCE_OPERATORS
                        | SimpleQueryParser.WHITESPACE_OPERATOR);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        List<Query> mix = new ArrayList<>();
        for (String line : Files.readAllLines(queries)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cols = (line + "\t").split("\t", -1);
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(parser.parse(cols[1]), BooleanClause.Occur.MUST);
            if (!cols[2].isBlank()) {
                query.add(new TermQuery(new Term("lang", cols[2].strip())), BooleanClause.Occur.FILTER);
            }
            mix.add(query.build());
        }
        for (Query q : mix) { // warm-up round
            searcher.search(q, 10);
        }
        long[] nanos = new long[rounds * mix.size()];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (Query q : mix) {
                long start = System.nanoTime();
                searcher.search(q, 10);
                nanos[n++] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("LATENCY_MS p50=%.2f p95=%.2f p99=%.2f requests=%d%n", pct(nanos, 50), pct(nanos, 95),
                pct(nanos, 99), nanos.length);
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static void index(String jdbcUrl, Path out) throws Exception {
        FieldType text = new FieldType();
        text.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        text.setTokenized(true);
        text.setStored(true);
        text.setStoreTermVectors(true);
        text.setStoreTermVectorPositions(true);
        text.setStoreTermVectorOffsets(true);
        text.freeze();
        long start = System.nanoTime();
        long documents = 0;
        IndexWriterConfig config = new IndexWriterConfig(analyzers()).setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(out), config);
                Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            db.setAutoCommit(false); // a cursor, not the whole result in memory
            String[] sources = {
                    "select b.id, b.lang, b.title || ' ' || coalesce((select string_agg(p.text, ' ') from briefing_point p "
                            + "where p.briefing_id = b.id), '') || ' ' || coalesce(b.place, '') || ' ' || "
                            + "coalesce(b.event_name, '') || ' ' || b.body from briefing b",
                    "select s.id, s.lang, s.text || ' ' || a.name || ' ' || coalesce(s.speaker_role, '') "
                            + "from statement s join actor a on a.id = s.speaker_id"};
            for (String sql : sources) {
                try (Statement st = db.createStatement()) {
                    st.setFetchSize(2000);
                    try (ResultSet rs = st.executeQuery(sql)) {
                        while (rs.next()) {
                            String lang = rs.getString(2);
                            Document doc = new Document();
                            doc.add(new StringField("id", rs.getString(1), Field.Store.YES));
                            doc.add(new StringField("lang", lang, Field.Store.YES));
                            doc.add(new Field(LANGS.contains(lang) ? "text_" + lang : "text_other", rs.getString(3), text));
                            if (lang.equals("de") || lang.equals("nl")) { // the app indexes their compound parts too
                                doc.add(new TextField("text_" + lang + "_parts", rs.getString(3), Field.Store.NO));
                            }
                            writer.addDocument(doc);
                            documents++;
                        }
                    }
                }
            }
            writer.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("INDEXING documents=%d seconds=%.1f docs_per_s=%.0f%n", documents, seconds, documents / seconds);
    }
}
