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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
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
    private static final Map<Class<?>, String> TYPE_OF_ENTITY = Map.of(Briefing.class, "briefing",
            Statement.class, "statement", Initiative.class, "initiative");

    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    /**
     * The best hits folded into entries: enough for the requested page several times over (an entry holds several
     * hits: versions, statements). Hits are counted exactly up to as many; past that the collector may skip documents
     * that cannot reach the window (block-max WAND when the order is by relevance), and the page says "at least". The
     * window's hits are type, id and score from doc values; what they show is read from the database ({@link HitRows}).
     */
    static final int WINDOW = 300;
    private static final int MAX_WINDOW = 10_000;

    private static final int SNIPPET_LENGTH = 240;

    /** Fewer hits with enough of the words than this, and items with any of them are added below. */
    private static final int FEW_TO_RELAX = 10;
    /** Fewer hits than this and a spelling suggestion is looked for. */
    private static final int FEW_HITS = 3;
    private final EntityManagerFactory entityManagerFactory;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Suggester suggester;
    private final SearchIndexAdmin indexAdmin;
    private final Speakers speakers;
    private final TranslationLexicon lexicon;
    private final HiddenBriefings hiddenBriefings;
    private final HitRows hitRows;
    private volatile Boolean onOpenSearch;

    SearchService(EntityManagerFactory entityManagerFactory, JdbcClient jdbc, Clock clock, Suggester suggester,
            SearchIndexAdmin indexAdmin, Speakers speakers, TranslationLexicon lexicon,
            HiddenBriefings hiddenBriefings, HitRows hitRows) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.clock = clock;
        this.suggester = suggester;
        this.indexAdmin = indexAdmin;
        this.speakers = speakers;
        this.lexicon = lexicon;
        this.hiddenBriefings = hiddenBriefings;
        this.hitRows = hitRows;
    }

    SearchPage search(SearchParams params, Locale reader) {
        return search(params, reader, Visibility.anonymousAt(clock.instant()));
    }

    /**
     * A search as this reader may see it: an accredited reader finds embargoed items too (the page marks them,
     * {@link #embargoes}); everyone else only what is public now.
     */
    SearchPage search(SearchParams params, Locale reader, Visibility visibility) {
        Instant upTo = visibility.liftedUpTo();
        // an entity manager of its own, outside any transaction: it takes no connection, as it loads no entity
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            return search(Search.session(entityManager), params, reader, upTo);
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
                    .where(f -> f.and(visibleMatching(f, params, query.text(), query.structured(), false,
                            visibleAt, List.of()), f.match().field(SearchFields.BRIEFING_ID).matching(briefingId)))
                    .fetchTotalHitCount() > 0;
        } catch (SearchException e) {
            return false;
        }
    }

    private SearchPage search(SearchSession session, SearchParams params, Locale reader, Instant upTo) {
        QueryText query = params.query();
        List<QueryText.Notice> notices = new ArrayList<>(query.notices());
        if (indexAdmin.rebuilding()) {
            notices.add(QueryText.Notice.INDEX_REBUILDING);
        }
        String text = query.text();
        boolean structured = query.structured();
        List<Long> hidden = hiddenBriefings.at(upTo);
        SearchResult<List<?>> result;
        try {
            result = run(session, params, text, structured, false, upTo, hidden);
        } catch (SearchException e) {
            if (!structured) {
                throw e;
            }
            // the syntax check let through something the parser could not use: search the plain words
            log.debug("Query '{}' failed as simple query syntax, searching its words: {}", text, e.getMessage());
            text = QueryText.plainWords(text);
            structured = false;
            notices.add(text.isEmpty() ? QueryText.Notice.NO_TERMS : QueryText.Notice.PLAIN_TERMS);
            result = run(session, params, text, structured, false, upTo, hidden);
        }
        // "did you mean": a query word that no public item contains, corrected to the closest known word; when
        // the correction finds far more (or the query found nothing), its results are shown instead. The corrected
        // query is only counted (up to the window) unless it is shown.
        long found = result.total().hitCountLowerBound();
        String suggestion = text.isEmpty() ? null : suggester.suggest(text, clock.instant());
        if (suggestion != null) {
            long correctedTotal = count(session, params, suggestion, structured, upTo, hidden);
            if (correctedTotal <= found || found >= FEW_HITS && correctedTotal <= 2 * found) {
                suggestion = null;
            } else if (found == 0 || correctedTotal > 3 * found) {
                result = run(session, params, suggestion, structured, false, upTo, hidden);
                text = suggestion;
                notices.add(QueryText.Notice.CORRECTED);
            }
        }
        // few items with enough of the words (a query in another language than the items, words the texts put
        // otherwise): the items with any of them too, ranked below those with more of them
        boolean relaxed = false;
        long strict = result.total().hitCountLowerBound();
        QueryPlan plan = text.isEmpty() ? null : QueryPlan.of(text);
        // all of one or two words: those are relaxed only when nothing has both
        if (plan != null && plan.relaxable() && (strict == 0 || strict < FEW_TO_RELAX && plan.units() > 2)) {
            relaxed = true;
            result = run(session, params, text, structured, relaxed, upTo, hidden);
            if (strict == 0 && result.total().hitCountLowerBound() > 0) {
                notices.add(QueryText.Notice.SOME_WORDS);
            }
        }
        // one entry per item; the page is cut from the entries, so that no item is on two pages
        List<SearchPage.Hit> ranked = new ArrayList<>(hitRows.of(result.hits().stream().map(SearchService::found)
                .toList()));
        if (params.sort() != SearchParams.Sort.DATE) {
            ranked = withBonuses(session, ranked, text, relaxed);
            ranked.sort(BY_RELEVANCE); // equal scores in a stable order (the index returns them in document order)
        }
        List<SearchPage.Hit> entries = ResultEntries.fold(ranked, reader.getLanguage());
        // every hit is in the window when the index counted them exactly and no more: then so are the entries
        boolean complete = result.total().isHitCountExact() && result.total().hitCount() <= ranked.size();
        int from = (int) Math.min(entries.size(), (long) params.page() * params.size());
        List<SearchPage.Hit> page = entries.subList(from, Math.min(entries.size(), from + params.size()));
        return new SearchPage(entries.size(), complete, withSnippets(session, page, text), ResultEntries.facets(entries), List.copyOf(notices), text, params.page(), params.size(),
                suggestion);
    }

    /**
     * Best score first; equal scores newest first, then briefing before initiative before statement, then by id: the
     * order does not depend on the order in which documents reached the index (the mass indexer loads in parallel).
     */
    private static final Comparator<SearchPage.Hit> BY_RELEVANCE = Comparator
            .comparing(SearchPage.Hit::score, Comparator.reverseOrder())
            .thenComparing(SearchPage.Hit::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(SearchPage.Hit::type)
            .thenComparingLong(SearchPage.Hit::id);

    /**
     * The hits with the scores of {@link Matching#bonuses} added: one query restricted to the hits of the window (by
     * type and id), so that the costly clauses are scored for these documents only, not for every match.
     */
    private List<SearchPage.Hit> withBonuses(SearchSession session, List<SearchPage.Hit> hits, String text,
            boolean relaxed) {
        if (hits.isEmpty()) {
            return hits;
        }
        Map<String, List<Long>> idsByType = new LinkedHashMap<>();
        hits.forEach(h -> idsByType.computeIfAbsent(h.type(), k -> new ArrayList<>()).add(h.id()));
        Map<String, Float> bonus = new HashMap<>();
        var scope = session.search(List.of(Briefing.class, Statement.class, Initiative.class));
        Function<SearchPredicateFactory, PredicateFinalStep> where = f -> {
            PredicateFinalStep bonuses = Matching.bonuses(f, text, relaxed);
            return bonuses == null ? f.matchNone() : f.bool().must(bonuses).filter(f.bool(inWindow -> idsByType.forEach(
                    (type, ids) -> inWindow.should(f.and(f.match().field(SearchFields.TYPE).matching(type),
                            f.id().matchingAny(ids))))));
        };
        SearchQueryOptionsStep<?, ?, List<?>, ?, ?, ?> query = onOpenSearch()
                ? scope.extension(ElasticsearchExtension.get()).select(SearchService::scoreProjection)
                        .where(f -> where.apply(f))
                        .requestTransformer(request -> request.parametersMap().put("search_type", "dfs_query_then_fetch"))
                : scope.select(SearchService::scoreProjection).where(f -> where.apply(f));
        query.fetchHits(hits.size()).forEach(row -> {
            HitRows.Found found = found(row);
            bonus.put(found.type() + ":" + found.id(), found.score());
        });
        if (bonus.isEmpty()) {
            return hits;
        }
        return new ArrayList<>(hits.stream().map(h -> {
            Float more = bonus.get(h.type() + ":" + h.id());
            return more == null || more.isNaN() ? h : h.withScore(h.score() + more);
        }).toList());
    }

    /**
     * Which document, and its score: the entity's type and id come from the index's doc values, no stored field is
     * read (what a hit shows is read by {@link HitRows}).
     */
    private static ProjectionFinalStep<List<?>> scoreProjection(SearchProjectionFactory<?, ?> f) {
        return f.composite().from(f.entityReference(), f.score()).asList();
    }

    private static HitRows.Found found(List<?> row) {
        EntityReference reference = (EntityReference) row.get(0);
        Float score = (Float) row.get(1);
        return new HitRows.Found(TYPE_OF_ENTITY.get(reference.type()), ((Number) reference.id()).longValue(),
                score == null ? Float.NaN : score);
    }

    private static int window(SearchParams params) {
        return (int) Math.min(MAX_WINDOW, Math.max(WINDOW, (long) (params.page() + 1) * params.size() * 5));
    }

    /** How many hits a query has, counted exactly up to the window, or 0 when the query cannot be parsed. */
    private long count(SearchSession session, SearchParams params, String text, boolean structured, Instant now,
            List<Long> hidden) {
        try {
            return session.search(List.of(Briefing.class, Statement.class, Initiative.class))
                    .where(f -> visibleMatching(f, params, text, structured, false, now, hidden))
                    .totalHitCountThreshold(window(params))
                    .fetch(0).total().hitCountLowerBound();
        } catch (SearchException e) {
            return 0;
        }
    }

    private SearchResult<List<?>> run(SearchSession session, SearchParams params, String text, boolean structured,
            boolean relaxed, Instant now, List<Long> hiddenBriefings) {
        var scope = session.search(List.of(Briefing.class, Statement.class, Initiative.class));
        SearchQueryOptionsStep<?, ?, List<?>, ?, ?, ?> matching = onOpenSearch()
                // term statistics over all three indexes, as the Lucene backend scores (one reader over them):
                // OpenSearch's default scores each index by its own statistics
                ? scope.extension(ElasticsearchExtension.get()).select(SearchService::scoreProjection)
                        .where(f -> visibleMatching(f, params, text, structured, relaxed, now, hiddenBriefings))
                        .requestTransformer(request -> request.parametersMap()
                                .put("search_type", "dfs_query_then_fetch"))
                : scope.select(SearchService::scoreProjection)
                        .where(f -> visibleMatching(f, params, text, structured, relaxed, now, hiddenBriefings));
        if (params.sort() == SearchParams.Sort.DATE) {
            // newest first: the date's doc values let the collector skip older documents once the window is full
            matching = matching.sort(f -> f.field(SearchFields.DATE).desc().then().score().then()
                    .field(SearchFields.KEY));
        }
        // by relevance: no sort at all, so that the index ranks by score alone and may skip documents whose best
        // possible score cannot enter the window; ties are ordered here (BY_RELEVANCE)
        int window = window(params);
        return matching.totalHitCountThreshold(window).fetch(0, window);
    }

    /**
     * The snippets of one page of hits, highlighted on the text field of each hit's own language: one small
     * query per type and language on the page, restricted to those hits by id. Highlighting every language
     * field of every hit in the main query read each document's term vectors and stored text eight times
     * (half of a search's CPU, docs/benchmarks.md). Each query marks the query's words and their translations
     * on that field only ({@link Matching#highlighted}), not the whole query again. A hit found through the thesaurus
     * only gets the start of its text.
     */
    private List<SearchPage.Hit> withSnippets(SearchSession session, List<SearchPage.Hit> hits, String text) {
        Map<List<String>, List<Long>> idsByTypeAndField = new LinkedHashMap<>();
        ResultEntries.shown(hits).forEach(hit -> idsByTypeAndField.computeIfAbsent(List.of(hit.type(), SearchFields.textFieldFor(hit.lang())),
                k -> new ArrayList<>()).add(hit.id()));
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

    /** Cluster mode: the backend is OpenSearch (application-cluster.yaml), not the embedded Lucene index. */
    private boolean onOpenSearch() {
        if (onOpenSearch == null) {
            onOpenSearch = Search.mapping(entityManagerFactory).backend()
                    instanceof ElasticsearchBackend;
        }
        return onOpenSearch;
    }

    /** The reader's words ({@link Matching}) among the items public at this instant, within the reader's filters. */
    private PredicateFinalStep visibleMatching(SearchPredicateFactory f, SearchParams params, String text,
            boolean structured, boolean relaxed, Instant now, List<Long> hiddenBriefings) {
        return f.bool(b -> {
            // the query's words are translated from the language its stop words say it is in, if they say
            Set<String> from = StopWords.languagesOf(QueryPlan.of(text).sequence());
            b.must(Matching.of(f, text, structured, relaxed, text.isEmpty() ? List.of() : speakers.named(text),
                    word -> lexicon.translations(word, from)));
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

    /**
     * The embargo of each briefing and statement on a page that is still under embargo at this instant, keyed
     * {@code type:id}: what an accredited reader's page marks "Embargoed until ...". One query for the page.
     */
    Map<String, Instant> embargoes(List<SearchPage.Hit> hits, Instant now) {
        List<Long> briefingIds = new ArrayList<>();
        List<Long> statementIds = new ArrayList<>();
        hits.forEach(h -> {
            (h.type().equals("statement") ? statementIds : h.type().equals("briefing") ? briefingIds : new ArrayList<Long>())
                    .add(h.id());
            h.statements().forEach(st -> statementIds.add(st.id()));
        });
        Map<String, Instant> embargoes = new HashMap<>();
        if (briefingIds.isEmpty() && statementIds.isEmpty()) {
            return embargoes;
        }
        jdbc.sql("select 'briefing:' || b.id, b.embargo_until from briefing b where b.id in (:briefings)"
                + " and b.embargo_until > :now union all select 'statement:' || s.id, b.embargo_until from statement s"
                + " join briefing b on b.id = s.briefing_id where s.id in (:statements) and b.embargo_until > :now")
                .param("briefings", briefingIds.isEmpty() ? List.of(-1L) : briefingIds)
                .param("statements", statementIds.isEmpty() ? List.of(-1L) : statementIds)
                .param("now", Timestamp.from(now))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list().forEach(e -> embargoes.put(e.getKey(), e.getValue()));
        return embargoes;
    }

    static String url(String type, String slug) {
        return switch (type) {
            case "statement" -> "/statements/" + slug;
            case "initiative" -> "/initiatives/" + slug;
            default -> "/briefings/" + slug;
        };
    }
}
