package eu.newsroom.search;

import eu.newsroom.search.internal.LanguageAnalyzers;
import eu.newsroom.search.internal.SearchFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.DefaultEncoder;
import org.apache.lucene.search.highlight.Encoder;
import org.apache.lucene.search.highlight.TermVectorLeafReader;
import org.apache.lucene.search.vectorhighlight.FastVectorHighlighter;
import org.apache.lucene.search.vectorhighlight.FieldFragList;
import org.apache.lucene.search.vectorhighlight.FieldPhraseList;
import org.apache.lucene.search.vectorhighlight.FieldQuery;
import org.apache.lucene.search.vectorhighlight.FieldTermStack;
import org.apache.lucene.search.vectorhighlight.SimpleBoundaryScanner;
import org.apache.lucene.search.vectorhighlight.SimpleFieldFragList;
import org.apache.lucene.search.vectorhighlight.SimpleFragListBuilder;
import org.apache.lucene.search.vectorhighlight.SimpleFragmentsBuilder;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The snippets of one page of hits, highlighted without the index: the page's texts are read from PostgreSQL in one
 * statement, each read by its language's analyzer for the few terms the query marks ({@link TextTermVector}, the
 * analysis stopping after the first fragment where it can), and Lucene's fast vector highlighter marks on that what
 * the index's highlighter marked. Before, each page sent one highlighter query per type and language to the index,
 * and each highlighted hit decompressed a block of stored text and read its term vectors: a fifth of a search's CPU
 * (docs/benchmarks.md). The same on both backends: the analyzers are the index's own chains
 * ({@link LanguageAnalyzers}).
 * <p>
 * What is marked on a text field: the query's words (and the parts of its compounds) as that field's analyzer reads
 * them, and the translations into that field's language the search's query used ({@link #marked}). How: the fragment
 * around the first match, {@value #SNIPPET_LENGTH} characters cut at a space or a sign (Hibernate Search's defaults for
 * the fast vector highlighter: a boundary scan of 20 characters over {@code .,!? \t\n}, at most 256 phrases); a hit
 * found through the thesaurus only gets the start of its text.
 */
@Component
class SnippetQueries {

    private static final int SNIPPET_LENGTH = 240;
    private static final int PHRASE_LIMIT = 256;
    /** The flags of the words' query, as {@link Matching} asks them: alternatives, phrases, words split at spaces. */
    private static final int WORD_FLAGS = SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.WHITESPACE_OPERATOR;
    private static final Encoder AS_IS = new DefaultEncoder();
    private static final String[] OPEN = {Snippets.OPEN};
    private static final String[] CLOSE = {Snippets.CLOSE};

    /** Each item's text as its index document holds it (SearchDocument: its parts in order, one a line). */
    private static final String TEXTS = """
            select 'briefing' as type, b.id,
                   array[b.title::text] || coalesce((select array_agg(p.text::text order by p.position)
                                                      from briefing_point p where p.briefing_id = b.id), '{}')
                   || array[b.place::text, b.event_name::text, b.body::text] as parts
              from briefing b where b.id = any(cast(:briefings as bigint[]))
            union all
            select 'statement', s.id, array[s.text::text, a.name::text, s.speaker_role::text]
              from statement s left join actor a on a.id = s.speaker_id
             where s.id = any(cast(:statements as bigint[]))
            union all
            select 'initiative', i.id, array[i.name::text, i.description::text]
              from initiative i where i.id = any(cast(:initiatives as bigint[]))
            """;

    private final JdbcClient jdbc;

    SnippetQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The page's hits (and the statements shown under them), each with its snippet for the words searched, marked with
     * the translations the search's query used ({@code IndexQueries.Request#translations}: the lexicon's, the
     * dictionaries', a country's names, spelling-alike words), so that an item found through a translation shows the
     * word that matched.
     */
    List<SearchPage.Hit> withSnippets(List<SearchPage.Hit> hits, String text, Translations translations) {
        Set<SearchPage.Hit> shown = ResultEntries.shown(hits);
        Map<String, String> texts = texts(shown.stream().map(hit -> hit.type() + ":" + hit.id()).toList());
        Map<String, Marks> marksByField = new HashMap<>();
        Map<String, String> snippets = new HashMap<>();
        for (SearchPage.Hit hit : shown) {
            String key = hit.type() + ":" + hit.id();
            String body = texts.get(key);
            if (body == null || body.isEmpty()) {
                continue;
            }
            String field = SearchFields.textFieldFor(hit.lang());
            if (!marksByField.containsKey(field)) {
                marksByField.put(field, Marks.of(field, marked(field, text, translations)));
            }
            snippets.put(key, snippet(field, body, marksByField.get(field)));
        }
        return hits.stream().map(hit -> hit.withSnippet(snippets.getOrDefault(hit.type() + ":" + hit.id(), ""))
                .withStatements(hit.statements().stream().map(s -> s.withSnippet(snippets.getOrDefault(
                        s.type() + ":" + s.id(), ""))).toList(), hit.moreStatements()))
                .toList();
    }

    /** The texts of these items ({@code type:id} → text), one statement for all of them. */
    Map<String, String> texts(List<String> keys) {
        Map<String, String> texts = new HashMap<>();
        if (keys.isEmpty()) {
            return texts;
        }
        Map<String, StringJoiner> idsByType = new HashMap<>();
        SearchService.TYPES.forEach(type -> idsByType.put(type, new StringJoiner(",", "{", "}")));
        keys.forEach(key -> idsByType.get(key.substring(0, key.indexOf(':'))).add(key.substring(key.indexOf(':') + 1)));
        jdbc.sql(TEXTS)
                .param("briefings", idsByType.get("briefing").toString())
                .param("statements", idsByType.get("statement").toString())
                .param("initiatives", idsByType.get("initiative").toString())
                .query(rs -> {
                    texts.put(rs.getString("type") + ":" + rs.getLong("id"), joined(rs.getArray("parts")));
                });
        return texts;
    }

    private static String joined(Array parts) throws SQLException {
        try {
            return SearchFields.indexedText(Arrays.stream((Object[]) parts.getArray()).map(part -> (String) part));
        } finally {
            parts.free();
        }
    }

    /**
     * What a snippet marks on one text field, as a Lucene query for the fast vector highlighter: what the window asked
     * of that field ({@link Matching}). The query's words as that field's analyzer reads them, any of them; unless the
     * query is grouped (which the window asks without translations), for each counted word of its plan (a required
     * one is asked as typed) the parts of a compound, the translations of the word and its parts into that field and
     * those of two adjacent words together ({@link Matching#pairTranslations}); a quoted phrase said in that field's
     * language ({@link PhraseTranslations}).
     * Null for a query without words: nothing is marked, each hit gets the start of its text.
     */
    static Query marked(String field, String text, Translations translations) {
        if (text.isBlank()) {
            return null;
        }
        Analyzer analyzer = LanguageAnalyzers.forField(field);
        SimpleQueryParser words = new SimpleQueryParser(analyzer, Map.of(field, 1f), WORD_FLAGS);
        words.setDefaultOperator(BooleanClause.Occur.SHOULD);
        QueryBuilder phrases = new QueryBuilder(analyzer);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(words.parse(text), BooleanClause.Occur.SHOULD);
        QueryPlan plan = QueryPlan.of(text);
        if (plan.grouped()) {
            return any.build();
        }
        Map<String, List<TranslationLexicon.Translation>> fromPairs = Matching.pairTranslations(plan, translations);
        // the counted words only: a required word is asked as typed (Matching#ranked), so its words above mark it
        for (String unit : plan.counted()) {
            if (unit.contains(" ")) {
                continue;
            }
            List<String> parts = QueryCompounds.parts(unit);
            if (!parts.isEmpty()) {
                any.add(words.parse(String.join(" ", parts)), BooleanClause.Occur.SHOULD);
            }
            Stream<TranslationLexicon.Translation> ofWords = Stream.concat(Stream.of(unit), parts.stream())
                    .flatMap(word -> translations.apply(word).stream());
            Stream.concat(ofWords, fromPairs.getOrDefault(unit, List.of()).stream())
                    .filter(t -> t.field().equals(field))
                    .forEach(t -> add(any, translation(phrases, t)));
        }
        // the quoted phrases said in the field's language, as the window asks them (one translation a word when the
        // query has several)
        List<String> quoted = QueryText.isOnePhrase(text) ? List.of(text.strip())
                : plan.required().stream().filter(r -> r.startsWith("\"")).toList();
        int perWord = quoted.size() > 1 ? 1 : PhraseTranslations.PER_WORD;
        for (String phrase : quoted) {
            List<List<String>> said = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            List<Integer> slops = new ArrayList<>();
            List<TranslationLexicon.Translation> whole = PhraseTranslations.plan(phrase, translations, said, fields,
                    slops, perWord);
            if (whole == null) {
                continue;
            }
            whole.stream().filter(t -> t.field().equals(field))
                    .forEach(t -> add(any, translation(phrases, t)));
            for (int i = 0; i < said.size(); i++) {
                if (fields.get(i).equals(field)) {
                    add(any, phrases.createPhraseQuery(field, String.join(" ", said.get(i)), slops.get(i)));
                }
            }
        }
        return any.build();
    }

    /**
     * A translation as the window asks it ({@link Matching#translation}): a term as the field holds it, or a
     * translation of several words as a phrase of its words, which the field's analyzer reads.
     */
    private static Query translation(QueryBuilder phrases, TranslationLexicon.Translation t) {
        return t.term().indexOf(' ') >= 0 ? phrases.createPhraseQuery(t.field(), t.term())
                : new TermQuery(new Term(t.field(), t.term()));
    }

    /** A query, unless the analyzer left nothing of it (null). */
    private static void add(BooleanQuery.Builder any, Query query) {
        if (query != null) {
            any.add(query, BooleanClause.Occur.SHOULD);
        }
    }

    /**
     * The snippet of one text: the fragment around its first match with the matches marked, or the start of the
     * text when nothing in it matches.
     */
    static String snippet(String field, String text, Marks marks) {
        OfText fragments = new OfText(field, text);
        try {
            if (marks != null) {
                TermVectorLeafReader reader = new TermVectorLeafReader(field, marks.vectorOf(text));
                FieldFragList found = new SimpleFragListBuilder().createFieldFragList(new FieldPhraseList(
                        new FieldTermStack(reader, 0, field, marks.query), marks.query, PHRASE_LIMIT), SNIPPET_LENGTH);
                if (!found.getFragInfos().isEmpty()) {
                    return fragments.createFragments(reader, 0, field, found, 1, OPEN, CLOSE, AS_IS)[0];
                }
            }
            FieldFragList start = new SimpleFieldFragList(-1);
            start.add(0, SNIPPET_LENGTH, List.of());
            String[] fragment = fragments.createFragments(null, 0, field, start, 1, OPEN, CLOSE, AS_IS);
            return fragment == null || fragment.length == 0 ? "" : fragment[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a text in memory: no I/O
        }
    }

    /**
     * What a snippet marks on one text field, read as the fast vector highlighter reads a query (phrases, and words
     * alone, of that field only): the terms to look for in a text, and whether a phrase is among them.
     */
    static final class Marks {

        private final String field;
        private final FieldQuery query;
        private final Set<String> terms;
        private final boolean phrases;

        private Marks(String field, FieldQuery query, Set<String> terms, boolean phrases) {
            this.field = field;
            this.query = query;
            this.terms = terms;
            this.phrases = phrases;
        }

        /** Null for a query without words (nothing is marked). */
        static Marks of(String field, Query query) {
            if (query == null) {
                return null;
            }
            // the terms of the field (those the highlighter looks for, and a phrase's words), and whether a phrase is
            // among them
            Set<String> terms = new HashSet<>();
            boolean[] phrases = {false};
            query.visit(new QueryVisitor() {
                @Override
                public void consumeTerms(Query parent, Term... found) {
                    for (Term term : found) {
                        if (term.field().equals(field)) {
                            terms.add(term.text());
                        }
                    }
                }

                @Override
                public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                    phrases[0] |= parent instanceof PhraseQuery || parent instanceof MultiPhraseQuery;
                    return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
                }
            });
            try {
                // no reader: the words' query holds terms, phrases and synonyms only, which need no rewriting
                return new Marks(field, new FastVectorHighlighter().getFieldQuery(query, null), terms, phrases[0]);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // no reader, no I/O
            }
        }

        /**
         * The text's vector of these terms. The first fragment (from a few characters before the first match,
         * {@value SnippetQueries#SNIPPET_LENGTH} long) is known once the analysis is a fragment's length past that
         * match, so it stops there. Without phrases every term found is a match of its own; with phrases, a phrase's
         * first word alone is none, so the match is looked for in the vector read so far at each term found until
         * there is one.
         */
        TextTermVector vectorOf(String text) {
            return TextTermVector.of(LanguageAnalyzers.forField(field), field, text, terms, 2 * SNIPPET_LENGTH,
                    phrases ? this::matches : vector -> true);
        }

        private boolean matches(TextTermVector vector) {
            try {
                return !new FieldPhraseList(new FieldTermStack(new TermVectorLeafReader(field, vector), 0, field,
                        query), query, PHRASE_LIMIT).getPhraseList().isEmpty();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a vector in memory: no I/O
            }
        }
    }

    /** The fragments of one text, which the highlighter takes as the document's stored value of the field. */
    private static final class OfText extends SimpleFragmentsBuilder {

        private final Field[] value;

        OfText(String field, String text) {
            super(OPEN, CLOSE, new SimpleBoundaryScanner());
            setDiscreteMultiValueHighlighting(true);
            this.value = new Field[] {new Field(field, text, TextField.TYPE_STORED)};
        }

        @Override
        protected Field[] getFields(IndexReader reader, int docId, String fieldName) {
            return value;
        }
    }
}
