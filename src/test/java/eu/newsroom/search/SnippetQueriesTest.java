package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.search.internal.IndexedTexts;
import eu.newsroom.search.internal.SearchFields;
import eu.newsroom.statement.Statement;
import eu.newsroom.support.NewsroomTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import eu.newsroom.search.internal.LanguageAnalyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.highlight.DefaultEncoder;
import org.apache.lucene.search.vectorhighlight.FastVectorHighlighter;
import org.apache.lucene.search.vectorhighlight.FieldFragList;
import org.apache.lucene.search.vectorhighlight.SimpleBoundaryScanner;
import org.apache.lucene.search.vectorhighlight.SimpleFieldFragList;
import org.apache.lucene.search.vectorhighlight.SimpleFragListBuilder;
import org.apache.lucene.search.vectorhighlight.SimpleFragmentsBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The page's snippets are highlighted without the index ({@link SnippetQueries}: the texts read from PostgreSQL, only
 * the query's terms looked for in their tokens, the analysis stopped after the first fragment where it can), with the
 * same marks and cuts as Lucene's fast vector highlighter gives them over the whole text (as the index's highlighter
 * did while the text fields kept term vectors): for every document of the demo corpus and every kind of query (words,
 * a compound, a phrase, words of another language found through their translations, a query without words), and for
 * long texts whose matches lie past the point where the analysis stops.
 */
@NewsroomTest
class SnippetQueriesTest {

    private static final Map<String, Class<?>> TYPES = Map.of("briefing", Briefing.class, "statement", Statement.class,
            "initiative", Initiative.class);
    private static final List<String> QUERIES = List.of("defence", "support Ukraine ammunition", "Luftverteidigung",
            "\"Eastern Flank Watch\"", "Verteidigung Ostflanke", "sanctions | drones", "Kallas", "munitions produktion",
            "");

    @Autowired
    ApplicationContext context;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    SnippetQueries snippets;

    @Autowired
    TranslationLexicon lexicon;

    @Test
    void theSnippetsAreTheHighlightersOfTheSameTexts() {
        WindowQueryExport.awaitBackgroundBuilds(context);
        int compared = 0;
        int marked = 0;
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            for (String text : QUERIES) {
                for (String field : SearchFields.TEXT_FIELDS) {
                    for (var type : TYPES.entrySet()) {
                        List<String> keys = session.search(type.getValue()).select(f -> f.id(Long.class))
                                .where(f -> f.exists().field(field)).fetchHits(10_000).stream()
                                .map(id -> type.getKey() + ":" + id).toList();
                        Map<String, String> texts = snippets.texts(keys);
                        Query query = SnippetQueries.marked(field, text, lexicon::translations);
                        var marks = SnippetQueries.Marks.of(field, query);
                        for (String key : keys) {
                            assertThat(texts.get(key)).as("the text of %s", key).isNotBlank();
                            String expected = highlighted(field, texts.get(key), query);
                            assertThat(SnippetQueries.snippet(field, texts.get(key), marks))
                                    .as("'%s' on %s of %s", text, field, key).isEqualTo(expected);
                            compared++;
                            marked += expected.contains(Snippets.OPEN) ? 1 : 0;
                        }
                    }
                }
            }
        }
        assertThat(compared).as("snippets compared").isGreaterThan(1000);
        assertThat(marked).as("snippets with a match marked").isGreaterThan(100);
    }

    /**
     * The snippets' text is rebuilt by SQL from the columns the index document joins ({@link SnippetQueries#texts});
     * it must be the text the index matched, or a hit would show a snippet of other words. Every demo item, each
     * language version, of every type.
     */
    @Test
    void theTextReadForASnippetIsTheTextTheIndexHolds() {
        int compared = 0;
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            for (var type : TYPES.entrySet()) {
                List<?> entities = entityManager.createQuery("select e from " + type.getValue().getSimpleName() + " e",
                        type.getValue()).getResultList();
                List<String> keys = entities.stream().map(e -> type.getKey() + ":" + entityManagerFactory
                        .getPersistenceUnitUtil().getIdentifier(e)).toList();
                Map<String, String> texts = snippets.texts(keys);
                for (int i = 0; i < entities.size(); i++) {
                    assertThat(texts.get(keys.get(i))).as("the text of %s", keys.get(i))
                            .isEqualTo(IndexedTexts.of(entities.get(i)));
                    compared++;
                }
            }
            assertThat(entityManager.createQuery("select count(distinct b.lang) from Briefing b", Long.class)
                    .getSingleResult()).as("languages of the demo briefings").isGreaterThan(1L);
        }
        assertThat(compared).as("items compared").isGreaterThan(100);
    }

    @Test
    void aMatchFarIntoALongTextIsFoundAndTheFirstFragmentIsMarkedAsTheHighlighterMarksIt() {
        String filler = "The ministers met in Brussels and spoke about the budget of the coming years. ";
        String far = filler.repeat(20);
        List<String> texts = List.of(
                "Drones were discussed. " + far + "More drones and air defence for the eastern flank. " + far,
                far + "Air defence came up late, drones too, and air defence again. " + far + "drones",
                "Air was thin. " + far + "The air defence of the eastern flank was discussed. " + far,
                "defence " + filler.repeat(3) + "defence " + filler.repeat(3) + "drones");
        for (String words : List.of("drones", "air defence", "\"air defence\"", "\"eastern flank\" drones",
                "defence drones")) {
            Query query = SnippetQueries.marked("text_en", words, word -> List.of());
            var marks = SnippetQueries.Marks.of("text_en", query);
            for (String text : texts) {
                assertThat(SnippetQueries.snippet("text_en", text, marks)).as("'%s' in %s", words, text)
                        .isEqualTo(highlighted("text_en", text, query));
            }
        }
    }

    /**
     * With a phrase in the query, the analysis stops a fragment's length past the first whole match of the phrase, as
     * it does past the first word of a query without phrases: the later occurrences are not read.
     */
    @Test
    void aPhraseMatchedEarlyEndsTheAnalysisOfALongText() {
        String far = "The ministers met in Brussels and spoke about the budget of the coming years. ".repeat(20);
        String text = "Air was thin. The air defence was discussed. " + far + "Air defence again. " + far;
        var marks = SnippetQueries.Marks.of("text_en", SnippetQueries.marked("text_en", "\"air defence\"",
                word -> List.of()));
        // "air" twice and "defence" once before the stop; the occurrences past it are not read
        assertThat(marks.vectorOf(text).getSumTotalTermFreq()).isEqualTo(3);
        assertThat(SnippetQueries.snippet("text_en", text, marks)).isEqualTo(highlighted("text_en", text,
                SnippetQueries.marked("text_en", "\"air defence\"", word -> List.of())));
    }

    /**
     * The snippet Lucene's fast vector highlighter gives the text as its only document, with Hibernate Search's
     * settings (240 characters, one fragment, the start of the text when nothing matches): what the index's
     * highlighter gave while the text fields kept their stored text and term vectors.
     */
    private static String highlighted(String field, String text, Query query) {
        MemoryIndex index = new MemoryIndex(true, false);
        index.addField(field, text, LanguageAnalyzers.forField(field));
        IndexReader reader = index.createSearcher().getIndexReader();
        FastVectorHighlighter highlighter = new FastVectorHighlighter();
        highlighter.setPhraseLimit(256);
        String[] open = {Snippets.OPEN};
        String[] close = {Snippets.CLOSE};
        SimpleFragmentsBuilder fragments = new SimpleFragmentsBuilder(open, close, new SimpleBoundaryScanner()) {
            @Override
            protected Field[] getFields(IndexReader r, int docId, String fieldName) {
                return new Field[] {new Field(field, text, TextField.TYPE_STORED)};
            }
        };
        fragments.setDiscreteMultiValueHighlighting(true);
        try {
            if (query != null) {
                String[] best = highlighter.getBestFragments(highlighter.getFieldQuery(query, reader), reader, 0,
                        field, 240, 1, new SimpleFragListBuilder(), fragments, open, close, new DefaultEncoder());
                if (best != null && best.length > 0) {
                    return best[0];
                }
            }
            FieldFragList start = new SimpleFieldFragList(-1);
            start.add(0, 240, List.of());
            return fragments.createFragments(reader, 0, field, start, 1, open, close, new DefaultEncoder())[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    SearchService search;

    /**
     * A snippet marks what the search matched, with the translations its query used: the Dutch "Oekraïne" finds the
     * English items through the country's English name (CountryNames, not the learned lexicon), and their snippets mark
     * "Ukraine" (they marked the lexicon's translations only, so these showed the word unmarked).
     */
    @Test
    void aWordFoundThroughATranslationOfTheQueryIsMarked() {
        WindowQueryExport.awaitBackgroundBuilds(context);
        SearchPage page = search.search(SearchParams.of("Oekraïne", null, null, null, null, null, 0, 10),
                java.util.Locale.ENGLISH);
        List<SearchPage.Hit> english = page.hits().stream()
                .flatMap(hit -> Stream.concat(Stream.of(hit), hit.statements().stream()))
                .filter(hit -> hit.lang().startsWith("en") && Snippets.plain(hit.markedSnippet()).contains("Ukraine"))
                .toList();
        assertThat(english).as("English hits whose snippet says Ukraine").isNotEmpty();
        english.forEach(hit -> assertThat(Snippets.highlightedTerms(hit.markedSnippet()))
                .as("the marks of %s:%s", hit.type(), hit.id()).contains("Ukraine"));
    }

    /**
     * A required word is asked as typed ({@link Matching}: only the counted words are translated), so its
     * translations are not marked: an English text found for "sancties +Oekraïne" does not mark "Ukraine", which the
     * window never asked; the same word counted is asked and marked through its translation.
     */
    @Test
    void aRequiredWordsTranslationsAreNotMarked() {
        Translations toUkraine = word -> word.equals("Oekraïne")
                ? List.of(new TranslationLexicon.Translation("text_en", "ukrain", 1f)) : List.of();
        assertThat(markedTerms(SnippetQueries.marked("text_en", "sancties +Oekraïne", toUkraine)))
                .doesNotContain("ukrain");
        assertThat(markedTerms(SnippetQueries.marked("text_en", "sancties Oekraïne", toUkraine))).contains("ukrain");
    }

    private static List<String> markedTerms(Query query) {
        List<String> terms = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query parent, Term... found) {
                Stream.of(found).filter(term -> term.field().equals("text_en")).forEach(term -> terms.add(term.text()));
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return terms;
    }

    @Test
    void aSnippetIsEscapedAndOnlyItsMarksAreHtml() {
        String text = "Air defence <script>alert(1)</script> & \"drones\" over the Baltic";
        String snippet = SnippetQueries.snippet("text_en", text, SnippetQueries.Marks.of("text_en",
                SnippetQueries.marked("text_en", "drones script", word -> List.of())));
        assertThat(Snippets.sanitizedHtml(snippet)).isEqualTo("Air defence &lt;<mark>script</mark>&gt;alert(1)&lt;/"
                + "<mark>script</mark>&gt; &amp; &quot;<mark>drones</mark>&quot; over the Baltic");
        assertThat(Snippets.plain(snippet)).isEqualTo(text);
    }
}
