package eu.newsroom.search;

import eu.newsroom.search.internal.DutchCompounds;
import eu.newsroom.search.internal.GermanCompounds;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import eu.newsroom.visibility.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "Did you mean": each word of a query that no public item contains is replaced by the closest word of the
 * public texts (optimal string alignment distance 1 for words of up to 5 letters, 2 for longer ones; ties go
 * to the more frequent word). Words are compared folded (case, diacritics, ß → ss), so "Brussel" is a known
 * word. The vocabulary is read from the database (public briefings, their statements, initiatives with
 * aliases). Reading every public text takes seconds at a million statements (docs/benchmarks.md), so it is
 * never done inside a request once a vocabulary exists: it is built at start-up in the background, and rebuilt
 * in the background when a briefing, statement or initiative changes ({@link ContentChanges}) or after
 * {@link #MAX_AGE} (embargoes pass without any change). Until a rebuild is done the previous vocabulary
 * answers: a new word can be suggested a moment later, and the words of a withdrawn item can still be
 * suggested, though searching them finds nothing. A rebuild after a change starts no sooner than 20 times the
 * last rebuild's duration after it (at a million statements a rebuild takes about a minute of CPU, so edits in
 * quick succession would otherwise keep a core busy). Only a request before the first build waits for it, and
 * for a few seconds at most. The
 * parts of German and Dutch compounds count as words of the vocabulary, as the search finds them.
 * <p>
 * Candidates for a correction share the word's first letter (as Lucene's DirectSpellChecker does by default):
 * scanning the whole vocabulary with an edit distance took a quarter of a search's CPU at 10 k statements.
 */
@Component
class Suggester {

    private static final Logger log = LoggerFactory.getLogger(Suggester.class);

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
    private static final int MIN_LENGTH = 4;
    /** Shorter words are not looked at as compounds (two parts of at least four letters). */
    private static final int MIN_COMPOUND_LENGTH = 8;

    /**
     * A vocabulary older than this is rebuilt even without a change: items whose embargo has passed (and initiatives
     * that became public with them).
     */
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** How long a request before the first build waits for it. */
    private static final Duration FIRST_BUILD_WAIT = Duration.ofSeconds(5);
    /** After a rebuild that took T, the next one starts T × this later at the earliest. */
    private static final int REBUILD_TIME_SHARE = 20;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** The words by their folded form, and the same entries by the folded form's first letter. */
    private record Vocabulary(Map<String, Entry> words, Map<Character, List<Entry>> byFirstLetter, Instant builtAt) {

        static Vocabulary of(Map<String, Entry> words, Instant builtAt) {
            Map<Character, List<Entry>> byFirstLetter = new HashMap<>();
            words.values().forEach(e -> byFirstLetter.computeIfAbsent(e.folded.charAt(0), k -> new ArrayList<>()).add(e));
            return new Vocabulary(words, byFirstLetter, builtAt);
        }

        Vocabulary checkedAt(Instant now) {
            return new Vocabulary(words, byFirstLetter, now);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "suggester-vocabulary");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private volatile CompletableFuture<Void> rebuild = CompletableFuture.completedFuture(null);
    private volatile Vocabulary current;
    private volatile boolean stale;
    /** A change does not start a rebuild before this instant (set after each full rebuild). */
    private volatile Instant nextRebuildAllowed = Instant.MIN;

    Suggester(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildAtStartUp() {
        rebuildInBackground();
    }

    @PreDestroy
    void stop() {
        rebuilder.shutdownNow();
    }

    /** Content that feeds the vocabulary changed: the next search starts a rebuild. */
    void contentChanged() {
        stale = true;
    }

    /** Whether a public text contains this word as written (folded), without asking the index. */
    boolean known(String word, Instant now) {
        return cachedVocabulary(now).words().containsKey(fold(word));
    }

    /** The query with its unknown words corrected, or null when there is nothing to correct. */
    String suggest(String query, Instant now) {
        Matcher m = WORD.matcher(query);
        StringBuilder out = new StringBuilder();
        Vocabulary vocabulary = null;
        boolean changed = false;
        while (m.find()) {
            String word = m.group();
            String folded = fold(word);
            if (folded.length() < MIN_LENGTH || word.equals("OR") || word.equals("AND") || word.equals("NOT")) {
                m.appendReplacement(out, Matcher.quoteReplacement(word));
                continue;
            }
            if (vocabulary == null) {
                vocabulary = cachedVocabulary(now);
            }
            if (vocabulary.words().containsKey(folded)) {
                m.appendReplacement(out, Matcher.quoteReplacement(word));
                continue;
            }
            int max = folded.length() <= 5 ? 1 : 2;
            Entry best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Entry e : vocabulary.byFirstLetter().getOrDefault(folded.charAt(0), List.of())) {
                if (Math.abs(e.folded.length() - folded.length()) > max) {
                    continue;
                }
                int d = distance(folded, e.folded, max);
                if (d <= max && (d < bestDistance || d == bestDistance && e.count > best.count)) {
                    best = e;
                    bestDistance = d;
                }
            }
            if (best == null) {
                m.appendReplacement(out, Matcher.quoteReplacement(word));
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement(best.surface));
                changed = true;
            }
        }
        m.appendTail(out);
        return changed ? out.toString() : null;
    }

    private static final class Entry {
        final String folded;
        final String surface;
        int count;

        Entry(String folded, String surface) {
            this.folded = folded;
            this.surface = surface;
        }
    }

    private Vocabulary cachedVocabulary(Instant now) {
        Vocabulary vocabulary = current;
        if (vocabulary == null) {
            return firstVocabulary();
        }
        boolean due = stale || vocabulary.builtAt().plus(MAX_AGE).isBefore(now) || vocabulary.builtAt().isAfter(now);
        if (due && !now.isBefore(nextRebuildAllowed)) {
            rebuildInBackground();
        }
        return vocabulary;
    }

    /**
     * Before the first build is done (it reads every public text: about a minute at a million statements), a
     * request waits for it a few seconds at most, then answers without suggestions rather than hang.
     */
    private Vocabulary firstVocabulary() {
        rebuildInBackground();
        try {
            rebuild.get(FIRST_BUILD_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // not there yet (or failed, logged by the build): no suggestions for this request
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Vocabulary vocabulary = current;
        return vocabulary != null ? vocabulary : Vocabulary.of(Map.of(), Instant.EPOCH);
    }

    private void rebuildInBackground() {
        if (!rebuilding.compareAndSet(false, true)) {
            return;
        }
        // cleared before reading, so that a change during the rebuild triggers the next one
        boolean staleBeforeThisRebuild = stale;
        stale = false;
        rebuild = CompletableFuture.runAsync(() -> {
            try {
                Instant now = clock.instant();
                Vocabulary previous = current;
                if (!staleBeforeThisRebuild && previous != null && !previous.builtAt().isAfter(now)
                        && !embargoEndedBetween(previous.builtAt(), now)) {
                    // only the age triggered it, and no embargo has passed since: the words are the same
                    current = previous.checkedAt(now);
                    return;
                }
                long start = System.nanoTime();
                current = Vocabulary.of(vocabulary(now), now);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                // edits in quick succession do not keep a core busy rebuilding: at most 1/20 of the time
                nextRebuildAllowed = clock.instant().plus(took.multipliedBy(REBUILD_TIME_SHARE));
                log.debug("Suggester vocabulary rebuilt: {} words in {} ms", current.words().size(), took.toMillis());
            } catch (RuntimeException e) {
                stale = true;
                log.warn("Suggester vocabulary could not be rebuilt; the previous one still answers", e);
            } finally {
                rebuilding.set(false);
            }
        }, rebuilder);
    }

    /** Waits until a rebuild started by a change has read the content as it is now (for tests). */
    void awaitRebuild() {
        rebuild.join();
        if (stale) {
            rebuildInBackground();
            rebuild.join();
        }
    }

    private boolean embargoEndedBetween(Instant since, Instant now) {
        return jdbc.sql("""
                select exists (select 1 from briefing where status = 'PUBLISHED'
                                  and embargo_until > :since and embargo_until <= :now)
                    or exists (select 1 from initiative where public_from > :since and public_from <= :now)
                """).param("since", Timestamp.from(since)).param("now", Timestamp.from(now))
                .query(Boolean.class).single();
    }

    private Map<String, Entry> vocabulary(Instant now) {
        Map<String, Entry> vocabulary = new HashMap<>();
        List<String> texts = jdbc.sql("""
                select b.title || ' ' || coalesce(b.place, '') || ' ' || coalesce(b.event_name, '') || ' ' || b.body
                  || ' ' || coalesce((select string_agg(p.text, ' ') from briefing_point p where p.briefing_id = b.id), '')
                  || ' ' || coalesce((select string_agg(s.text || ' ' || a.name, ' ') from statement s
                                       join actor a on a.id = s.speaker_id where s.briefing_id = b.id), '')
                from briefing b where %s
                union all
                select i.name || ' ' || coalesce(i.description, '') || ' ' ||
                  coalesce((select string_agg(a.alias, ' ') from initiative_alias a where a.initiative_id = i.id), '')
                from initiative i where %s
                """.formatted(Visibility.briefingSql("b"), Visibility.sharedSql("i"))).param("now", Timestamp.from(now)).query(String.class).list();
        for (String text : texts) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String surface = m.group().toLowerCase(Locale.ROOT);
                vocabulary.computeIfAbsent(fold(surface), k -> new Entry(k, surface)).count++;
            }
        }
        addCompoundParts(vocabulary);
        return vocabulary;
    }

    /**
     * The parts of German and Dutch compounds are words too: "Korruption" is found in "Antikorruptionsuntersuchungen"
     * (through text_de_parts), so it must not be "corrected" to the English "corruption".
     */
    private static void addCompoundParts(Map<String, Entry> vocabulary) {
        for (Entry compound : List.copyOf(vocabulary.values())) {
            if (compound.surface.length() < MIN_COMPOUND_LENGTH) {
                continue;
            }
            for (List<String> parts : List.of(GermanCompounds.parts(compound.surface),
                    DutchCompounds.parts(compound.surface))) {
                for (String part : parts.size() > 1 ? parts : List.<String>of()) {
                    String surface = part.toLowerCase(Locale.ROOT);
                    vocabulary.computeIfAbsent(fold(surface), k -> new Entry(k, surface)).count += compound.count;
                }
            }
        }
    }

    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace("ß", "ss");
        if (isAscii(lower)) {
            return lower; // nothing to decompose: most words of most texts
        }
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Optimal string alignment distance (edits and adjacent transpositions), or max + 1 when over max. */
    static int distance(String a, String b, int max) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
