package eu.newsroom.search;

import eu.newsroom.visibility.Visibility;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;

/**
 * Runs a search over briefings and statements: the reader's query on the text field of every language
 * (each analysed by its own analyzer) and on the thesaurus labels, restricted to public items, with
 * facets, highlighted snippets and one version per translation group on the page. The parts are classes of their
 * own: the index queries ({@link IndexQueries}, which read the briefings hidden from the reader once per search),
 * the "did you mean" policy ({@link Corrections}) and the snippets ({@link SnippetQueries}); this class runs them in
 * order: the words, their correction, their relaxation, the bonus pass, the entries and the page.
 * <p>
 * Not in a transaction: the index work, most of a search's time, holds no database connection. In a read-only
 * transaction each search held one of the pool's connections from start to end, and under load the page
 * requests waited for them (docs/reliability.md, the soak). The few reads of the database (which briefings are
 * hidden) take a connection for their statement only; the hits are projections from the index, no entities.
 */
@Service
class SearchService {

    static final List<String> TYPES = List.of("briefing", "statement", "initiative");

    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    /** Fewer hits with enough of the words than this, and items with any of them are added below. */
    private static final int FEW_TO_RELAX = 10;
    /**
     * Of a query of two words, fewer hits with both than this: one or two items that have both are mostly the items
     * in the query's own language, while the items in the other languages lack a translation of one of the words
     * ("chiens dressés": the dogs of the other languages' items are "trained", "addestrati", "szkolone").
     */
    private static final int FEW_TO_RELAX_TWO = 3;

    private final EntityManagerFactory entityManagerFactory;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SearchIndexAdmin indexAdmin;
    private final IndexQueries indexQueries;
    private final Corrections corrections;
    private final SnippetQueries snippets;
    private final HitRows hitRows;
    private final SearchTimings timings;
    private final CorrectionCounts correctionCounts;

    SearchService(EntityManagerFactory entityManagerFactory, JdbcClient jdbc, Clock clock, SearchIndexAdmin indexAdmin,
            IndexQueries indexQueries, Corrections corrections, SnippetQueries snippets, HitRows hitRows,
            SearchTimings timings, CorrectionCounts correctionCounts) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.clock = clock;
        this.indexAdmin = indexAdmin;
        this.indexQueries = indexQueries;
        this.corrections = corrections;
        this.snippets = snippets;
        this.hitRows = hitRows;
        this.timings = timings;
        this.correctionCounts = correctionCounts;
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
            return timings.time(SearchTimings.Phase.SEARCH,
                    () -> search(Search.session(entityManager), params, reader, upTo));
        }
    }

    /**
     * Whether a briefing, or one of its statements, matches a search as the index holds it now, for a reader who
     * sees it from {@code visibleAt} (the end of its embargo for an accredited reader): alerts match one published
     * item against the searches readers follow. Drafts and withdrawn items never match.
     */
    boolean briefingMatches(SearchParams params, long briefingId, Instant visibleAt) {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            return indexQueries.briefingMatches(Search.session(entityManager), params, briefingId, visibleAt);
        }
    }

    private SearchPage search(SearchSession session, SearchParams params, Locale reader, Instant upTo) {
        TimedQueries queries = new TimedQueries(indexQueries.open(session, params, upTo));
        QueryText query = params.query();
        List<QueryText.Notice> notices = new ArrayList<>(query.notices());
        if (indexAdmin.rebuilding()) {
            notices.add(QueryText.Notice.INDEX_REBUILDING);
        }
        String text = query.text();
        boolean structured = query.structured();
        SearchResult<List<?>> result;
        try {
            result = queries.run(text, structured, false);
        } catch (SearchException e) {
            if (!structured) {
                throw e;
            }
            // the syntax check let through something the parser could not use: search the plain words
            log.debug("Query '{}' failed as simple query syntax, searching its words: {}", text, e.getMessage());
            text = QueryText.plainWords(text);
            structured = false;
            notices.add(text.isEmpty() ? QueryText.Notice.NO_TERMS : QueryText.Notice.PLAIN_TERMS);
            result = queries.run(text, structured, false);
        }
        // "did you mean" (Corrections): offered, or its results shown instead
        long found = result.total().hitCountLowerBound();
        String typed = text;
        boolean typedStructured = structured;
        List<SearchResult<List<?>>> suggestedWindow = new ArrayList<>(1);
        Corrections.Correction correction = timings.time(SearchTimings.Phase.CORRECTION,
                () -> corrections.of(typed, found, (suggestion, limit) -> found == 0
                        ? suggestedWindow(queries, suggestion, typedStructured, suggestedWindow)
                        : correctionCounts.upTo(session, queries.request, suggestion, typedStructured, limit)));
        if (correction.shown()) {
            result = suggestedWindow.isEmpty() ? queries.run(correction.suggestion(), structured, false)
                    : suggestedWindow.get(0);
            text = correction.suggestion();
            notices.add(QueryText.Notice.CORRECTED);
        }
        // a phrase no item has as typed, often because the items say it in another language: its words as a plain
        // query, which finds their translations and items with enough of them
        String phraseWords = structured && result.total().hitCountLowerBound() == 0 ? QueryText.phrasesAsWords(text)
                : null;
        if (phraseWords != null) {
            text = phraseWords;
            structured = false;
            result = queries.run(text, structured, false);
            notices.add(QueryText.Notice.PHRASE_AS_WORDS);
        }
        // few items with enough of the words (a query in another language than the items, words the texts put
        // otherwise): the items with any of them too, ranked below those with more of them
        boolean relaxed = false;
        long strict = result.total().hitCountLowerBound();
        QueryPlan plan = text.isEmpty() ? null : QueryPlan.of(text);
        // the people the query names: looked up at most once, and only when the relaxation of two units or the
        // widening below asks
        String asked = text;
        Supplier<List<String>> named = SingletonSupplier.of(() -> plan == null ? List.of() : indexQueries.named(asked));
        if (plan != null && plan.relaxable()
                && strict < fewToRelax(plan.units(), () -> plan.dates().isEmpty() && named.get().isEmpty())) {
            relaxed = true;
            result = queries.run(text, structured, relaxed);
            // the reader is told whenever items without all the words are shown
            if (result.total().hitCountLowerBound() > strict) {
                notices.add(strict == 0 ? QueryText.Notice.SOME_WORDS : QueryText.Notice.SOME_WORDS_BELOW);
            }
        }
        // one entry per item; the page is cut from the entries, so that no item is on two pages
        List<HitRows.Found> fromIndex = result.hits().stream().map(IndexQueries::found).toList();
        List<SearchPage.Hit> ranked = new ArrayList<>(timings.time(SearchTimings.Phase.ROWS,
                () -> hitRows.of(fromIndex)));
        if (params.sort() != SearchParams.Sort.DATE) {
            List<SearchPage.Hit> window = ranked;
            String words = text;
            boolean anyWords = relaxed;
            ranked = timings.time(SearchTimings.Phase.BONUS, () -> queries.request.withBonuses(window, words, anyWords));
            ranked.sort(BY_RELEVANCE); // equal scores in a stable order (the index returns them in document order)
        }
        List<SearchPage.Hit> entries = ResultEntries.fold(ranked, reader.getLanguage());
        // every hit is in the window when the index counted them exactly and no more: then so are the entries
        boolean complete = result.total().isHitCountExact() && result.total().hitCount() <= ranked.size();
        String widened = params.sort() == SearchParams.Sort.DATE || relaxed || phraseWords != null ? null
                : widenedBelow(text, plan, entries.size());
        if (widened != null && (!named.get().isEmpty() || queries.request.namesInitiative(text))) {
            widened = null; // a name: the items that share a word with it are unrelated ("Ostflankenwache")
        }
        // within a filter, only what the unfiltered search widens: a facet's count is then what its filter shows
        if (widened != null && filtered(params)
                && unfilteredEntries(session, params, upTo, text, structured, reader) >= FEW_TO_RELAX) {
            widened = null;
        }
        int exactEntries = entries.size();
        if (widened != null) {
            SearchResult<List<?>> more = widenedHits(queries, widened);
            List<SearchPage.Hit> below = more == null ? List.of() : hitsBelow(queries, ranked, more, widened);
            if (!below.isEmpty()) {
                ranked.addAll(below);
                entries = ResultEntries.fold(ranked, reader.getLanguage());
                complete = complete && more.total().isHitCountExact()
                        && more.total().hitCount() <= more.hits().size();
                notices.add(text.indexOf('"') >= 0 ? QueryText.Notice.PHRASE_WORDS_BELOW
                        : QueryText.Notice.SOME_WORDS_BELOW);
            }
        }
        int from = (int) Math.min(entries.size(), (long) params.page() * params.size());
        int to = Math.min(entries.size(), from + params.size());
        // the entries the query found are marked with its words (a phrase as a phrase); those below, with the words
        // they were found by, which they have apart
        int split = Math.max(from, Math.min(to, exactEntries));
        String marked = text;
        String markedBelow = widened == null ? text : widened;
        List<SearchPage.Hit> exactPart = entries.subList(from, split);
        List<SearchPage.Hit> belowPart = entries.subList(split, to);
        // the translations each part's window asked: a relaxed window and the one below also go through English
        boolean exactRelaxed = relaxed;
        List<SearchPage.Hit> withSnippets = timings.time(SearchTimings.Phase.SNIPPETS, () -> {
            List<SearchPage.Hit> shown = new ArrayList<>(
                    snippets.withSnippets(exactPart, marked, queries.request.translations(marked, exactRelaxed)));
            if (!belowPart.isEmpty()) {
                shown.addAll(snippets.withSnippets(belowPart, markedBelow,
                        queries.request.translations(markedBelow, true)));
            }
            return shown;
        });
        return new SearchPage(entries.size(), complete, withSnippets,
                ResultEntries.facets(entries), List.copyOf(notices), text, params.page(), params.size(),
                correction.suggestion(), exactEntries);
    }

    private static boolean filtered(SearchParams params) {
        return params.lang() != null || params.type() != null || params.from() != null || params.to() != null;
    }

    /**
     * How many entries the words have without the reader's filters: asked only when a filtered search would widen,
     * so that a facet's count, which the unfiltered search gave, is the total its filter shows.
     */
    private long unfilteredEntries(SearchSession session, SearchParams params, Instant upTo, String text,
            boolean structured, Locale reader) {
        SearchParams unfiltered = new SearchParams(params.query(), null, null, null, null, params.sort(),
                params.page(), params.size());
        TimedQueries all = new TimedQueries(indexQueries.open(session, unfiltered, upTo));
        SearchResult<List<?>> result;
        try {
            result = all.run(text, structured, false);
        } catch (SearchException | IndexSearcher.TooManyClauses e) {
            return FEW_TO_RELAX; // unknown: not widened, the filtered page shows what the query found
        }
        if (result.total().hitCountLowerBound() < FEW_TO_RELAX) {
            return result.total().hitCountLowerBound(); // fewer hits than that: fewer entries too
        }
        List<HitRows.Found> fromIndex = result.hits().stream().map(IndexQueries::found).toList();
        return ResultEntries.fold(timings.time(SearchTimings.Phase.ROWS, () -> hitRows.of(fromIndex)),
                reader.getLanguage()).size();
    }

    /**
     * The hits of the words below the entries, or null when their query fails (past the clause limit even asked
     * smaller): the widening is optional, the entries the query found are answer enough. Its window is the same for
     * every page ({@link IndexQueries#WINDOW}): the hits below are reordered by their bonuses, and a window that grew
     * with the page moved entries from one page to another.
     */
    private SearchResult<List<?>> widenedHits(TimedQueries queries, String widened) {
        try {
            return queries.runBelow(widened);
        } catch (SearchException | IndexSearcher.TooManyClauses e) {
            log.debug("Widened query '{}' failed, the entries found are shown alone: {}", widened, e.getMessage());
            return null;
        }
    }

    /**
     * Below how many hits with enough of the words a query's items with any of them are added: a query of one word or
     * one compound only when nothing has it, of more than two when fewer than {@link #FEW_TO_RELAX}, of two words when
     * fewer than {@link #FEW_TO_RELAX_TWO} items have both, and of two units one of which is a date or a person's name
     * only when nothing has both: the missing translation that widening makes up for is a word's, while an item of
     * that period or naming that person without the word is unrelated.
     */
    static int fewToRelax(int units, BooleanSupplier onlyWords) {
        // whether the two units are only words is asked for two units only: it looks up the people the query names
        return units <= 1 ? 1 : units > 2 ? FEW_TO_RELAX : onlyWords.getAsBoolean() ? FEW_TO_RELAX_TWO : 1;
    }

    /**
     * What to search below the entries of a query that fewer than {@link #FEW_TO_RELAX} entries answer, or null: the
     * words of its quoted phrases, or its own words, read as any one of its words or a compound's parts (with their
     * translations). A phrase or a compound is said otherwise in most texts, in the other languages ("ración de
     * combate" / "Tagesrationen", "racje żywnościowe") and in its own (a verb, a genitive: "Verfahren der
     * Sicherheitsüberprüfung"); two words that a few items have both of are often one word and a related one in the
     * others ("untersagte Übernahmen" / "blocca la vendita"). Those items come below every entry the query found
     * ({@link #hitsBelow}), whose order stays. Not for a query with a date (an item of that period without the words
     * is unrelated), nor for a person's or an initiative's name (the caller checks), nor with required or excluded
     * words or alternatives (the reader said what must be there), nor for one word that is no compound (it has
     * nothing to widen to).
     */
    static String widenedBelow(String text, QueryPlan plan, int entries) {
        if (entries >= FEW_TO_RELAX || text.isEmpty() || plan == null || !plan.dates().isEmpty()
                || plan.grouped()) {
            return null;
        }
        String words;
        if (text.indexOf('"') >= 0) {
            words = QueryText.phrasesAsWords(text);
        } else {
            boolean plain = plan.relaxable() && plan.required().isEmpty() && plan.excluded().isEmpty()
                    && plan.counted().stream().noneMatch(u -> u.contains("|"));
            words = plain ? text : null;
        }
        return words == null || words.isBlank() || !worthWidening(QueryPlan.of(words)) ? null : words;
    }

    /**
     * Whether the words searched below are worth any one of them: not when they have a date (a quoted "Prinsjesdag
     * 2026" is a word of the phrase, but as a unit of its own it matches every item of the year) nor when they are
     * nothing but stop words ({@code "to be or not to be"}: any one of them is in every text of the language).
     */
    private static boolean worthWidening(QueryPlan words) {
        if (words.grouped() || !words.dates().isEmpty() || words.counted().isEmpty()) {
            return false;
        }
        List<String> stop = StopWords.of(words.counted());
        return !stop.containsAll(words.counted());
    }

    /**
     * The hits of {@code more} that {@code ranked} has not, ranked by their bonuses ({@code relaxed}: the items with
     * more of the words first) and scored below the last of {@code ranked}, in that order.
     */
    private List<SearchPage.Hit> hitsBelow(TimedQueries queries, List<SearchPage.Hit> ranked,
            SearchResult<List<?>> more, String words) {
        Set<String> have = new HashSet<>();
        Set<String> entries = new HashSet<>();
        ranked.forEach(h -> {
            have.add(h.type() + ":" + h.id());
            entries.add(ResultEntries.entryKey(h));
        });
        List<HitRows.Found> fresh = more.hits().stream().map(IndexQueries::found)
                .filter(h -> !have.contains(h.type() + ":" + h.id())).toList();
        if (fresh.isEmpty()) {
            return List.of();
        }
        // an item the query found already keeps what it shows: no statement or version of it found only by a word
        // comes under it
        List<SearchPage.Hit> rows = new ArrayList<>(timings.time(SearchTimings.Phase.ROWS, () -> hitRows.of(fresh))
                .stream().filter(h -> !entries.contains(ResultEntries.entryKey(h))).toList());
        if (rows.isEmpty()) {
            return List.of();
        }
        List<SearchPage.Hit> below = new ArrayList<>(timings.time(SearchTimings.Phase.BONUS,
                () -> queries.request.withBonuses(rows, words, true)));
        below.sort(BY_RELEVANCE);
        double floor = ranked.stream().mapToDouble(SearchPage.Hit::score).filter(s -> !Double.isNaN(s)).min()
                .orElse(0);
        double top = below.stream().mapToDouble(SearchPage.Hit::score).filter(s -> !Double.isNaN(s) && s > 0).max()
                .orElse(1);
        // in their own order, between half a point and a point below the last hit of the query
        List<SearchPage.Hit> scored = new ArrayList<>(below.size());
        for (SearchPage.Hit h : below) {
            double share = Double.isNaN(h.score()) ? 0 : Math.max(0, Math.min(1, h.score() / top));
            scored.add(h.withScore((float) (floor - 1 + share / 2)));
        }
        return scored;
    }

    /**
     * The hits of a correction of a query that found nothing: any hit, and the correction is shown, so its window is
     * asked at once (and kept in {@code kept}) instead of a count followed by the same window.
     */
    private static long suggestedWindow(TimedQueries queries, String suggestion, boolean structured,
            List<SearchResult<List<?>>> kept) {
        try {
            SearchResult<List<?>> window = queries.run(suggestion, structured, false);
            kept.add(window);
            return window.total().hitCountLowerBound();
        } catch (SearchException | IndexSearcher.TooManyClauses e) {
            // a query the window cannot ask even smaller, or not parsed: the count's answer (0), as before
            return queries.request.count(suggestion, structured);
        }
    }

    /** The window queries of one search, timed ({@link SearchTimings.Phase#WINDOW}). */
    private final class TimedQueries {

        private final IndexQueries.Request request;

        private TimedQueries(IndexQueries.Request request) {
            this.request = request;
        }

        SearchResult<List<?>> run(String text, boolean structured, boolean relaxed) {
            return timings.time(SearchTimings.Phase.WINDOW, () -> request.run(text, structured, relaxed));
        }

        SearchResult<List<?>> runBelow(String words) {
            return timings.time(SearchTimings.Phase.WINDOW, () -> request.runBelow(words));
        }
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
