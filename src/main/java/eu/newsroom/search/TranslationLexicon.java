package eu.newsroom.search;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A weighted translation lexicon learned from the portal's own parallel texts (issue 17): the language versions of a
 * briefing (a translation group) say the same thing, so their titles, "in short" points, statements at the same
 * position and body paragraphs or their sentences (when both versions have as many) are aligned units. Over the
 * analysed terms of the aligned units of each pair of languages, the words of each unit are linked one to one to their
 * translations ({@link WordAlignment}). A query word is expanded with the best translations of its analysed form,
 * weighted by how often the pair was linked, so an English query finds a German-only item.
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

    static final Duration MIN_INTERVAL = Duration.ofSeconds(30);
    /**
     * The lexicon is learned from the newest translation groups, at most this many (issue 22): alignment over a few
     * hundred aligned briefings is nearly as sure as over all of them for the words a query uses, and learning from every
     * group read every public text into memory (minutes of a core and gigabytes of heap at a million statements).
     */
    static final int MAX_GROUPS = 500;

    /** The end of a sentence: a stop, then a capital or an opening quote. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+(?=[\\p{Lu}\"„«“])");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BackgroundBuild builds = new BackgroundBuild("translation-lexicon");
    /** "lang|term" → its translations, best first. */
    private volatile TranslationTable lexicon = TranslationTable.EMPTY;
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
        return translations(word, Set.of());
    }

    /**
     * Translations of one query word read as a word of the query's languages (as its stop words tell; all when they do
     * not tell): a query whose stop words say it is English is not translated as Spanish ("red" is the Spanish
     * "network"). When those readings teach nothing, the word is read as a word of every language: many words are
     * spelled alike in several ("satellites" is also French).
     */
    List<Translation> translations(String word, Set<String> from) {
        if (stale && builtAt.plus(MIN_INTERVAL).isBefore(clock.instant())) {
            rebuildInBackground();
        }
        return lexicon.translations(word, from);
    }

    /** The languages in which the portal's aligned versions taught the word a translation. */
    Set<String> languagesOf(String word) {
        return lexicon.languagesOf(word);
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
                lexicon = new TranslationTable(learn(alignedUnits()));
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

    /** Aligned units of public briefings: unit key → language → text (WordAlignmentTest learns from them too). */
    Map<String, Map<String, String>> alignedUnits() {
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
        bodies.forEach((group, byLanguage) -> addBody(units, group, byLanguage));
        units.values().removeIf(byLanguage -> byLanguage.size() < 2);
        return units;
    }

    /**
     * A translation group's body paragraphs as aligned units: only between versions with as many paragraphs (a
     * translation, not a rewrite), and within a paragraph its sentences when every such version has as many: a
     * sentence is a sharper unit than a paragraph of forty words, each of which could be any other's translation.
     */
    static void addBody(Map<String, Map<String, String>> units, String group, Map<String, List<String>> byLanguage) {
        Map<Integer, Map<String, List<String>>> byCount = new HashMap<>();
        byLanguage.forEach((lang, paragraphs) -> byCount.computeIfAbsent(paragraphs.size(), k -> new HashMap<>())
                .put(lang, paragraphs));
        byCount.forEach((count, versions) -> {
            for (int i = 0; i < count; i++) {
                String key = group + "|b" + count + "." + i;
                Map<String, List<String>> sentences = new HashMap<>();
                int paragraph = i;
                versions.forEach((lang, paragraphs) -> sentences.put(lang,
                        List.of(SENTENCE_END.split(paragraphs.get(paragraph).strip()))));
                boolean alike = sentences.values().stream().map(List::size).distinct().count() == 1;
                sentences.forEach((lang, parts) -> {
                    if (alike) {
                        for (int s = 0; s < parts.size(); s++) {
                            units.computeIfAbsent(key + "." + s, k -> new HashMap<>()).put(lang, parts.get(s));
                        }
                    } else {
                        units.computeIfAbsent(key, k -> new HashMap<>()).put(lang, String.join(" ", parts));
                    }
                });
            }
        });
    }

    /** The lexicon learned from aligned units ({@link WordAlignment}). */
    static Map<String, List<Translation>> learn(Map<String, Map<String, String>> units) {
        return WordAlignment.learn(units);
    }

    /** For tests: whether the lexicon has been built with content. */
    boolean isEmpty() {
        return lexicon.isEmpty();
    }
}
