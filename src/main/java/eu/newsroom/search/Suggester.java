package eu.newsroom.search;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * "Did you mean": each word of a query that no public item contains is replaced by the closest word of the
 * public texts (optimal string alignment distance 1 for words of up to 5 letters, 2 for longer ones; ties go
 * to the word more items contain). Words are compared folded (case, diacritics, ß → ss), so "Brussel" is a known
 * word. The parts of German and Dutch compounds count as words of the vocabulary, as the search finds them.
 * <p>
 * The vocabulary is kept in the database item by item ({@link VocabularyStore}, issue 22): a committed change of a
 * briefing, statement or initiative ({@link ContentChanges}) refreshes that item's words, and items whose embargo
 * ends are refreshed when it ends; this node then reads the word list again (words, not texts). Nothing in a request
 * or at start-up reads every text: the texts are read once, in the background, when the vocabulary is empty. Until
 * a refresh is done the previous word list answers: a new word can be suggested a moment later. A request never
 * waits for it; before the first word list is read there are no suggestions. In a cluster each node reads the word
 * list again at least every {@link #MAX_AGE}, so it sees the other nodes' changes.
 * <p>
 * Candidates for a correction share the word's first letter (as Lucene's DirectSpellChecker does by default):
 * scanning the whole vocabulary with an edit distance took a quarter of a search's CPU at 10 k statements.
 */
@Component
class Suggester {

    private static final Logger log = LoggerFactory.getLogger(Suggester.class);

    private static final int MIN_LENGTH = 4;

    /**
     * The word list is read again at least this often (changes committed on other nodes; embargoes that ended are
     * refreshed then too).
     */
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** After reading the word list took T, the next read starts T × this later at the earliest. */
    private static final int REBUILD_TIME_SHARE = 20;

    /**
     * The words by their folded form, the same entries by the folded form's first letter, and the words of
     * {@link #PREFIX} letters or more by their first {@link #PREFIX} letters (for {@link Cognates}); how many items
     * hold words at all.
     */
    private record Vocabulary(Map<String, Entry> words, Map<Character, List<Entry>> byFirstLetter,
            Map<String, List<VocabularyStore.Word>> byPrefix, int items, Instant builtAt) {

        static Vocabulary of(List<VocabularyStore.Word> list, int items, Instant builtAt) {
            Map<String, Entry> words = new HashMap<>(list.size() * 2);
            Map<Character, List<Entry>> byFirstLetter = new HashMap<>();
            Map<String, List<VocabularyStore.Word>> byPrefix = new HashMap<>();
            for (VocabularyStore.Word w : list) {
                Entry e = new Entry(w.folded(), w.surface(), w.items());
                words.put(e.folded, e);
                byFirstLetter.computeIfAbsent(e.folded.charAt(0), k -> new ArrayList<>()).add(e);
                if (w.folded().length() >= PREFIX) {
                    byPrefix.computeIfAbsent(w.folded().substring(0, PREFIX), k -> new ArrayList<>()).add(w);
                }
            }
            return new Vocabulary(words, byFirstLetter, byPrefix, items, builtAt);
        }
    }

    /** Words looked at as spelling-alike ({@link #withPrefix}) share this many first letters, folded. */
    static final int PREFIX = 3;

    private static final Vocabulary NONE = new Vocabulary(Map.of(), Map.of(), Map.of(), 0, Instant.MIN);

    private final VocabularyStore store;
    private final Clock clock;
    private final BackgroundBuild builds = new BackgroundBuild("suggester-vocabulary");
    private volatile Vocabulary current;
    /** Items changed since the last refresh ({@link VocabularyStore#briefingKey}, ...). */
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    /** Embargoes that ended after this instant have not been refreshed yet. */
    private volatile Instant embargoesCheckedUpTo;
    /** A change does not start a new read of the word list before this instant. */
    private volatile Instant nextRebuildAllowed = Instant.MIN;

    Suggester(VocabularyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void readAtStartUp() {
        embargoesCheckedUpTo = clock.instant();
        rebuildInBackground();
    }

    @PreDestroy
    void stop() {
        builds.stop();
    }

    /** An item's change was committed: the next search starts a refresh of its words. */
    void itemChanged(String item) {
        changed.add(item);
    }

    /** Whether a public text contains this word as written (folded), without asking the index. */
    boolean known(String word, Instant now) {
        return cachedVocabulary(now).words().containsKey(fold(word));
    }

    /**
     * The words of the public texts whose folded form starts with these {@link #PREFIX} folded letters (for
     * {@link Cognates}; precomputed with the word list, no scan per request).
     */
    List<VocabularyStore.Word> withPrefix(String prefix, Instant now) {
        return cachedVocabulary(now).byPrefix().getOrDefault(prefix, List.of());
    }

    /**
     * The words of the public texts as written (one spelling per folded word), for a source that analyses them as the
     * index does ({@link Dictionaries}: a dictionary's headword "ditch" is a word of the texts that have "ditches").
     */
    List<String> surfaces(Instant now) {
        return cachedVocabulary(now).words().values().stream().map(e -> e.surface).toList();
    }

    /** How many public items the word list counts words of. */
    int items(Instant now) {
        return cachedVocabulary(now).items();
    }

    /** How many distinct words the word list now answering holds. */
    int wordCount(Instant now) {
        return cachedVocabulary(now).words().size();
    }

    /** The word list now answering: a new one means words and counts may have changed (a cache key). */
    Object version(Instant now) {
        return cachedVocabulary(now);
    }

    /** The query with its unknown words corrected, or null when there is nothing to correct. */
    String suggest(String query, Instant now) {
        Matcher m = VocabularyStore.WORD.matcher(query);
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

        Entry(String folded, String surface, int count) {
            this.folded = folded;
            this.surface = surface;
            this.count = count;
        }
    }

    private Vocabulary cachedVocabulary(Instant now) {
        Vocabulary vocabulary = current;
        if (vocabulary == null) {
            rebuildInBackground(); // the first read of the word list has not started or is not done: no suggestions
            return NONE;
        }
        boolean due = !changed.isEmpty() || vocabulary.builtAt().plus(MAX_AGE).isBefore(now)
                || vocabulary.builtAt().isAfter(now);
        if (due && !now.isBefore(nextRebuildAllowed)) {
            rebuildInBackground();
        }
        return vocabulary;
    }

    /**
     * Refreshes the changed items and those whose embargo ended, then reads the word list. The first time on an empty
     * vocabulary, every public text is read once ({@link VocabularyStore#buildAll}).
     */
    private void rebuildInBackground() {
        builds.start(() -> {
            try {
                Instant now = clock.instant();
                long start = System.nanoTime();
                if (current == null && store.isEmpty()) {
                    store.buildAll(now);
                }
                Set<String> items = new LinkedHashSet<>(changed);
                changed.removeAll(items); // removed before refreshing: a change meanwhile is refreshed next time
                Instant since = embargoesCheckedUpTo;
                if (since != null && since.isBefore(now)) {
                    items.addAll(store.becamePublicBetween(since, now));
                }
                embargoesCheckedUpTo = now;
                int words = store.refresh(items, now);
                current = Vocabulary.of(store.words(), store.itemCount(), now);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                // edits in quick succession do not keep a core busy reading the word list: at most 1/20 of the time
                nextRebuildAllowed = clock.instant().plus(took.multipliedBy(REBUILD_TIME_SHARE));
                log.debug("Suggester vocabulary: {} items refreshed ({} words changed), {} words read in {} ms",
                        items.size(), words, current.words().size(), took.toMillis());
            } catch (RuntimeException e) {
                log.warn("Suggester vocabulary could not be refreshed; the previous one still answers", e);
            }
        });
    }

    /** Waits until the changes committed so far are in the word list (for tests). */
    void awaitRebuild() {
        builds.current().join();
        if (current == null || !changed.isEmpty()) {
            rebuildInBackground();
            builds.current().join();
        }
    }

    static String fold(String word) {
        return VocabularyStore.fold(word);
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
