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
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TopDocs;
import java.io.IOException;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.util.QueryBuilder;
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
 * search: an IndexSearcher over the app's own index directories (briefing, statement, initiative), each query of the
 * mix asked as the app asks it (AppQuestion: the app's query plan, fields, weights and analyzers, read from its jar),
 * top 10 (-Dtop=N for another depth); prints p50/p95/p99 in ms. No facets, highlighting or entity access: the floor.
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

    /**
     * The app's own analyzers, chain by chain (eu.newsroom.search.internal.AnalysisChains.ALL, read reflectively from
     * its jar), each field with the analyzer the app's mapping gives it (SearchDocumentBinder): the text fields their
     * language's, the compound-part fields their language's text analyzer, heading and concepts the concepts chain.
     */
    static Analyzer appAnalyzers() throws Exception {
        Class<?> chains = Class.forName("eu.newsroom.search.internal.AnalysisChains");
        Map<String, Analyzer> byName = new HashMap<>();
        for (Object chain : (List<?>) field(chains, null, "ALL")) {
            Object tokenizer = call(chain, "tokenizer");
            @SuppressWarnings("unchecked")
            CustomAnalyzer.Builder builder = CustomAnalyzer.builder().withTokenizer(
                    (Class<? extends org.apache.lucene.analysis.TokenizerFactory>) field(tokenizer.getClass(), tokenizer, "lucene"));
            for (Object filter : (List<?>) call(chain, "filters")) {
                @SuppressWarnings("unchecked")
                Class<? extends TokenFilterFactory> factory = (Class<? extends TokenFilterFactory>) call(filter, "lucene");
                @SuppressWarnings("unchecked")
                Map<String, String> params = new HashMap<>((Map<String, String>) call(filter, "luceneParams"));
                builder.addTokenFilter(factory, params);
            }
            byName.put((String) call(chain, "analyzer"), builder.build());
        }
        Map<String, Analyzer> fields = new HashMap<>();
        for (String text : SearchFieldsView.textFields()) {
            fields.put(text, byName.get(text));
        }
        for (String language : SearchFieldsView.compoundLanguages()) {
            fields.put("text_" + language + "_parts", byName.get("text_" + language));
            fields.put("concepts_" + language + "_parts", byName.get("text_" + language));
        }
        Analyzer concepts = byName.get("concepts");
        fields.put("concepts", concepts);
        fields.put("heading", concepts);
        return new PerFieldAnalyzerWrapper(concepts, fields);
    }

    /** The app's field lists (eu.newsroom.search.internal.SearchFields, public). */
    static final class SearchFieldsView {
        @SuppressWarnings("unchecked")
        static List<String> textFields() throws Exception {
            return (List<String>) field(Class.forName("eu.newsroom.search.internal.SearchFields"), null, "TEXT_FIELDS");
        }

        @SuppressWarnings("unchecked")
        static List<String> partsFields() throws Exception {
            return (List<String>) field(Class.forName("eu.newsroom.search.internal.SearchFields"), null, "PARTS_FIELDS");
        }

        @SuppressWarnings("unchecked")
        static List<String> conceptPartsFields() throws Exception {
            return (List<String>) field(Class.forName("eu.newsroom.search.internal.SearchFields"), null,
                    "CONCEPT_PARTS_FIELDS");
        }

        @SuppressWarnings("unchecked")
        static List<String> compoundLanguages() throws Exception {
            return (List<String>) field(Class.forName("eu.newsroom.search.internal.SearchFields"), null,
                    "COMPOUND_LANGUAGES");
        }
    }

    static Object field(Class<?> type, Object target, String name) throws Exception {
        var f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }

    static Object call(Object target, String method, Object... args) throws Exception {
        for (var m : target.getClass().getDeclaredMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                m.setAccessible(true);
                return m.invoke(target, args);
            }
        }
        throw new NoSuchMethodException(target.getClass() + "." + method);
    }

    /**
     * The question the app asks (eu.newsroom.search.Matching, issue 17), in raw Lucene: the query's plan from the app's
     * own QueryPlan (counted units, how many are enough, stop words, required and excluded words, adjacent pairs); each
     * unit on every field the app searches with the app's weights (Matching's constants); enough of the units
     * required; the bonus of all units, the proximity of adjacent pairs, the stop words at 0.1. What the app adds
     * beyond this, and the baseline leaves out because it needs the database: the visibility filters, a speaker the
     * query names, the translations learned from language versions, a date in the query, an initiative's whole name.
     */
    static final class AppQuestion {
        final SimpleQueryParser units;
        final SimpleQueryParser full;
        final Analyzer analyzer;
        final List<String> phraseFields = new ArrayList<>();
        final float allWordsBonus;
        final float proximityBoost;
        final int proximitySlop;

        AppQuestion(Analyzer analyzer) throws Exception {
            this.analyzer = analyzer;
            Class<?> matching = Class.forName("eu.newsroom.search.Matching");
            Map<String, Float> weights = new LinkedHashMap<>();
            for (String text : SearchFieldsView.textFields()) {
                weights.put(text, 1f);
            }
            float concept = (Float) field(matching, null, "CONCEPT_BOOST");
            float parts = (Float) field(matching, null, "PARTS_BOOST");
            weights.put("concepts", concept);
            weights.put("heading", (Float) field(matching, null, "HEADING_BOOST"));
            for (String f : SearchFieldsView.partsFields()) {
                weights.put(f, parts);
            }
            for (String f : SearchFieldsView.conceptPartsFields()) {
                weights.put(f, concept * parts);
            }
            units = new SimpleQueryParser(analyzer, weights, SimpleQueryParser.OR_OPERATOR
                    | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR);
            units.setDefaultOperator(BooleanClause.Occur.MUST);
            full = new SimpleQueryParser(analyzer, weights, SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
                    | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
                    | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.WHITESPACE_OPERATOR);
            full.setDefaultOperator(BooleanClause.Occur.MUST);
            phraseFields.addAll(SearchFieldsView.textFields());
            phraseFields.add("heading");
            allWordsBonus = (Float) field(matching, null, "ALL_WORDS_BONUS");
            proximityBoost = (Float) field(matching, null, "PROXIMITY_BOOST");
            proximitySlop = (Integer) field(matching, null, "PROXIMITY_SLOP");
        }

        @SuppressWarnings("unchecked")
        Query of(String text) throws Exception {
            var planOf = Class.forName("eu.newsroom.search.QueryPlan").getDeclaredMethod("of", String.class);
            planOf.setAccessible(true);
            Object plan = planOf.invoke(null, text);
            if ((Boolean) call(plan, "grouped")) {
                return full.parse(text);
            }
            List<String> counted = (List<String>) call(plan, "counted");
            int enough = (Integer) call(plan, "enough");
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            if (!(Boolean) call(plan, "onlyRequired")) {
                BooleanQuery.Builder some = new BooleanQuery.Builder().setMinimumNumberShouldMatch(enough);
                for (String unit : counted) {
                    some.add(units.parse(unit), BooleanClause.Occur.SHOULD);
                }
                query.add(some.build(), BooleanClause.Occur.MUST);
            }
            for (String required : (List<String>) call(plan, "required")) {
                query.add(units.parse(required), BooleanClause.Occur.MUST);
            }
            for (String excluded : (List<String>) call(plan, "excluded")) {
                query.add(units.parse(excluded), BooleanClause.Occur.MUST_NOT);
            }
            return query.build();
        }

        /**
         * The app's Matching.bonuses: all the counted words when fewer would do, adjacent words close together, the
         * stop words; scored for the best hits of the first query only and added to their scores (QueryRescorer).
         */
        @SuppressWarnings("unchecked")
        Query bonuses(String text) throws Exception {
            var planOf = Class.forName("eu.newsroom.search.QueryPlan").getDeclaredMethod("of", String.class);
            planOf.setAccessible(true);
            Object plan = planOf.invoke(null, text);
            if ((Boolean) call(plan, "grouped") || (Boolean) call(plan, "onlyRequired")) {
                return null;
            }
            BooleanQuery.Builder bonus = new BooleanQuery.Builder();
            if ((Integer) call(plan, "enough") < (Integer) call(plan, "units")) {
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                for (String unit : (List<String>) call(plan, "counted")) {
                    all.add(units.parse(unit), BooleanClause.Occur.MUST);
                }
                bonus.add(new BoostQuery(new ConstantScoreQuery(all.build()), allWordsBonus), BooleanClause.Occur.SHOULD);
            }
            for (String stop : (List<String>) call(plan, "stopWords")) {
                bonus.add(new BoostQuery(units.parse(stop), 0.1f), BooleanClause.Occur.SHOULD);
            }
            QueryBuilder phrases = new QueryBuilder(analyzer);
            for (String pair : (List<String>) call(plan, "pairs")) {
                BooleanQuery.Builder near = new BooleanQuery.Builder();
                for (String field : phraseFields) {
                    Query phrase = phrases.createPhraseQuery(field, pair, proximitySlop);
                    if (phrase != null) {
                        near.add(phrase, BooleanClause.Occur.SHOULD);
                    }
                }
                bonus.add(new BoostQuery(near.build(), proximityBoost), BooleanClause.Occur.SHOULD);
            }
            BooleanQuery built = bonus.build();
            return built.clauses().isEmpty() ? null : built;
        }
    }

    static void search(Path root, Path queries, int rounds) throws Exception {
        List<IndexReader> readers = new ArrayList<>();
        for (String index : List.of("briefing", "statement", "initiative")) {
            readers.add(DirectoryReader.open(FSDirectory.open(root.resolve(index))));
        }
        IndexSearcher searcher = new IndexSearcher(new MultiReader(readers.toArray(IndexReader[]::new)));
        AppQuestion question = new AppQuestion(appAnalyzers());
        List<Query> mix = new ArrayList<>();
        List<Query> bonuses = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(queries)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cols = (line + "\t").split("\t", -1);
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(question.of(cols[1]), BooleanClause.Occur.MUST);
            if (!cols[2].isBlank()) {
                query.add(new TermQuery(new Term("lang", cols[2].strip())), BooleanClause.Occur.FILTER);
            }
            mix.add(query.build());
            bonuses.add(question.bonuses(cols[1]));
            texts.add(cols[1]);
        }
        int top = Integer.getInteger("top", 10);
        for (int q = 0; q < mix.size(); q++) { // warm-up round
            ask(searcher, mix.get(q), bonuses.get(q), top);
        }
        long[] nanos = new long[rounds * mix.size()];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (int q = 0; q < mix.size(); q++) {
                long start = System.nanoTime();
                ask(searcher, mix.get(q), bonuses.get(q), top);
                nanos[n++] = System.nanoTime() - start;
            }
        }
        if (Boolean.getBoolean("perQuery")) { // the median of each query, to see which ones cost
            for (int q = 0; q < mix.size(); q++) {
                long[] own = new long[rounds];
                for (int r = 0; r < rounds; r++) {
                    own[r] = nanos[r * mix.size() + q];
                }
                Arrays.sort(own);
                System.out.printf("QUERY %.2f ms  %s  hits=%d%n", pct(own, 50), texts.get(q), searcher.count(mix.get(q)));
            }
        }
        Arrays.sort(nanos);
        System.out.printf("LATENCY_MS p50=%.2f p95=%.2f p99=%.2f requests=%d top=%d%n", pct(nanos, 50), pct(nanos, 95),
                pct(nanos, 99), nanos.length, top);
    }

    /** The best {@code top} by the words' match, then the bonuses added to those (as the app does for its window). */
    static TopDocs ask(IndexSearcher searcher, Query match, Query bonus, int top) throws IOException {
        TopDocs first = searcher.search(match, top);
        return bonus == null ? first : QueryRescorer.rescore(searcher, first, bonus, 1.0, top);
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
