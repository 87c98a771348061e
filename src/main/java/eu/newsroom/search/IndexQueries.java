package eu.newsroom.search;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.search.internal.SearchFields;
import eu.newsroom.statement.Statement;
import eu.newsroom.visibility.Visibility;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchQuery;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Building the index queries of a search: the reader's words ({@link Matching}) among the items visible to them,
 * within their filters, as the window of best hits, a count, or the bonus pass over the window. A search asks them
 * through one {@link Request}, which reads the briefings hidden from its reader once.
 */
@Component
class IndexQueries {

    private static final Logger log = LoggerFactory.getLogger(IndexQueries.class);

    private static final Map<Class<?>, String> TYPE_OF_ENTITY = Map.of(Briefing.class, "briefing",
            Statement.class, "statement", Initiative.class, "initiative");

    /**
     * The best hits folded into entries: enough for the requested page several times over (an entry holds several
     * hits: versions, statements). Hits are counted exactly up to as many; past that the collector may skip documents
     * that cannot reach the window (block-max WAND when the order is by relevance), and the page says "at least". The
     * window's hits are type, id and score from doc values; what they show is read from the database ({@link HitRows}).
     */
    static final int WINDOW = 300;
    private static final int MAX_WINDOW = 10_000;

    private final EntityManagerFactory entityManagerFactory;
    private final Speakers speakers;
    private final TranslationLexicon lexicon;
    private final HiddenBriefings hiddenBriefings;
    private final Cognates cognates;
    private final Dictionaries dictionaries;
    private volatile Boolean onOpenSearch;
    /** Bonus passes sent to the index: tests check that words with no bonus to earn send none. */
    private final LongAdder bonusPasses = new LongAdder();
    private final LongAdder bonusPassesTooLarge = new LongAdder();
    /** Window, count or relaxed queries past the clause limit, asked again smaller. */
    private final LongAdder queriesTooLarge = new LongAdder();
    /** Query words looked up in the translation sources: once per word and search ({@link Request#translator}). */
    private final LongAdder translationLookups = new LongAdder();

    IndexQueries(EntityManagerFactory entityManagerFactory, Speakers speakers, TranslationLexicon lexicon,
            HiddenBriefings hiddenBriefings, Cognates cognates, Dictionaries dictionaries) {
        this.entityManagerFactory = entityManagerFactory;
        this.cognates = cognates;
        this.dictionaries = dictionaries;
        this.speakers = speakers;
        this.lexicon = lexicon;
        this.hiddenBriefings = hiddenBriefings;
    }

    /** The queries of one search, for a reader whose embargoes are lifted up to {@code upTo}. */
    Request open(SearchSession session, SearchParams params, Instant upTo) {
        return new Request(session, params, upTo, hiddenBriefings.at(upTo));
    }

    /** The people the query names ({@link Speakers}). */
    List<String> named(String text) {
        return speakers.named(text);
    }

    /**
     * Whether a briefing, or one of its statements, matches a search as the index holds it now, for a reader who
     * sees it from {@code visibleAt}; drafts and withdrawn items never match.
     */
    boolean briefingMatches(SearchSession session, SearchParams params, long briefingId, Instant visibleAt) {
        QueryText query = params.query();
        try {
            return session.search(List.of(Briefing.class, Statement.class))
                    .where(f -> f.and(visibleMatching(f, params, query.text(), query.structured(), false,
                            visibleAt, List.of(), Translations.capped(new Translator(query.text()),
                                    Matching.WINDOW_TRANSLATIONS, true)),
                            f.match().field(SearchFields.BRIEFING_ID).matching(briefingId)))
                    .fetchTotalHitCount() > 0;
        } catch (SearchException | IndexSearcher.TooManyClauses e) {
            return false;
        }
    }

    /** One search's questions to the index: its session, filters, reader's instant and hidden briefings. */
    final class Request {

        private final SearchSession session;
        private final SearchParams params;
        private final Instant upTo;
        private final List<Long> hidden;
        /**
         * The translations of the query's words, looked up once per search and shared by the window, the count, the
         * relaxed and the bonus queries: looked up per query, every word was looked up again each time, and a source
         * rebuilt between two of them (the dictionaries, the lexicon) could give the window and the bonus pass of one
         * search different translations.
         */
        private final Map<String, Translator> translators = new HashMap<>();
        /** 0, or how many times a query of this search was past the clause limit ({@link #smallerAfter}). */
        private int smaller;

        private Request(SearchSession session, SearchParams params, Instant upTo, List<Long> hidden) {
            this.session = session;
            this.params = params;
            this.upTo = upTo;
            this.hidden = hidden;
        }

        /** The bonuses of the window's hits ({@code type:id} → bonus), with {@code perField} translations a unit. */
        private Map<String, Float> bonusPass(Map<String, List<Long>> idsByType, String text, boolean relaxed, int size,
                int perField) {
            var scope = session.search(List.of(Briefing.class, Statement.class, Initiative.class));
            Function<SearchPredicateFactory, PredicateFinalStep> where = f -> f.bool()
                    .must(Matching.bonuses(f, text, relaxed, translator(text).withSecondStep(), perField)).filter(f.bool(inWindow ->
                            idsByType.forEach((type, ids) -> inWindow.should(f.and(
                                    f.match().field(SearchFields.TYPE).matching(type), f.id().matchingAny(ids))))));
            SearchQueryOptionsStep<?, ?, List<?>, ?, ?, ?> query = onOpenSearch()
                    ? scope.extension(ElasticsearchExtension.get()).select(IndexQueries::scoreProjection)
                            .where(f -> where.apply(f))
                            .requestTransformer(request -> request.parametersMap()
                                    .put("search_type", "dfs_query_then_fetch"))
                    : scope.select(IndexQueries::scoreProjection).where(f -> where.apply(f));
            Map<String, Float> bonus = new HashMap<>();
            query.fetchHits(size).forEach(row -> {
                HitRows.Found found = found(row);
                bonus.put(found.type() + ":" + found.id(), found.score());
            });
            return bonus;
        }

        /** The translations of this text's words, shared by every query of the search that asks them. */
        Translator translator(String text) {
            return translators.computeIfAbsent(text, Translator::new);
        }

        /**
         * The translations the window, the count and the relaxed query use: the surest {@link Matching#WINDOW_TRANSLATIONS}
         * of a word per field; after a query of this search was past the clause limit ({@link #smaller}), one and no
         * phrase translations, then none.
         */
        Translations translations(String text) {
            return translations(text, false);
        }

        /**
         * The same for the strict or the relaxed window: a translation through English ({@link Translator#withSecondStep})
         * counts only where any one word is enough, never towards "enough of the words", whose count decides whether
         * the search is relaxed (more items with enough, through less sure translations, stopped the relaxation and
         * pushed out the item that has fewer of the words as typed).
         */
        Translations translations(String text, boolean relaxed) {
            // one word relaxed is a compound searched by its parts: a part's translation through English is a guess
            // of a guess, and brought items of other subjects ("Weißbuch", "faciliteit"); the word typed twice is one
            Translations all = relaxed && !text.isEmpty() && QueryPlan.of(text).distinctUnits() > 1
                    ? translator(text).withSecondStep() : translator(text);
            return switch (smaller) {
                case 0 -> Translations.capped(all, Matching.WINDOW_TRANSLATIONS, true);
                case 1 -> Translations.capped(all, 1, false);
                default -> Translations.capped(all, 0, false);
            };
        }

        /** The window of best hits for these words (all of them, or any when {@code relaxed}). */
        SearchResult<List<?>> run(String text, boolean structured, boolean relaxed) {
            return run(text, structured, relaxed, window(params));
        }

        /**
         * The window of the words searched below the entries of a query that few entries answer (any one of them):
         * {@link #WINDOW} hits whichever the page, since they are reordered by their bonuses after the index's order,
         * and a window that grew with the page gave each page another order (an entry on two pages, another on
         * none). Past it the total says "at least".
         */
        SearchResult<List<?>> runBelow(String words) {
            return run(words, false, true, WINDOW);
        }

        private SearchResult<List<?>> run(String text, boolean structured, boolean relaxed, int window) {
            while (true) {
                try {
                    return windowQuery(text, structured, relaxed, window).fetch(0, window);
                } catch (RuntimeException e) {
                    if (!smallerAfter(e)) {
                        throw e;
                    }
                }
            }
        }

        /**
         * Whether a query failed for passing the clause limit (1 024; Lucene's {@link IndexSearcher.TooManyClauses}, which
         * reached the reader as a 500, or OpenSearch's 400, a {@link SearchException}) and can be asked smaller: then this
         * search's queries are asked with fewer translations from now on ({@link #translations}), so that both backends
         * answer alike.
         */
        private boolean smallerAfter(RuntimeException e) {
            if (smaller >= 2 || !tooManyClauses(e)) {
                return false;
            }
            smaller++;
            queriesTooLarge.increment();
            log.debug("Query past the clause limit, asked again smaller ({}): {}", smaller, e.getMessage());
            return true;
        }

        /**
         * The query of {@link #run}, not yet sent: the raw Lucene baseline asks the index the same (issue 22,
         * {@link WindowQueryExport}).
         */
        SearchQuery<List<?>> windowQuery(String text, boolean structured, boolean relaxed) {
            return windowQuery(text, structured, relaxed, window(params));
        }

        private SearchQuery<List<?>> windowQuery(String text, boolean structured, boolean relaxed, int window) {
            var scope = session.search(List.of(Briefing.class, Statement.class, Initiative.class));
            SearchQueryOptionsStep<?, ?, List<?>, ?, ?, ?> matching = onOpenSearch()
                    // term statistics over all three indexes, as the Lucene backend scores (one reader over them):
                    // OpenSearch's default scores each index by its own statistics
                    ? scope.extension(ElasticsearchExtension.get()).select(IndexQueries::scoreProjection)
                            .where(f -> windowPredicate(f, text, structured, relaxed))
                            .requestTransformer(request -> request.parametersMap()
                                    .put("search_type", "dfs_query_then_fetch"))
                    : scope.select(IndexQueries::scoreProjection)
                            .where(f -> windowPredicate(f, text, structured, relaxed));
            if (params.sort() == SearchParams.Sort.DATE) {
                // newest first: the date's doc values let the collector skip older documents once the window is full
                matching = matching.sort(f -> f.field(SearchFields.DATE).desc().then().score().then()
                        .field(SearchFields.KEY));
            }
            // by relevance: no sort at all, so that the index ranks by score alone and may skip documents whose best
            // possible score cannot enter the window; ties are ordered by the search (SearchService.BY_RELEVANCE)
            return matching.totalHitCountThreshold(window).toQuery();
        }

        /**
         * What the window asks for these words (all of them, or any when {@code relaxed}), as a predicate: the one
         * question of the window ({@link #windowQuery}), the count ({@link #count}) and the correction's count, which
         * stops past its limit ({@link CorrectionCounts}).
         */
        PredicateFinalStep windowPredicate(SearchPredicateFactory f, String text, boolean structured, boolean relaxed) {
            return visibleMatching(f, params, text, structured, relaxed, upTo, hidden, translations(text, relaxed));
        }

        /**
         * Whether the query is the whole name or an alias of an initiative ({@link QueryText#asName}), as the index's
         * names of initiatives have it: a name, not words, whose items a search does not widen to those sharing a
         * word with it. Only among the items this reader may see: an initiative not yet public (or named only by a
         * draft, an embargoed or a hidden briefing) would otherwise change the results and so tell that it exists.
         */
        boolean namesInitiative(String text) {
            String name = QueryText.asName(text);
            return name != null && session.search(List.of(Briefing.class, Statement.class, Initiative.class))
                    .where(f -> f.bool(b -> {
                        b.must(f.match().field(SearchFields.INITIATIVES).matching(name));
                        visibleTo(f, b, upTo, hidden);
                    }))
                    .fetchTotalHitCount() > 0;
        }

        /** How many hits a query has, counted exactly up to the window, or 0 when the query cannot be parsed. */
        long count(String text, boolean structured) {
            while (true) {
                try {
                    return session.search(List.of(Briefing.class, Statement.class, Initiative.class))
                            .where(f -> windowPredicate(f, text, structured, false))
                            .totalHitCountThreshold(window(params))
                            .fetch(0).total().hitCountLowerBound();
                } catch (SearchException | IndexSearcher.TooManyClauses e) {
                    if (!smallerAfter(e)) {
                        return 0;
                    }
                }
            }
        }

        /**
         * The hits with the scores of {@link Matching#bonuses} added: one query restricted to the hits of the window
         * (by type and id), so that the costly clauses are scored for these documents only, not for every match.
         */
        List<SearchPage.Hit> withBonuses(List<SearchPage.Hit> hits, String text, boolean relaxed) {
            // one word, one phrase, required words only: no bonus to add, so no query (it was a match-none query)
            if (hits.isEmpty() || !Matching.hasBonuses(text, relaxed)) {
                return hits;
            }
            bonusPasses.increment();
            Map<String, List<Long>> idsByType = new LinkedHashMap<>();
            hits.forEach(h -> idsByType.computeIfAbsent(h.type(), k -> new ArrayList<>()).add(h.id()));
            Map<String, Float> bonus = new HashMap<>();
            // a long query's bonus clauses (each word, its translations, in every field) can pass Lucene's or
            // OpenSearch's clause limit (1 024): asked again with one translation a unit and field, then none; when
            // even that is too large, the window has answered the search, and its order stands
            for (int perField : new int[] {Matching.BONUS_TRANSLATIONS, 1, 0}) {
                try {
                    bonus.putAll(bonusPass(idsByType, text, relaxed, hits.size(), perField));
                    break;
                } catch (SearchException | IndexSearcher.TooManyClauses e) {
                    log.debug("Bonus pass too large with {} translations a unit and field: {}", perField,
                            e.getMessage());
                    if (perField == 0) {
                        bonusPassesTooLarge.increment();
                        return hits;
                    }
                }
            }
            if (bonus.isEmpty()) {
                return hits;
            }
            return new ArrayList<>(hits.stream().map(h -> {
                Float more = bonus.get(h.type() + ":" + h.id());
                return more == null || more.isNaN() ? h : h.withScore(h.score() + more);
            }).toList());
        }
    }

    /**
     * The languages a query is written in: those its stop words say ({@link StopWords#languagesOf}), or Polish when
     * they say none and a word has a letter only Polish writes ("wyrzutni nadbrzeżnych"); empty when nothing tells.
     */
    static Set<String> languagesOfQuery(String text) {
        if (text.isEmpty()) {
            return Set.of();
        }
        List<String> words = QueryPlan.of(text).sequence();
        Set<String> told = StopWords.languagesOf(words);
        return told.isEmpty() && words.stream().anyMatch(Dictionaries::hasPolishLetters) ? Set.of("pl") : told;
    }

    /**
     * A query's words with their translations, each looked up once: the query is read as a text of the languages its
     * stop words say ({@link StopWords#languagesOf}).
     */
    final class Translator implements Translations {

        private final Set<String> from;
        private final Map<String, List<TranslationLexicon.Translation>> words = new HashMap<>();
        private final Map<String, List<TranslationLexicon.Translation>> sure = new HashMap<>();
        private final Map<String, List<TranslationLexicon.Translation>> direct = new HashMap<>();
        private final Map<String, List<TranslationLexicon.Translation>> secondStep = new HashMap<>();

        Translator(String text) {
            this.from = languagesOfQuery(text);
        }

        @Override
        public List<TranslationLexicon.Translation> of(String word) {
            List<TranslationLexicon.Translation> found = words.get(word);
            if (found == null) {
                translationLookups.increment();
                found = translations(word, from);
                words.put(word, found);
            }
            return found;
        }

        @Override
        public List<TranslationLexicon.Translation> sure(String word) {
            return sure.computeIfAbsent(word, w -> sureTranslations(w, from));
        }

        @Override
        public List<TranslationLexicon.Translation> sure(String word, Set<String> languages) {
            if (languages.isEmpty() || languages.equals(from)) {
                return sure(word);
            }
            return sure.computeIfAbsent(String.join(",", new java.util.TreeSet<>(languages)) + "|" + word,
                    k -> sureTranslations(word, languages));
        }

        @Override
        public List<TranslationLexicon.Translation> direct(String word) {
            return direct.computeIfAbsent(word, w -> directTranslations(w, from));
        }

        @Override
        public String surface(String language, String term) {
            return dictionaries.surface(language, term);
        }

        /**
         * A word's translations through its English ones into the languages its own do not reach
         * ({@link Dictionaries#throughEnglish}), from the translations of the word itself.
         */
        List<TranslationLexicon.Translation> throughEnglish(String word) {
            return secondStep.computeIfAbsent(word, w -> w.indexOf(' ') >= 0 ? List.of()
                    : dictionaries.throughEnglish(w, from, lexicon.languagesOf(w), direct(w)));
        }

        /** These translations with those through English added ({@link #throughEnglish}), the best weight per term. */
        Translations withSecondStep() {
            Translator words = this;
            return new Translations() {
                @Override
                public List<TranslationLexicon.Translation> of(String word) {
                    List<TranslationLexicon.Translation> more = words.throughEnglish(word);
                    return more.isEmpty() ? words.of(word) : bestPerTerm(words.of(word), more);
                }

                @Override
                public List<TranslationLexicon.Translation> sure(String word) {
                    return words.sure(word);
                }

                @Override
                public List<TranslationLexicon.Translation> sure(String word, Set<String> languages) {
                    return words.sure(word, languages);
                }

                @Override
                public List<TranslationLexicon.Translation> direct(String word) {
                    return words.direct(word);
                }

                @Override
                public String surface(String language, String term) {
                    return words.surface(language, term);
                }

                @Override
                public Set<String> languagesOf(List<String> list) {
                    return words.languagesOf(list);
                }
            };
        }

        @Override
        public Set<String> languagesOf(List<String> words) {
            Set<String> common = null;
            for (String word : words) {
                Set<String> of = new java.util.HashSet<>(dictionaries.languagesOf(word));
                of.addAll(lexicon.languagesOf(word));
                if (of.isEmpty()) {
                    continue; // a name, or a word no source knows: it tells no language
                }
                if (common == null) {
                    common = of;
                } else {
                    common.retainAll(of);
                }
            }
            return common == null ? Set.of() : Set.copyOf(common);
        }
    }

    /**
     * Which document, and its score: the entity's type and id come from the index's doc values, no stored field is
     * read (what a hit shows is read by {@link HitRows}).
     */
    private static ProjectionFinalStep<List<?>> scoreProjection(SearchProjectionFactory<?, ?> f) {
        return f.composite().from(f.entityReference(), f.score()).asList();
    }

    /** A row of {@link #scoreProjection} as a found hit. */
    static HitRows.Found found(List<?> row) {
        EntityReference reference = (EntityReference) row.get(0);
        Float score = (Float) row.get(1);
        return new HitRows.Found(TYPE_OF_ENTITY.get(reference.type()), ((Number) reference.id()).longValue(),
                score == null ? Float.NaN : score);
    }

    /** Whether a failure, or one of its causes, is a query past the clause limit of Lucene or OpenSearch. */
    static boolean tooManyClauses(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            if (cause instanceof IndexSearcher.TooManyClauses || message.contains("too_many_clauses")
                    || message.contains("too_many_nested_clauses") || message.contains("maxClauseCount")) {
                return true;
            }
        }
        return false;
    }

    /** How many window, count or relaxed queries were past the clause limit since start. */
    long queriesTooLarge() {
        return queriesTooLarge.sum();
    }

    /** How many query words were looked up in the translation sources since start. */
    long translationLookups() {
        return translationLookups.sum();
    }

    /** How many bonus passes were sent since start. */
    long bonusPassesTooLarge() {
        return bonusPassesTooLarge.sum();
    }

    long bonusPasses() {
        return bonusPasses.sum();
    }

    private static int window(SearchParams params) {
        return (int) Math.min(MAX_WINDOW, Math.max(WINDOW, (long) (params.page() + 1) * params.size() * 5));
    }

    /** Cluster mode: the backend is OpenSearch (application-cluster.yaml), not the embedded Lucene index. */
    private boolean onOpenSearch() {
        if (onOpenSearch == null) {
            onOpenSearch = Search.mapping(entityManagerFactory).backend() instanceof ElasticsearchBackend;
        }
        return onOpenSearch;
    }

    /** The reader's words ({@link Matching}) among the items public at this instant, within the reader's filters. */
    private PredicateFinalStep visibleMatching(SearchPredicateFactory f, SearchParams params, String text,
            boolean structured, boolean relaxed, Instant now, List<Long> hiddenBriefings, Translations translations) {
        return f.bool(b -> {
            // the query's words are translated from the language its stop words say it is in, if they say
            b.must(Matching.of(f, text, structured, relaxed, text.isEmpty() ? List.of() : speakers.named(text),
                    translations));
            visibleTo(f, b, now, hiddenBriefings);
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

    /**
     * Visibility: published, past any embargo (checked now, so no reindexing is needed when an embargo passes), and
     * the briefing public in the database right now (see docs/search.md).
     */
    private static void visibleTo(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> b, Instant now,
            List<Long> hiddenBriefings) {
        b.filter(visible(f, now));
        if (!hiddenBriefings.isEmpty()) {
            b.filter(f.not(f.terms().field(SearchFields.BRIEFING_ID).matchingAny(hiddenBriefings)));
        }
    }

    /**
     * A query word's learned translations ({@link TranslationLexicon}) and, when it names a country, the country's names
     * in the other languages ({@link CountryNames}); for a word neither knows, the spelling-alike words of the public
     * texts ({@link Cognates}); and its translations in the bilingual dictionaries ({@link Dictionaries}). The best
     * weight per term.
     */
    private List<TranslationLexicon.Translation> translations(String word, Set<String> from) {
        if (word.indexOf(' ') >= 0) {
            // two adjacent words of the query: a dictionary's entry of several words ("air defence"), or a country's
            // name ("Países Bajos")
            List<TranslationLexicon.Translation> names = CountryNames.translations(word);
            return names.isEmpty() ? dictionaries.translations(word, from)
                    : java.util.stream.Stream.concat(names.stream(), dictionaries.translations(word, from).stream())
                            .toList();
        }
        List<TranslationLexicon.Translation> learned = lexicon.translations(word, from);
        List<TranslationLexicon.Translation> names = new ArrayList<>(CountryNames.translations(word));
        names.addAll(Nationalities.translations(word, from));
        List<TranslationLexicon.Translation> alike = learned.isEmpty() && names.isEmpty() ? cognates.of(word)
                : List.of();
        return bestPerTerm(names, learned, alike, dictionaries.translations(word, from));
    }

    /**
     * The translations of a word a phrase may be said with in another language ({@link PhraseTranslations}): the learned
     * lexicon, the dictionaries and the names of countries and nationalities, never spelling-alike words (a cognate is a
     * guess, and a phrase of guesses finds what the reader did not say).
     */
    private List<TranslationLexicon.Translation> sureTranslations(String word, Set<String> from) {
        return bestPerTerm(CountryNames.translations(word), Nationalities.translations(word, from),
                lexicon.translations(word, from), dictionaries.translations(word, from));
    }

    /** The translations of the word itself ({@link Translations#direct}): no nationalities, no cognates. */
    private List<TranslationLexicon.Translation> directTranslations(String word, Set<String> from) {
        return bestPerTerm(CountryNames.translations(word), lexicon.translations(word, from),
                dictionaries.translations(word, from));
    }

    /** The translations of several sources, the best weight per term. */
    @SafeVarargs
    private static List<TranslationLexicon.Translation> bestPerTerm(List<TranslationLexicon.Translation>... sources) {
        Map<String, TranslationLexicon.Translation> best = new LinkedHashMap<>();
        java.util.stream.Stream.of(sources).flatMap(List::stream).forEach(t -> best.merge(t.field() + "|" + t.term(), t,
                (a, b) -> a.weight() >= b.weight() ? a : b));
        return List.copyOf(best.values());
    }

    /** The one visibility rule in the index's form (published, embargo or public_from lifted up to then). */
    private static SearchPredicate visible(SearchPredicateFactory f, Instant liftedUpTo) {
        return Visibility.searchFilter(f, SearchFields.PUBLISHED, SearchFields.EMBARGO_UNTIL, liftedUpTo);
    }
}
