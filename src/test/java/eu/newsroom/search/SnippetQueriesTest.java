package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.search.internal.SearchFields;
import eu.newsroom.statement.Statement;
import eu.newsroom.support.NewsroomTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The page's snippets are highlighted without the index ({@link SnippetQueries}: the texts read from PostgreSQL, only
 * the query's terms looked for in their tokens, the analysis stopped after the first fragment where it can), with the
 * same marks and cuts as the index's fast vector highlighter gives them: for every document of the demo corpus and every kind of query (words, a compound, a phrase, words of another language
 * found through their translations, a query without words) the two snippets are the same, and so are the texts.
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
    void theSnippetsAreTheIndexHighlightersOfTheSameTexts() {
        WindowQueryExport.awaitBackgroundBuilds(context);
        int compared = 0;
        int marked = 0;
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            for (String text : QUERIES) {
                for (String field : SearchFields.TEXT_FIELDS) {
                    for (var type : TYPES.entrySet()) {
                        // as SnippetQueries asked the index until round 10 (the ids of a page; here every document)
                        List<List<?>> rows = session.search(type.getValue())
                                .select(f -> f.composite().from(f.id(Long.class), f.field(field, String.class),
                                        f.highlight(field)).asList())
                                .where(f -> f.bool().must(f.exists().field(field))
                                        .should(Matching.highlighted(f, field, text, lexicon::translations)))
                                .highlighter(h -> h.fastVector().tag(Snippets.OPEN, Snippets.CLOSE).fragmentSize(240)
                                        .numberOfFragments(1).noMatchSize(240))
                                .fetchHits(10_000);
                        Map<String, String> fromIndex = new HashMap<>();
                        Map<String, String> stored = new HashMap<>();
                        rows.forEach(row -> {
                            String key = type.getKey() + ":" + row.get(0);
                            stored.put(key, (String) row.get(1));
                            @SuppressWarnings("unchecked")
                            List<String> fragments = (List<String>) row.get(2);
                            fromIndex.put(key, fragments == null || fragments.isEmpty() ? "" : fragments.get(0));
                        });
                        Map<String, String> texts = snippets.texts(List.copyOf(stored.keySet()));
                        var marks = SnippetQueries.Marks.of(field, SnippetQueries.marked(field, text, lexicon::translations));
                        for (String key : stored.keySet()) {
                            assertThat(texts.get(key)).as("the text of %s", key).isEqualTo(stored.get(key));
                            assertThat(SnippetQueries.snippet(field, texts.get(key), marks))
                                    .as("'%s' on %s of %s", text, field, key).isEqualTo(fromIndex.get(key));
                            compared++;
                            marked += fromIndex.get(key).contains(Snippets.OPEN) ? 1 : 0;
                        }
                    }
                }
            }
        }
        assertThat(compared).as("snippets compared").isGreaterThan(1000);
        assertThat(marked).as("snippets with a match marked").isGreaterThan(100);
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
