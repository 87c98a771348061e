package eu.newsroom.search;

import eu.newsroom.search.internal.FreeDictFile;
import eu.newsroom.search.internal.LanguageAnalyzers;
import eu.newsroom.search.internal.SearchFields;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Translations from bilingual dictionaries (issue 17, round 7) for what the portal's own language versions cannot
 * teach: the learned lexicon ({@link TranslationLexicon}) knows only words that occur in items with two or more
 * versions, cognates ({@link Cognates}) only words spelled alike. A word of an item that exists in one language
 * ("liefert" / "envía", "Wehrpflicht" / "conscripts", "vloot" / "fleet", the parts of a compound typed) is found
 * through the dictionaries of the FreeDict project, which Debian packages for the dict server
 * ({@code dict-freedict-deu-eng} and the other pairs of the seven languages; GPL and CC BY-SA data, read from the
 * installed files at run time, never copied into the application). Without them nothing changes but this source.
 * <p>
 * Only what can match is kept: a pair whose translation is a word of the public texts ({@link Suggester}'s word list),
 * both sides analysed as the index analyses their languages, stop words left out, at most {@link #PER_LANGUAGE}
 * translations per word and target language in the dictionary's order (its first senses first). Memory is bounded by
 * the portal's vocabulary, not by the dictionaries (German–English alone has 500 000 entries). Built in the background
 * from the files when the word list has another number of words, at most every {@link #MIN_INTERVAL} or 20 times the
 * last build's duration; the previous build answers meanwhile, and a request never reads a file.
 */
@Component
class Dictionaries {

    private static final Logger log = LoggerFactory.getLogger(Dictionaries.class);

    /** A translation from a dictionary is surer than a spelling alike, less sure than one learned from the portal. */
    static final float WEIGHT = 0.6f;
    static final int PER_LANGUAGE = 3;
    static final Duration MIN_INTERVAL = Duration.ofMinutes(2);

    private final Path directory;
    private final Suggester vocabulary;
    private final Clock clock;
    private final BackgroundBuild builds = new BackgroundBuild("dictionaries");
    /** "lang|term" → its translations, in the dictionaries' order. */
    private volatile Map<String, List<TranslationLexicon.Translation>> translations = Map.of();
    private volatile Object builtFor;
    /** How many words the word list held when the translations were built. */
    private volatile int builtForWords = -1;
    private volatile Instant nextBuildAllowed = Instant.MIN;

    Dictionaries(@Value("${newsroom.search.dictionaries:/usr/share/dictd}") Path directory, Suggester vocabulary,
            Clock clock) {
        this.directory = directory;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        builds.stop();
    }

    /**
     * A query word's translations, read as a word of the query's languages (all when they are not known, or when
     * those readings have none), the best weight per target term.
     */
    List<TranslationLexicon.Translation> translations(String word, Set<String> from) {
        Instant now = clock.instant();
        if (vocabulary.version(now) != builtFor && !now.isBefore(nextBuildAllowed)) {
            rebuildIfWordsChanged(now);
        }
        Map<String, List<TranslationLexicon.Translation>> current = translations;
        if (current.isEmpty()) {
            return List.of();
        }
        List<TranslationLexicon.Translation> found = from.isEmpty() ? List.of() : lookUp(current, word, from);
        return found.isEmpty() ? lookUp(current, word, SearchFields.LANGUAGES) : found;
    }

    private static List<TranslationLexicon.Translation> lookUp(Map<String, List<TranslationLexicon.Translation>> current,
            String word, Collection<String> languages) {
        Map<String, TranslationLexicon.Translation> best = new LinkedHashMap<>();
        for (String language : languages) {
            String term = oneTerm(language, LanguageAnalyzers.terms(language, word));
            if (term == null) {
                continue;
            }
            for (TranslationLexicon.Translation t : current.getOrDefault(language + "|" + term, List.of())) {
                best.merge(t.field() + "|" + t.term(), t, (a, b) -> a.weight() >= b.weight() ? a : b);
            }
        }
        return List.copyOf(best.values());
    }

    /** Waits for a build over the word list as it is now (for tests and the relevance harness). */
    void awaitRebuild() {
        builds.current().join();
        if (vocabulary.version(clock.instant()) != builtFor) {
            rebuildIfWordsChanged(clock.instant());
            builds.current().join();
        }
    }

    /**
     * The word list is read again every few minutes even when nothing changed: the files are read again only when it
     * holds another number of words (a new word, or one no text has any more), not for a new copy of the same list.
     */
    private void rebuildIfWordsChanged(Instant now) {
        Object version = vocabulary.version(now);
        if (vocabulary.wordCount(now) == builtForWords) {
            builtFor = version;
        } else {
            rebuildInBackground();
        }
    }

    private void rebuildInBackground() {
        builds.start(() -> {
            Instant now = clock.instant();
            Object version = vocabulary.version(now);
            int words = vocabulary.wordCount(now);
            if (vocabulary.items(now) == 0) {
                return; // no word list yet: nothing could be kept
            }
            long start = System.nanoTime();
            try {
                translations = build(FreeDictFile.in(directory), word -> vocabulary.known(word, now));
                builtFor = version;
                builtForWords = words;
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                nextBuildAllowed = clock.instant().plus(took.multipliedBy(20).compareTo(MIN_INTERVAL) > 0
                        ? took.multipliedBy(20) : MIN_INTERVAL);
                if (translations.isEmpty()) {
                    log.debug("Dictionaries read from {}: none found or none kept, in {} ms", directory,
                            took.toMillis());
                } else {
                    log.info("Dictionaries read from {}: {} words with translations in {} ms", directory,
                            translations.size(), took.toMillis());
                }
            } catch (IOException | RuntimeException e) {
                builtFor = version;
                nextBuildAllowed = clock.instant().plus(MIN_INTERVAL);
                log.warn("Dictionaries could not be read from {}; searching without them", directory, e);
            }
        });
    }

    /**
     * The translations of the dictionaries' pairs whose translation the portal's texts have. A word's own entries (in
     * a dictionary from its language) come before the entries that name it as a translation (in a dictionary into its
     * language): a German–French dictionary's "Grenze" → "frontière" is surer, for "frontière", than whatever German
     * headword lists "frontière" among its translations.
     */
    static Map<String, List<TranslationLexicon.Translation>> build(List<FreeDictFile> files,
            Predicate<String> known) {
        Map<String, String> analysed = new HashMap<>();
        // "lang|term" → target language → terms, from its own entries, and from entries naming it
        Map<String, Map<String, List<String>>> own = new HashMap<>();
        Map<String, Map<String, List<String>>> named = new HashMap<>();
        for (FreeDictFile file : files) {
            try {
                file.forEachPair((headword, translation) -> {
                    add(own, analysed, known, file.from(), headword, file.to(), translation);
                    add(named, analysed, known, file.to(), translation, file.from(), headword);
                });
            } catch (IOException e) {
                // one truncated or unreadable file costs its own language pair, not every dictionary; what it gave
                // before the fault is kept (pairs are only ever added)
                log.warn("Dictionary {} could not be read to its end; the others are used", file, e);
            }
        }
        Map<String, List<TranslationLexicon.Translation>> kept = new HashMap<>();
        Set<String> sources = new HashSet<>(own.keySet());
        sources.addAll(named.keySet());
        for (String source : sources) {
            Map<String, List<String>> byLanguage = new TreeMap<>();
            own.getOrDefault(source, Map.of()).forEach((language, terms) -> byLanguage.put(language,
                    new ArrayList<>(terms)));
            named.getOrDefault(source, Map.of()).forEach((language, terms) -> {
                List<String> all = byLanguage.computeIfAbsent(language, k -> new ArrayList<>());
                terms.stream().filter(t -> !all.contains(t)).forEach(all::add);
            });
            List<TranslationLexicon.Translation> list = new ArrayList<>();
            byLanguage.forEach((language, terms) -> terms.stream().limit(PER_LANGUAGE).forEach(term -> list.add(
                    new TranslationLexicon.Translation(SearchFields.TEXT_PREFIX + language, term, WEIGHT))));
            kept.put(source, List.copyOf(list));
        }
        return Map.copyOf(kept);
    }

    private static void add(Map<String, Map<String, List<String>>> found, Map<String, String> analysed,
            java.util.function.Predicate<String> known, String fromLanguage, String word, String toLanguage,
            String translation) {
        if (!known.test(translation)) {
            return; // no public text has it: it could match nothing
        }
        String source = term(analysed, fromLanguage, word);
        String target = term(analysed, toLanguage, translation);
        if (source == null || target == null) {
            return;
        }
        List<String> terms = found.computeIfAbsent(fromLanguage + "|" + source, k -> new HashMap<>())
                .computeIfAbsent(toLanguage, k -> new ArrayList<>(PER_LANGUAGE));
        if (terms.size() < PER_LANGUAGE && !terms.contains(target)) {
            terms.add(target);
        }
    }

    /** The one term of a word (Polish keeps the folded word beside its stem: the stem), or null. */
    private static String oneTerm(String language, List<String> terms) {
        return terms.size() == 1 || language.equals("pl") && terms.size() == 2 ? terms.get(terms.size() - 1) : null;
    }

    /** The word as the index holds it in that language, or null for a stop word or a word of several terms. */
    private static String term(Map<String, String> analysed, String language, String word) {
        String term = analysed.computeIfAbsent(language + "|" + word, k -> {
            String one = oneTerm(language, LanguageAnalyzers.terms(language, word));
            return one == null || StopWords.isAnalysedStopWord(language, one) ? "" : one;
        });
        return term.isEmpty() ? null : term;
    }
}
