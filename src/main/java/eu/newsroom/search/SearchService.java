package eu.newsroom.search;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.search.internal.SearchFields;
import eu.newsroom.statement.Statement;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Clock;
import eu.newsroom.visibility.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Runs a search over briefings and statements: the reader's query on the text field of every language
 * (each analysed by its own analyzer) and on the thesaurus labels, restricted to public items, with
 * facets, highlighted snippets and one version per translation group on the page.
 * <p>
 * Not in a transaction: the index work, most of a search's time, holds no database connection. In a read-only
 * transaction each search held one of the pool's connections from start to end, and under load the page
 * requests waited for them (docs/reliability.md, the soak). The few reads of the database (which briefings are
 * hidden) take a connection for their statement only; the hits are projections from the index, no entities.
 */
@Service
class SearchService {

    static final List<String> TYPES = List.of("briefing", "statement", "initiative");
    private static final Map<String, Class<?>> ENTITY_TYPES = Map.of("briefing", Briefing.class,
            "statement", Statement.class, "initiative", Initiative.class);

    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    private static final Set<SimpleQueryFlag> SYNTAX = EnumSet.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE);
    private static final Set<SimpleQueryFlag> PLAIN = EnumSet.of(SimpleQueryFlag.WHITESPACE);

    private static final AggregationKey<Map<String, Long>> TYPE_FACET = AggregationKey.of("type");
    private static final AggregationKey<Map<String, Long>> LANG_FACET = AggregationKey.of("lang");
    private static final AggregationKey<Map<Integer, Long>> YEAR_FACET = AggregationKey.of("year");

    /** Matches in the text weigh more than matches through the thesaurus only. */
    private static final float CONCEPT_BOOST = 0.5f;
    /** A match in what an item is called (title, speaker, name) adds to the match in its text. */
    private static final float HEADING_BOOST = 1.0f;
    /** A query that is the whole name or an alias of an initiative the item is or reports on. */
    private static final float INITIATIVE_BOOST = 1.0f;
    /** A word found as a part of a compound ("Munition" in "Munitionsproduktion") weighs less than the word. */
    private static final float PARTS_BOOST = 0.5f;
    private static final int SNIPPET_LENGTH = 240;

    /** Fewer hits than this and a spelling suggestion is looked for. */
    private static final int FEW_HITS = 3;
    /** At most this many words are checked one by one before the query is relaxed to OR. */
    private static final int MAX_RELAXED_WORDS = 8;

    private final EntityManagerFactory entityManagerFactory;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Suggester suggester;
    private final SearchIndexAdmin indexAdmin;
    private volatile Boolean onOpenSearch;

    SearchService(EntityManagerFactory entityManagerFactory, JdbcClient jdbc, Clock clock, Suggester suggester,
            SearchIndexAdmin indexAdmin) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.clock = clock;
        this.suggester = suggester;
        this.indexAdmin = indexAdmin;
    }

    SearchPage search(SearchParams params, Locale reader) {
        // an entity manager of its own, outside any transaction: it takes no connection, as it loads no entity
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            return search(Search.session(entityManager), params, reader);
        }
    }

    /**
     * Whether a briefing, or one of its statements, matches a search as the index holds it now, for a reader who
     * sees it from {@code visibleAt} (the end of its embargo for an accredited reader): alerts match one published
     * item against the searches readers follow. Drafts and withdrawn items never match.
     */
    boolean briefingMatches(SearchParams params, long briefingId, Instant visibleAt) {
        QueryText query = params.query();
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            return Search.session(entityManager).search(List.of(Briefing.class, Statement.class))
                    .where(f -> f.and(visibleMatching(f, params, query.text(), query.structured(), BooleanOperator.AND,
                            visibleAt, List.of()), f.match().field(SearchFields.BRIEFING_ID).matching(briefingId)))
                    .fetchTotalHitCount() > 0;
        } catch (SearchException e) {
            return false;
        }
    }

    private SearchPage search(SearchSession session, SearchParams params, Locale reader) {
        QueryText query = params.query();
        List<QueryText.Notice> notices = new ArrayList<>(query.notices());
        if (indexAdmin.rebuilding()) {
            notices.add(QueryText.Notice.INDEX_REBUILDING);
        }
        String text = query.text();
        boolean structured = query.structured();
        SearchResult<List<?>> result;
        try {
            result = run(session, params, text, structured);
        } catch (SearchException e) {
            if (!structured) {
                throw e;
            }
            // the syntax check let through something the parser could not use: search the plain words
            log.debug("Query '{}' failed as simple query syntax, searching its words: {}", text, e.getMessage());
            text = QueryText.plainWords(text);
            structured = false;
            notices.add(text.isEmpty() ? QueryText.Notice.NO_TERMS : QueryText.Notice.PLAIN_TERMS);
            result = run(session, params, text, structured);
        }
        // "did you mean": a query word that no public item contains, corrected to the closest known word; when
        // the correction finds far more (or the query found nothing), its results are shown instead
        long found = result.total().hitCountLowerBound();
        String suggestion = text.isEmpty() ? null : suggester.suggest(text, clock.instant());
        if (suggestion != null) {
            SearchResult<List<?>> corrected = tryRun(session, params, suggestion, structured);
            long correctedTotal = corrected == null ? 0 : corrected.total().hitCountLowerBound();
            if (correctedTotal <= found || found >= FEW_HITS && correctedTotal <= 2 * found) {
                suggestion = null;
            } else if (found == 0 || correctedTotal > 3 * found) {
                result = corrected;
                text = suggestion;
                notices.add(QueryText.Notice.CORRECTED);
            }
        }
        // several plain words, each found alone but never together: the items with some of them
        BooleanOperator operator = BooleanOperator.AND;
        if (result.total().hitCountLowerBound() == 0 && relaxable(session, params, text)) {
            operator = BooleanOperator.OR;
            structured = false;
            result = run(session, params, text, structured, operator);
            notices.add(QueryText.Notice.SOME_WORDS);
        }
        List<SearchPage.Hit> hits = withSnippets(session, result.hits().stream().map(SearchService::hit).toList(), params,
                text, structured, operator);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        facets.put("type", result.aggregation(TYPE_FACET));
        facets.put("lang", result.aggregation(LANG_FACET));
        Map<String, Long> years = new LinkedHashMap<>();
        result.aggregation(YEAR_FACET).forEach((year, count) -> years.put(String.valueOf(year), count));
        facets.put("year", years);
        return new SearchPage(result.total().hitCountLowerBound(),
                params.lang() == null ? oneVersionPerGroup(hits, reader.getLanguage()) : hits, facets,
                List.copyOf(notices), text, params.page(), params.size(), suggestion);
    }

    private SearchResult<List<?>> tryRun(SearchSession session, SearchParams params, String text, boolean structured) {
        try {
            return run(session, params, text, structured);
        } catch (SearchException e) {
            return null;
        }
    }

    /** Plain words only (no phrase, exclusion or operator), at least two, and each of them found alone. */
    private boolean relaxable(SearchSession session, SearchParams params, String text) {
        String plain = QueryText.plainWords(text);
        String[] words = plain.split("\\s+");
        if (!plain.equals(text.trim().replaceAll("\\s+", " ")) || words.length < 2 || words.length > MAX_RELAXED_WORDS) {
            return false;
        }
        // a word a public text contains as written is found: only the others cost a query, and a count only
        Instant now = clock.instant();
        List<Long> hiddenBriefings = null;
        for (String word : words) {
            if (suggester.known(word, now)) {
                continue;
            }
            if (hiddenBriefings == null) {
                hiddenBriefings = hiddenBriefingIds(now);
            }
            List<Long> hidden = hiddenBriefings;
            long found = session.search(List.of(Briefing.class, Statement.class, Initiative.class))
                    .where(f -> visibleMatching(f, params, word, false, BooleanOperator.AND, now, hidden))
                    .fetchTotalHitCount();
            if (found == 0) {
                return false;
            }
        }
        return true;
    }

    private SearchResult<List<?>> run(SearchSession session, SearchParams params, String text, boolean structured) {
        return run(session, params, text, structured, BooleanOperator.AND);
    }

    private SearchResult<List<?>> run(SearchSession session, SearchParams params, String text, boolean structured,
            BooleanOperator operator) {
        Instant now = clock.instant();
        List<Long> hiddenBriefings = hiddenBriefingIds(now);
        var scope = session.search(List.of(Briefing.class, Statement.class, Initiative.class));
        SearchQueryOptionsStep<?, ?, List<?>, ?, ?, ?> matching = onOpenSearch()
                // term statistics over all three indexes, as the Lucene backend scores (one reader over them):
                // OpenSearch's default scores each index by its own statistics
                ? scope.extension(ElasticsearchExtension.get()).select(SearchService::hitProjection)
                        .where(f -> visibleMatching(f, params, text, structured, operator, now, hiddenBriefings))
                        .requestTransformer(request -> request.parametersMap()
                                .put("search_type", "dfs_query_then_fetch"))
                : scope.select(SearchService::hitProjection)
                        .where(f -> visibleMatching(f, params, text, structured, operator, now, hiddenBriefings));
        return matching
                .sort(f -> params.sort() == SearchParams.Sort.DATE
                        ? f.field(SearchFields.DATE).desc().then().score().then().field(SearchFields.KEY)
                        // equal scores and dates are ordered by a unique key, not by the order in which
                        // documents happened to reach the index (the mass indexer loads in parallel); the key starts
                        // with the type, so a briefing comes before an initiative, an initiative before a statement
                        : f.score().then().field(SearchFields.DATE).desc().then().field(SearchFields.KEY))
                .aggregation(TYPE_FACET, f -> f.terms().field(SearchFields.TYPE, String.class).maxTermCount(20))
                .aggregation(LANG_FACET, f -> f.terms().field(SearchFields.LANG, String.class).maxTermCount(50))
                .aggregation(YEAR_FACET, f -> f.terms().field(SearchFields.YEAR, Integer.class).orderByTermDescending()
                        .maxTermCount(50))
                .fetch(params.page() * params.size(), params.size());
    }

    /**
     * The snippets of one page of hits, highlighted on the text field of each hit's own language: one small
     * query per type and language on the page, restricted to those hits by id. Highlighting every language
     * field of every hit in the main query read each document's term vectors and stored text eight times
     * (half of a search's CPU, docs/benchmarks.md). A hit found through the thesaurus only gets the start of
     * its text.
     */
    private List<SearchPage.Hit> withSnippets(SearchSession session, List<SearchPage.Hit> hits, SearchParams params,
            String text, boolean structured, BooleanOperator operator) {
        Map<List<String>, List<Long>> idsByTypeAndField = new LinkedHashMap<>();
        hits.forEach(hit -> idsByTypeAndField.computeIfAbsent(List.of(hit.type(), SearchFields.textFieldFor(hit.lang())),
                k -> new ArrayList<>()).add(hit.id()));
        Instant now = clock.instant();
        List<Long> noneHidden = List.of(); // the hits are public: they were just found among public items
        Map<String, String> snippets = new HashMap<>();
        idsByTypeAndField.forEach((typeAndField, ids) -> {
            String type = typeAndField.get(0);
            String field = typeAndField.get(1);
            session.search(ENTITY_TYPES.get(type))
                    .select(f -> f.composite().from(f.id(Long.class), f.highlight(field)).asList())
                    .where(f -> f.bool()
                            .must(visibleMatching(f, params, text, structured, operator, now, noneHidden))
                            .filter(f.id().matchingAny(ids)))
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
        return hits.stream().map(hit -> hit.withSnippet(snippets.getOrDefault(hit.type() + ":" + hit.id(), "")))
                .toList();
    }

    /**
     * What a hit shows: type, ids, title, language, group, date and score. No highlights: they are made for the
     * page only, on each hit's own field ({@link #withSnippets}).
     */
    private static ProjectionFinalStep<List<?>> hitProjection(SearchProjectionFactory<?, ?> f) {
        var projections = new ArrayList<ProjectionFinalStep<?>>();
        projections.add(f.field(SearchFields.TYPE, String.class));
        projections.add(f.field(SearchFields.ENTITY_ID, Long.class));
        projections.add(f.field(SearchFields.SLUG, String.class));
        projections.add(f.field(SearchFields.EXTERNAL_ID, String.class));
        projections.add(f.field(SearchFields.TITLE, String.class));
        projections.add(f.field(SearchFields.LANG, String.class));
        projections.add(f.field(SearchFields.GROUP, String.class));
        projections.add(f.field(SearchFields.DATE, LocalDate.class));
        projections.add(f.score());
        return f.composite().from(projections.toArray(ProjectionFinalStep<?>[]::new)).asList();
    }

    /** Cluster mode: the backend is OpenSearch (application-cluster.yaml), not the embedded Lucene index. */
    private boolean onOpenSearch() {
        if (onOpenSearch == null) {
            onOpenSearch = Search.mapping(entityManagerFactory).backend()
                    instanceof ElasticsearchBackend;
        }
        return onOpenSearch;
    }

    /** The reader's words on every text field and the thesaurus labels, among the items public at this instant. */
    private static PredicateFinalStep visibleMatching(SearchPredicateFactory f, SearchParams params, String text,
            boolean structured, BooleanOperator operator, Instant now, List<Long> hiddenBriefings) {
        String[] textFields = SearchFields.TEXT_FIELDS.toArray(String[]::new);
        return f.bool(b -> {
            if (text.isEmpty()) {
                b.must(f.matchAll());
            } else {
                var words = f.simpleQueryString().fields(textFields)
                        .field(SearchFields.CONCEPTS).boost(CONCEPT_BOOST)
                        .field(SearchFields.HEADING).boost(HEADING_BOOST)
                        .fields(SearchFields.PARTS_FIELDS.toArray(String[]::new)).boost(PARTS_BOOST)
                        .fields(SearchFields.CONCEPT_PARTS_FIELDS.toArray(String[]::new))
                        .boost(CONCEPT_BOOST * PARTS_BOOST)
                        .matching(text)
                        .defaultOperator(operator)
                        .flags(structured ? SYNTAX : PLAIN);
                // one exact phrase: every item that has it matches alike (else BM25's length normalisation puts a
                // one-sentence statement quoting it above the briefing it comes from); a title, speaker or name with
                // the phrase comes first, equal ones newest first, then briefing, initiative, statement (the sort)
                PredicateFinalStep matched = !QueryText.isOnePhrase(text) ? words
                        : f.or(words.constantScore(), f.simpleQueryString().field(SearchFields.HEADING).matching(text)
                                .flags(SYNTAX).boost(HEADING_BOOST));
                // a query that is the whole name or an alias of an initiative also finds the initiative and the
                // items that report on it, in any language and whatever words they use for it
                String name = QueryText.asName(text);
                b.must(name == null ? matched : f.or(matched,
                        f.match().field(SearchFields.INITIATIVES).matching(name).boost(INITIATIVE_BOOST)));
            }
            // visibility: published, past any embargo (checked now, so no reindexing is needed when an
            // embargo passes), and the briefing public in the database right now (see docs/search.md)
            b.filter(visible(f, now));
            if (!hiddenBriefings.isEmpty()) {
                b.filter(f.not(f.terms().field(SearchFields.BRIEFING_ID).matchingAny(hiddenBriefings)));
            }
            if (params.type() != null) {
                b.filter(f.match().field(SearchFields.TYPE).matching(params.type()));
            }
            if (params.lang() != null) {
                b.filter(f.match().field(SearchFields.LANG).matching(params.lang()));
            }
            if (params.from() != null || params.to() != null) {
                b.filter(f.range().field(SearchFields.DATE).between(params.from(), params.to()));
            }
        });
    }

    /** The one visibility rule in the index's form (published, embargo or public_from lifted up to then). */
    private static SearchPredicate visible(SearchPredicateFactory f, Instant liftedUpTo) {
        return Visibility.searchFilter(f, SearchFields.PUBLISHED, SearchFields.EMBARGO_UNTIL, liftedUpTo);
    }

    /** Briefings a reader may not see at this instant (drafts, withdrawn, under embargo), from the database. */
    private List<Long> hiddenBriefingIds(Instant now) {
        return jdbc.sql("select id from briefing b where not " + Visibility.briefingSql("b"))
                .param(Visibility.PARAMETER, Timestamp.from(now)).query(Long.class).list();
    }

    private static SearchPage.Hit hit(List<?> row) {
        String type = (String) row.get(0);
        long id = (Long) row.get(1);
        String slug = (String) row.get(2);
        String lang = (String) row.get(5);
        LocalDate date = (LocalDate) row.get(7);
        Float score = (Float) row.get(8);
        return new SearchPage.Hit(type, id, (String) row.get(3), slug, lang, (String) row.get(4),
                date == null ? null : date.toString(), "",
                score == null || score.isNaN() ? 0f : score, url(type, slug), (String) row.get(6), List.of());
    }

    static String url(String type, String slug) {
        return switch (type) {
            case "statement" -> "/statements/" + slug;
            case "initiative" -> "/initiatives/" + slug;
            default -> "/briefings/" + slug;
        };
    }

    /**
     * Language versions of one briefing found on the same page appear once: the reader's interface language
     * if it is among them, else the best-ranked one, at the place of the best-ranked version, with links to
     * the others.
     */
    static List<SearchPage.Hit> oneVersionPerGroup(List<SearchPage.Hit> hits,
            String readerLanguage) {
        Map<String, List<SearchPage.Hit>> byGroup = new LinkedHashMap<>();
        for (var hit : hits) {
            String key = hit.type() + "|" + (hit.group() == null ? hit.type() + hit.id() : hit.group());
            byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(hit);
        }
        List<SearchPage.Hit> out = new ArrayList<>();
        for (var versions : byGroup.values()) {
            var chosen = versions.stream()
                    .filter(h -> h.lang() != null && Locale.forLanguageTag(h.lang()).getLanguage().equals(readerLanguage))
                    .findFirst().orElse(versions.get(0));
            var others = versions.stream().filter(h -> h != chosen)
                    .map(h -> new SearchPage.Version(h.lang(), h.url())).toList();
            out.add(others.isEmpty() ? chosen : chosen.withOtherVersions(others));
        }
        return out;
    }
}
