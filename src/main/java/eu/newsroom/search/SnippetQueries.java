package eu.newsroom.search;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.search.internal.SearchFields;
import eu.newsroom.statement.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * The snippets of one page of hits, highlighted on the text field of each hit's own language: one small query per
 * type and language on the page, restricted to those hits by id. Highlighting every language field of every hit in
 * the main query read each document's term vectors and stored text eight times (half of a search's CPU,
 * docs/benchmarks.md). Each query marks the query's words and their translations on that field only
 * ({@link Matching#highlighted}), not the whole query again. A hit found through the thesaurus only gets the start of
 * its text.
 */
@Component
class SnippetQueries {

    private static final Map<String, Class<?>> ENTITY_TYPES = Map.of("briefing", Briefing.class,
            "statement", Statement.class, "initiative", Initiative.class);

    private static final int SNIPPET_LENGTH = 240;

    private final TranslationLexicon lexicon;

    SnippetQueries(TranslationLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The page's hits (and the statements shown under them), each with its snippet for the words searched. */
    List<SearchPage.Hit> withSnippets(SearchSession session, List<SearchPage.Hit> hits, String text) {
        Map<List<String>, List<Long>> idsByTypeAndField = new LinkedHashMap<>();
        ResultEntries.shown(hits).forEach(hit -> idsByTypeAndField.computeIfAbsent(List.of(hit.type(),
                SearchFields.textFieldFor(hit.lang())), k -> new ArrayList<>()).add(hit.id()));
        Map<String, String> snippets = new HashMap<>();
        idsByTypeAndField.forEach((typeAndField, ids) -> {
            String type = typeAndField.get(0);
            String field = typeAndField.get(1);
            session.search(ENTITY_TYPES.get(type))
                    .select(f -> f.composite().from(f.id(Long.class), f.highlight(field)).asList())
                    // by the entity id field (a point set), not the document id (a term set): the highlighter
                    // rewrites every term query of the query to find what to mark, and did so for the ids too
                    .where(f -> f.bool()
                            .must(f.terms().field(SearchFields.ENTITY_ID).matchingAny(ids))
                            .should(Matching.highlighted(f, field, text, lexicon::translations)))
                    .highlighter(h -> h.fastVector().tag(Snippets.OPEN, Snippets.CLOSE).fragmentSize(SNIPPET_LENGTH)
                            .numberOfFragments(1).noMatchSize(SNIPPET_LENGTH))
                    .fetchHits(ids.size())
                    .forEach(row -> {
                        @SuppressWarnings("unchecked")
                        List<String> fragments = (List<String>) row.get(1);
                        if (fragments != null && !fragments.isEmpty()) {
                            snippets.put(type + ":" + row.get(0), fragments.get(0));
                        }
                    });
        });
        return hits.stream().map(hit -> hit.withSnippet(snippets.getOrDefault(hit.type() + ":" + hit.id(), ""))
                .withStatements(hit.statements().stream().map(s -> s.withSnippet(snippets.getOrDefault(
                        s.type() + ":" + s.id(), ""))).toList(), hit.moreStatements()))
                .toList();
    }
}
