package eu.newsroom.search;

import eu.newsroom.search.internal.LanguageAnalyzers;
import eu.newsroom.search.internal.SearchFields;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A weighted translation lexicon learned from the portal's own parallel texts (issue 17): the language versions of a
 * briefing (a translation group) say the same thing, so their titles, "in short" points, statements at the same
 * position and body paragraphs (when both versions have as many) are aligned units. Over the analysed terms of the
 * aligned units of each pair of languages, a term and its translation occur in the same units: their Dice
 * coefficient {@code 2·c(a,b) / (c(a) + c(b))} weighs the pair. A query word is expanded with the best translations
 * of its analysed form in every language, weighted by Dice, so an English query finds a German-only item.
 * <p>
 * Built in the background at start and again after content changed (at most every {@link #MIN_INTERVAL}, or 20 times
 * the last build's duration), never in a request; until a rebuild is done, the previous lexicon answers.
 */
@Component
class TranslationLexicon {

    /** One translation: the term in the text field of the language, and its weight (Dice, 0–1). */
    record Translation(String field, String term, float weight) {
    }

    private static final Logger log = LoggerFactory.getLogger(TranslationLexicon.class);

    /** A pair must occur together in at least this many aligned units. */
    static final int MIN_TOGETHER = 2;
    static final double MIN_DICE = 0.3;
    /** Translations kept per term and target language. */
    static final int PER_LANGUAGE = 2;
    /** Terms in more than this share of a language's units say nothing (articles, "EU"): not translated. */
    static final double MAX_UNIT_SHARE = 0.15;
    static final Duration MIN_INTERVAL = Duration.ofSeconds(30);
    /**
     * The lexicon is learned from the newest translation groups, at most this many (issue 22): Dice over a few
     * hundred aligned briefings is nearly as sure as over all of them for the words a query uses, and learning from every
     * group read every public text into memory (minutes of a core and gigabytes of heap at a million statements).
     */
    static final int MAX_GROUPS = 500;
    /** Units (a title, a point, a statement, a paragraph) with more distinct terms than this in a language are left out. */
    static final int MAX_UNIT_TERMS = 60;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BackgroundBuild builds = new BackgroundBuild("translation-lexicon");
    /** "lang|term" → its translations, best first. */
    private volatile Map<String, List<Translation>> lexicon = Map.of();
    private volatile boolean stale = true;
    private volatile Instant builtAt = Instant.MIN;

    TranslationLexicon(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildAtStartUp() {
        rebuildInBackground();
    }

    @PreDestroy
    void stop() {
        builds.stop();
    }

    /** Content changed: the next query after {@link #MIN_INTERVAL} starts a rebuild. */
    void contentChanged() {
        stale = true;
    }

    /**
     * Translations of one query word into the other languages: the word analysed as a word of each language, each
     * analysed form's translations; for a target field, the best weight wins.
     */
    List<Translation> translations(String word) {
        if (stale && builtAt.plus(MIN_INTERVAL).isBefore(clock.instant())) {
            rebuildInBackground();
        }
        Map<String, List<Translation>> current = lexicon;
        if (current.isEmpty()) {
            return List.of();
        }
        Map<String, Translation> best = new HashMap<>();
        for (String language : SearchFields.LANGUAGES) {
            List<String> terms = LanguageAnalyzers.terms(language, word);
            if (terms.size() != 1) {
                continue;
            }
            for (Translation t : current.getOrDefault(language + "|" + terms.get(0), List.of())) {
                best.merge(t.field() + "|" + t.term(), t, (a, b) -> a.weight() >= b.weight() ? a : b);
            }
        }
        return best.values().stream().sorted(Comparator.comparing(Translation::weight).reversed()
                .thenComparing(Translation::field).thenComparing(Translation::term)).toList();
    }

    /** Waits for a rebuild that reads the content as it is now (for tests and the relevance harness). */
    void awaitRebuild() {
        builds.current().join();
        if (stale) {
            rebuildInBackground();
            builds.current().join();
        }
    }

    private void rebuildInBackground() {
        builds.start(() -> {
            stale = false;
            try {
                long start = System.nanoTime();
                lexicon = learn(alignedUnits());
                // rebuilds after changes in quick succession take at most a twentieth of a core
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                builtAt = clock.instant().plus(took.multipliedBy(20)).minus(MIN_INTERVAL);
                log.info("Translation lexicon rebuilt: {} terms in {} ms", lexicon.size(),
                        (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                stale = true;
                log.warn("Translation lexicon could not be rebuilt; the previous one still answers", e);
            }
        });
    }

    /** Aligned units of public briefings: unit key → language → text. */
    private Map<String, Map<String, String>> alignedUnits() {
        Map<String, Map<String, String>> units = new HashMap<>();
        Timestamp now = Timestamp.from(clock.instant());
        String visible = " b.status = 'PUBLISHED' and (b.embargo_until is null or b.embargo_until <= ?) ";
        Map<String, Map<String, List<String>>> bodies = new HashMap<>();
        // the newest groups with two or more public versions (MAX_GROUPS)
        String[] groups = jdbc.sql("select b.translation_group from briefing b where" + visible
                + " group by b.translation_group having count(*) > 1 order by max(b.id) desc limit ?")
                .param(now).param(MAX_GROUPS).query(String.class).list().toArray(String[]::new);
        if (groups.length == 0) {
            return units;
        }
        visible += " and b.translation_group = any(?) ";
        jdbc.sql("select b.translation_group, b.lang, b.title, b.body from briefing b where" + visible)
                .param(now).param(groups).query(rs -> {
                    String group = rs.getString(1);
                    String lang = rs.getString(2);
                    units.computeIfAbsent(group + "|t", k -> new HashMap<>()).put(lang, rs.getString(3));
                    List<String> paragraphs = rs.getString(4) == null ? List.of()
                            : List.of(rs.getString(4).split("\\n+"));
                    bodies.computeIfAbsent(group, k -> new HashMap<>()).put(lang, paragraphs);
                });
        jdbc.sql("select b.translation_group, b.lang, p.position, p.text from briefing_point p"
                + " join briefing b on b.id = p.briefing_id where" + visible).param(now).param(groups)
                .query(rs -> {
                    units.computeIfAbsent(rs.getString(1) + "|p" + rs.getInt(3), k -> new HashMap<>())
                            .put(rs.getString(2), rs.getString(4));
                });
        jdbc.sql("select b.translation_group, s.lang, s.position, s.text from statement s"
                + " join briefing b on b.id = s.briefing_id where" + visible).param(now).param(groups)
                .query(rs -> {
                    units.computeIfAbsent(rs.getString(1) + "|s" + rs.getInt(3), k -> new HashMap<>())
                            .put(rs.getString(2), rs.getString(4));
                });
        // body paragraphs are aligned only between versions with as many paragraphs (a translation, not a rewrite)
        bodies.forEach((group, byLanguage) -> byLanguage.forEach((lang, paragraphs) -> {
            for (int i = 0; i < paragraphs.size(); i++) {
                String key = group + "|b" + paragraphs.size() + "." + i;
                units.computeIfAbsent(key, k -> new HashMap<>()).put(lang, paragraphs.get(i));
            }
        }));
        units.values().removeIf(byLanguage -> byLanguage.size() < 2);
        return units;
    }

    /** Dice over the aligned units of each language pair, both directions. */
    static Map<String, List<Translation>> learn(Map<String, Map<String, String>> units) {
        // per unit and language: the distinct analysed terms
        List<Map<String, Set<String>>> analysed = new ArrayList<>();
        Map<String, Integer> unitsPerLanguage = new HashMap<>();
        Map<String, Integer> unitsWithTerm = new HashMap<>();
        for (Map<String, String> unit : units.values()) {
            Map<String, Set<String>> terms = new HashMap<>();
            unit.forEach((lang, text) -> {
                String language = java.util.Locale.forLanguageTag(lang).getLanguage();
                if (!SearchFields.LANGUAGES.contains(language)) {
                    return;
                }
                Set<String> distinct = new LinkedHashSet<>(LanguageAnalyzers.terms(language, text));
                distinct.removeIf(t -> t.length() < 3 || t.chars().allMatch(Character::isDigit));
                terms.put(language, distinct);
                unitsPerLanguage.merge(language, 1, Integer::sum);
                distinct.forEach(t -> unitsWithTerm.merge(language + "|" + t, 1, Integer::sum));
            });
            // a long unit pairs every term with every other (a paragraph of 80 terms: 6 400 pairs per direction), which
            // filled gigabytes at a million statements and says little: one term among 80 has many candidates
            terms.values().removeIf(distinct -> distinct.size() > MAX_UNIT_TERMS);
            if (terms.size() >= 2) {
                analysed.add(terms);
            }
        }
        // c(a) per target language, c(a, b): counted over the unit pairs of the two languages
        Map<String, Integer> alone = new HashMap<>();
        Map<String, Integer> together = new HashMap<>();
        for (Map<String, Set<String>> unit : analysed) {
            for (var a : unit.entrySet()) {
                for (var b : unit.entrySet()) {
                    if (a.getKey().equals(b.getKey())) {
                        continue;
                    }
                    for (String ta : a.getValue()) {
                        if (common(a.getKey(), ta, unitsPerLanguage, unitsWithTerm)) {
                            continue;
                        }
                        alone.merge(a.getKey() + "|" + ta + ">" + b.getKey(), 1, Integer::sum);
                        for (String tb : b.getValue()) {
                            if (!ta.equals(tb) && !common(b.getKey(), tb, unitsPerLanguage, unitsWithTerm)) {
                                together.merge(a.getKey() + "|" + ta + ">" + b.getKey() + "|" + tb, 1, Integer::sum);
                            }
                        }
                    }
                }
            }
        }
        Map<String, List<Translation>> lexicon = new HashMap<>();
        together.forEach((pair, count) -> {
            if (count < MIN_TOGETHER) {
                return;
            }
            int arrow = pair.indexOf('>');
            String source = pair.substring(0, arrow);
            String target = pair.substring(arrow + 1);
            String targetLanguage = target.substring(0, target.indexOf('|'));
            String sourceLanguage = source.substring(0, source.indexOf('|'));
            int ca = alone.getOrDefault(source + ">" + targetLanguage, 0);
            int cb = alone.getOrDefault(target + ">" + sourceLanguage, 0);
            double dice = 2.0 * count / (ca + cb);
            if (dice >= MIN_DICE) {
                lexicon.computeIfAbsent(source, k -> new ArrayList<>()).add(new Translation(
                        SearchFields.TEXT_PREFIX + targetLanguage, target.substring(target.indexOf('|') + 1),
                        (float) dice));
            }
        });
        Map<String, List<Translation>> kept = new HashMap<>();
        lexicon.forEach((source, translations) -> {
            Map<String, Integer> perField = new HashMap<>();
            List<Translation> best = new ArrayList<>();
            translations.stream().sorted(Comparator.comparing(Translation::weight).reversed()
                            .thenComparing(Translation::term))
                    .forEach(t -> {
                        if (perField.merge(t.field(), 1, Integer::sum) <= PER_LANGUAGE) {
                            best.add(t);
                        }
                    });
            kept.put(source, List.copyOf(best));
        });
        return Map.copyOf(kept);
    }

    private static boolean common(String language, String term, Map<String, Integer> unitsPerLanguage,
            Map<String, Integer> unitsWithTerm) {
        int all = unitsPerLanguage.getOrDefault(language, 0);
        return all > 20 && unitsWithTerm.getOrDefault(language + "|" + term, 0) > MAX_UNIT_SHARE * all;
    }

    /** For tests: whether the lexicon has been built with content. */
    boolean isEmpty() {
        return lexicon.isEmpty();
    }
}
