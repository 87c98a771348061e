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
 *   java -cp 'APP/lib/*:APP_JAR' bench/src/LuceneBaseline.java search INDEX_ROOT bench/queries.tsv ROUNDS JDBC_URL
 *   java -cp 'APP/lib/*' bench/src/LuceneBaseline.java index JDBC_URL OUT_DIR
 *
 * search: an IndexSearcher over the app's own index directories (briefing, statement, initiative), each query of the
 * mix asked exactly as the app asks it: with JDBC_URL (the app's database) the app is started from its jar on that
 * database and index (no web traffic), waits for what it learns at start (translation lexicon, word list,
 * dictionaries), and hands over the Lucene queries Hibernate Search built for each query's window and bonus pass
 * (eu.newsroom.search.WindowQueryExport), with its translations, cognates, visibility filters, the lang filter of
 * the mix; the app is stopped before anything is timed. A parity check is printed: per query, the raw searcher's
 * best 10 (type, id, score) against the app's own window's. -Dapp.KEY=VALUE passes --KEY=VALUE to the app.
 * Without JDBC_URL, the older approximation (AppQuestion: the app's query plan, fields, weights and analyzers from
 * its jar, without what the app learns from its database). Top 10 (-Dtop=N for another depth); prints p50/p95/p99
 * in ms, and with -DperQuery=true each query's median. No facets, highlighting or entity access: the floor.
 * index: the same briefing and statement texts read with one JDBC query each and written by one IndexWriter with
 * the same analyzers and field options (stored, term vectors with offsets); prints documents/s.
 */
public class LuceneBaseline {

    static final List<String> LANGS = List.of("de", "en", "fr", "es", "it", "pl", "nl");
    static final String ELIDED = "^\\p{L}{1,6}['’]";

    public static void main(String[] args) throws Exception {
        if (args[0].equals("search")) {
            search(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), args.length > 4 ? args[4] : null);
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

    static void search(Path root, Path queries, int rounds, String jdbcUrl) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(queries)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cols = (line + "\t").split("\t", -1);
            rows.add(new String[] {cols[1], cols[2].strip()});
        }
        List<Query> mix = new ArrayList<>();
        List<Query> bonuses = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<List<Object>> appWindows = new ArrayList<>();
        if (jdbcUrl != null) {
            // the app's own queries, from the app started on the same database and index, stopped before timing
            for (Object asked : AppQueries.ask(root, jdbcUrl, rows)) {
                mix.add((Query) call(asked, "window"));
                bonuses.add((Query) call(asked, "bonus"));
                texts.add((String) call(asked, "text"));
                @SuppressWarnings("unchecked")
                List<Object> hits = (List<Object>) call(asked, "appWindow");
                appWindows.add(hits);
            }
        } else {
            AppQuestion question = new AppQuestion(appAnalyzers());
            for (String[] row : rows) {
                BooleanQuery.Builder query = new BooleanQuery.Builder().add(question.of(row[0]), BooleanClause.Occur.MUST);
                if (!row[1].isBlank()) {
                    query.add(new TermQuery(new Term("lang", row[1])), BooleanClause.Occur.FILTER);
                }
                mix.add(query.build());
                bonuses.add(question.bonuses(row[0]));
                texts.add(row[0]);
            }
        }
        List<IndexReader> readers = new ArrayList<>();
        List<String> indexes = List.of("briefing", "statement", "initiative");
        for (String index : indexes) {
            readers.add(DirectoryReader.open(FSDirectory.open(root.resolve(index))));
        }
        IndexSearcher searcher = new IndexSearcher(new MultiReader(readers.toArray(IndexReader[]::new)));
        if (!appWindows.isEmpty()) {
            parity(searcher, readers, indexes, mix, texts, appWindows);
        }
        if (Boolean.getBoolean("termStats")) { // each query's terms held by more than 1 % of their field's documents
            for (int q = 0; q < mix.size(); q++) {
                java.util.Set<Term> terms = new java.util.TreeSet<>();
                mix.get(q).visit(org.apache.lucene.search.QueryVisitor.termCollector(terms));
                List<String> common = new ArrayList<>();
                for (Term term : terms) {
                    int docs = searcher.getIndexReader().getDocCount(term.field());
                    int df = searcher.getIndexReader().docFreq(term);
                    if (docs > 0 && df > docs / 100) {
                        common.add(String.format("%s:%s %d (%.0f %%)", term.field(), term.text(), df, 100.0 * df / docs));
                    }
                }
                System.out.printf("TERMS %s: %d terms, common: %s%n", texts.get(q), terms.size(), common);
            }
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
        if (Boolean.getBoolean("perQuery")) { // the median and mean of each query, to see which ones cost
            for (int q = 0; q < mix.size(); q++) {
                long[] own = new long[rounds];
                for (int r = 0; r < rounds; r++) {
                    own[r] = nanos[r * mix.size() + q];
                }
                double mean = Arrays.stream(own).average().orElse(0) / 1e6;
                Arrays.sort(own);
                System.out.printf("QUERY median=%.2f mean=%.2f ms  %s  hits=%d%n", pct(own, 50), mean, texts.get(q),
                        searcher.count(mix.get(q)));
            }
        }
        Arrays.sort(nanos);
        System.out.printf("LATENCY_MS p50=%.2f p95=%.2f p99=%.2f requests=%d top=%d%n", pct(nanos, 50), pct(nanos, 95),
                pct(nanos, 99), nanos.length, top);
        searcher.getIndexReader().close(); // the MultiReader closes the three directory readers with it
    }

    /** Starts the app from its jar (on the class path) on the database and index, asks it each query's queries. */
    static final class AppQueries {

        static List<Object> ask(Path root, String jdbcUrl, List<String[]> rows) throws Exception {
            List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl,
                    "--spring.datasource.username=postgres", "--spring.datasource.password=",
                    "--newsroom.search.index-directory=" + root, "--server.port=0",
                    "--newsroom.rate-limits.enabled=false", "--spring.main.banner-mode=off",
                    "--logging.level.root=WARN"));
            System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("app."))
                    .forEach(k -> args.add("--" + k.substring(4) + "=" + System.getProperty(k)));
            Class<?> application = Class.forName("eu.newsroom.NewsroomApplication");
            Class<?> export = Class.forName("eu.newsroom.search.WindowQueryExport");
            Class<?> contextType = Class.forName("org.springframework.context.ApplicationContext");
            var run = Class.forName("org.springframework.boot.SpringApplication")
                    .getMethod("run", Class.class, String[].class);
            long start = System.nanoTime();
            try (AutoCloseable app = (AutoCloseable) run.invoke(null, application, args.toArray(String[]::new))) {
                export.getMethod("awaitBackgroundBuilds", contextType).invoke(null, app);
                System.out.printf("APP started and learned in %.1f s%n", (System.nanoTime() - start) / 1e9);
                List<Object> asked = new ArrayList<>();
                try (AutoCloseable queries = (AutoCloseable) export.getConstructor(contextType).newInstance(app)) {
                    var question = export.getMethod("question", String.class, String.class);
                    for (String[] row : rows) {
                        asked.add(question.invoke(queries, row[0], row[1].isBlank() ? null : row[1]));
                    }
                }
                return asked;
            }
        }
    }

    /**
     * Whether the raw searcher finds what the app's window found: per query, the best 10 of each as (type:id, score),
     * equal scores ordered by key (the order of ties depends on the order of the indexes in the reader), compared.
     */
    static void parity(IndexSearcher searcher, List<IndexReader> readers, List<String> indexes, List<Query> mix,
            List<String> texts, List<List<Object>> appWindows) throws Exception {
        int equal = 0;
        for (int q = 0; q < mix.size(); q++) {
            List<Object[]> appHits = new ArrayList<>();
            for (Object hit : appWindows.get(q)) {
                appHits.add(new Object[] {call(hit, "key"), call(hit, "score")});
            }
            List<Object[]> rawHits = new ArrayList<>();
            TopDocs raw = searcher.search(mix.get(q), Math.max(300, appHits.size()));
            for (var sd : raw.scoreDocs) {
                rawHits.add(new Object[] {key(readers, indexes, sd.doc), sd.score});
            }
            List<String> appTop = best(appHits, 10);
            List<String> rawTop = best(rawHits, 10);
            boolean same = appTop.equals(rawTop);
            equal += same ? 1 : 0;
            System.out.printf("PARITY %s  %s  app=%s raw=%s%n", same ? "equal" : "DIFFERENT", texts.get(q),
                    Boolean.getBoolean("parityVerbose") || !same ? appTop : appTop.size() + " hits",
                    Boolean.getBoolean("parityVerbose") || !same ? rawTop : rawTop.size() + " hits");
        }
        System.out.printf("PARITY %d of %d queries: the raw top 10 equals the app's window top 10%n", equal, mix.size());
    }

    static List<String> best(List<Object[]> hits, int n) {
        return hits.stream().sorted(java.util.Comparator.comparing((Object[] h) -> (Float) h[1]).reversed()
                .thenComparing(h -> (String) h[0])).limit(n).map(h -> h[0] + "=" + h[1]).toList();
    }

    /** "type:id" of a document of the reader over the three indexes (Hibernate Search's id doc values). */
    static String key(List<IndexReader> readers, List<String> indexes, int doc) throws IOException {
        int base = 0;
        for (int i = 0; i < readers.size(); i++) {
            IndexReader reader = readers.get(i);
            if (doc < base + reader.maxDoc()) {
                int local = doc - base;
                var leaves = reader.leaves();
                var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(local, leaves));
                int inLeaf = local - leaf.docBase;
                var values = org.apache.lucene.index.DocValues.getBinary(leaf.reader(), "__HSEARCH_id_docvalue");
                String id = values.advanceExact(inLeaf) ? values.binaryValue().utf8ToString()
                        : leaf.reader().storedFields().document(inLeaf).get("__HSEARCH_id");
                return indexes.get(i) + ":" + id;
            }
            base += reader.maxDoc();
        }
        throw new IllegalArgumentException("no document " + doc);
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
