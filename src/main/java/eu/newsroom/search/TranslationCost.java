package eu.newsroom.search;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.search.internal.LanguageAnalyzers;
import eu.newsroom.search.internal.SearchFields;
import eu.newsroom.statement.Statement;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A cap on what a query word's translations cost its index query (issue 22, round 6). A word is searched with its
 * learned translations, country names, cognates and dictionary translations ({@link IndexQueries}), each a clause on
 * its language's field. For a word of the newsroom's own vocabulary ("Verteidigung", "sécurité") several of them are
 * terms that most items of their language hold ("defence", "défense", "obrona"): each is one more long posting list
 * the index walks for every search, and the window could not skip any of them (block-max WAND skips a clause only
 * once the window's last hit scores more than the clause can add).
 * <p>
 * Such a translation is left out when it can hardly change the window: the word itself is held by at least
 * {@link #minOwn} documents (the window's size: its own matches fill the window, and they score above matches through
 * a translation, which weigh {@link Matching#TRANSLATION_BOOST} times the translation's weight), and the translation
 * is <em>common</em>, held by more than {@link #maxShare} of its field's documents (BM25's idf of a term in a tenth
 * of the documents is a third of a rare term's). The rarer translations of the same word, and every translation of a
 * word with fewer matches of its own, are kept; so are all of them where the window is not the best by score, or
 * where it is taken from a part of the index (a type, a period), and whenever the question is whether an item matches
 * at all (alerts). Document frequencies are read from the index and kept for
 * {@link #REFRESH}; in cluster mode (OpenSearch) nothing is left out.
 */
@Component
class TranslationCost {

    private static final Logger log = LoggerFactory.getLogger(TranslationCost.class);

    /** Document frequencies are read from the index again after this long: they move slowly with the content. */
    static final Duration REFRESH = Duration.ofMinutes(10);
    private static final int MAX_CACHED = 50_000;

    private final EntityManagerFactory entityManagerFactory;
    private final Clock clock;
    private final double maxShare;
    private final int minOwn;
    /** "field|term" → its document frequency and the documents with that field. */
    private final Map<String, int[]> frequencies = new ConcurrentHashMap<>();
    private volatile Instant readAt = Instant.MIN;
    private volatile Boolean lucene;

    TranslationCost(EntityManagerFactory entityManagerFactory, Clock clock,
            @Value("${newsroom.search.common-translation-share:0.1}") double maxShare,
            @Value("${newsroom.search.common-translation-min-own:" + IndexQueries.WINDOW + "}") int minOwn) {
        this.entityManagerFactory = entityManagerFactory;
        this.clock = clock;
        this.maxShare = maxShare;
        this.minOwn = minOwn;
    }

    /**
     * The translations a query word is searched with in the window of a search with these parameters: without the
     * common ones when its own matches fill the window. All of them when the search's window is not the best by score
     * (newest first), or is taken from a part of the index the document frequencies do not describe (a type or a
     * period); with a language filter, only the word's matches in that language count as its own. Null parameters
     * (whether one item matches, for alerts): all of them.
     */
    List<TranslationLexicon.Translation> affordable(String word, List<TranslationLexicon.Translation> translations,
            SearchParams params) {
        if (translations.isEmpty() || maxShare >= 1 || params == null || params.sort() == SearchParams.Sort.DATE
                || params.type() != null || params.from() != null || params.to() != null || !onLucene()) {
            return translations;
        }
        List<String> languages = params.lang() == null ? SearchFields.LANGUAGES : SearchFields.LANGUAGES.stream()
                .filter(l -> SearchFields.textFieldFor(params.lang()).equals(SearchFields.TEXT_PREFIX + l)).toList();
        List<String[]> own = new ArrayList<>();
        for (String language : languages) {
            String field = SearchFields.TEXT_PREFIX + language;
            String parts = SearchFields.partsFieldFor(field); // a part of compounds is a match of its own too
            for (String term : LanguageAnalyzers.terms(language, word)) {
                own.add(new String[] {field, term});
                if (parts != null) {
                    own.add(new String[] {parts, term});
                }
            }
        }
        List<String[]> asked = new ArrayList<>(own);
        translations.forEach(t -> asked.add(new String[] {t.field(), t.term()}));
        Map<String, int[]> known = frequencies(asked);
        if (known.isEmpty()) {
            return translations;
        }
        int ownMatches = own.stream().mapToInt(t -> known.getOrDefault(key(t[0], t[1]), new int[2])[0]).max()
                .orElse(0);
        List<TranslationLexicon.Translation> kept = affordable(translations, ownMatches, t -> {
            int[] f = known.getOrDefault(key(t.field(), t.term()), new int[2]);
            return f[1] == 0 ? 0 : (double) f[0] / f[1];
        }, maxShare, minOwn);
        if (kept.size() < translations.size() && log.isDebugEnabled()) {
            log.debug("'{}' ({} matches of its own): {} of {} translations left out as common", word, ownMatches,
                    translations.size() - kept.size(), translations.size());
        }
        return kept;
    }

    /**
     * The translations kept: all when the word's own matches are fewer than {@code minOwn}, else those held by at most
     * {@code maxShare} of their field's documents; in their order.
     */
    static List<TranslationLexicon.Translation> affordable(List<TranslationLexicon.Translation> translations,
            int ownMatches, ToDoubleFunction<TranslationLexicon.Translation> share, double maxShare, int minOwn) {
        if (ownMatches < minOwn) {
            return translations;
        }
        return translations.stream().filter(t -> share.applyAsDouble(t) <= maxShare).toList();
    }

    /** Document frequencies (and documents with the field) of these field–term pairs; empty when unreadable. */
    private Map<String, int[]> frequencies(List<String[]> terms) {
        Instant now = clock.instant();
        if (readAt.plus(REFRESH).isBefore(now) || frequencies.size() > MAX_CACHED) {
            frequencies.clear();
            readAt = now;
        }
        List<String[]> missing = terms.stream().filter(t -> !frequencies.containsKey(key(t[0], t[1]))).toList();
        if (missing.isEmpty()) {
            return frequencies;
        }
        try (IndexReader reader = Search.mapping(entityManagerFactory)
                .scope(List.of(Briefing.class, Statement.class, Initiative.class))
                .extension(LuceneExtension.get()).openIndexReader()) {
            Map<String, Integer> withField = new java.util.HashMap<>();
            for (String[] t : missing) {
                Integer documents = withField.get(t[0]);
                if (documents == null) {
                    documents = reader.getDocCount(t[0]);
                    withField.put(t[0], documents);
                }
                frequencies.put(key(t[0], t[1]), new int[] {reader.docFreq(new Term(t[0], t[1])), documents});
            }
        } catch (IOException | RuntimeException e) {
            return Map.of(); // nothing left out rather than a failed search
        }
        return frequencies;
    }

    private static String key(String field, String term) {
        return field + "|" + term;
    }

    private boolean onLucene() {
        if (lucene == null) {
            lucene = Search.mapping(entityManagerFactory).backend() instanceof LuceneBackend;
        }
        return lucene;
    }
}
