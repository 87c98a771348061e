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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Translations from bilingual dictionaries for what the portal's own language versions cannot teach: the learned
 * lexicon ({@link TranslationLexicon}) knows only words that occur in items with two or more versions, cognates
 * ({@link Cognates}) only words spelled alike. A word of an item that exists in one language ("liefert" / "envía",
 * "Wehrpflicht" / "conscripts", "vloot" / "fleet", the parts of a compound typed) is found through the dictionaries of
 * the FreeDict project, which Debian packages for the dict server ({@code dict-freedict-deu-eng} and the other pairs of
 * the seven languages; GPL and CC BY-SA data, read from the installed files at run time, never copied into the
 * application). Without them nothing changes but this source.
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
    /** A translation through English weighs this share of the English translation it comes through. */
    static final float PIVOT_SHARE = 0.6f;
    static final Duration MIN_INTERVAL = Duration.ofMinutes(2);

    private final Path directory;
    private final Suggester vocabulary;
    private final Clock clock;
    private final BackgroundBuild builds = new BackgroundBuild("dictionaries");
    /** "lang|term" → its translations, in the dictionaries' order. */
    private volatile TranslationTable translations = TranslationTable.EMPTY;
    /** Language → term → a word of the texts with that term, from the last build ({@link #surface}). */
    private volatile Map<String, Map<String, String>> surfaces = Map.of();
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
        TranslationTable current = translations;
        List<TranslationLexicon.Translation> found = current.translations(word, from);
        return found.isEmpty() && word.indexOf(' ') < 0 ? ofDictionaryForm(current, word, from) : found;
    }

    /**
     * A word's translations into the languages none of {@code found} is in, through its English translations: English
     * is the language every dictionary pair has, and the pairs between two other languages are small (Polish–Spanish
     * has a tenth of Polish–English), so a Polish word the portal's lexicon or the Polish–English dictionary knows
     * ("żołnierzy" → "soldier") reaches the Spanish, Italian and Dutch items through "soldier"'s entries ("soldado",
     * "soldato", "soldaat"). A second step is less sure than one: each weighs {@link #PIVOT_SHARE} of the English
     * translation it comes through. Nothing for a word of English (or read as one), and nothing into the word's own
     * languages (a word's synonyms are not its translations): the query's, {@code known} (those the learned lexicon
     * knows it in) and the dictionaries'.
     */
    List<TranslationLexicon.Translation> throughEnglish(String word, Set<String> from, Set<String> known,
            List<TranslationLexicon.Translation> found) {
        return throughEnglish(translations, word, from, known, found);
    }

    static List<TranslationLexicon.Translation> throughEnglish(TranslationTable current, String word, Set<String> from,
            List<TranslationLexicon.Translation> found) {
        return throughEnglish(current, word, from, Set.of(), found);
    }

    /**
     * As {@link #throughEnglish(String, Set, Set, List)}, with {@code known} the languages other sources of {@code found}
     * know the word in (the learned lexicon's). The word's own languages are the query's, the dictionaries' and those
     * (a word read in every language got its translations from whichever knew it), these only when they are a few: a
     * word the lexicon learned in most languages is a name they share ("Schengen"), which tells no language.
     */
    static List<TranslationLexicon.Translation> throughEnglish(TranslationTable current, String word, Set<String> from,
            Set<String> known, List<TranslationLexicon.Translation> found) {
        String english = SearchFields.TEXT_PREFIX + "en";
        Set<String> own = new LinkedHashSet<>(from);
        if (known.size() * 2 < SearchFields.LANGUAGES.size()) {
            own.addAll(known);
        }
        own.addAll(languagesOf(current, word));
        if (own.contains("en") || found.stream().noneMatch(t -> t.field().equals(english))) {
            return List.of();
        }
        Set<String> covered = new HashSet<>();
        found.forEach(t -> covered.add(t.field()));
        own.forEach(language -> covered.add(SearchFields.TEXT_PREFIX + language));
        Map<String, TranslationLexicon.Translation> best = new LinkedHashMap<>();
        Map<String, Integer> perField = new HashMap<>();
        found.stream().filter(t -> t.field().equals(english) && t.term().indexOf(' ') < 0)
                .sorted(Comparator.comparing(TranslationLexicon.Translation::weight).reversed())
                .forEach(via -> current.ofTerm("en", via.term()).stream()
                        .filter(t -> !covered.contains(t.field()) && t.term().indexOf(' ') < 0)
                        .filter(t -> !best.containsKey(t.field() + "|" + t.term()))
                        .filter(t -> perField.merge(t.field(), 1, Integer::sum) <= PER_LANGUAGE)
                        .forEach(t -> best.put(t.field() + "|" + t.term(), new TranslationLexicon.Translation(
                                t.field(), t.term(), via.weight() * PIVOT_SHARE))));
        return List.copyOf(best.values());
    }

    /**
     * The languages whose dictionaries have the word, as typed or under a dictionary form it may be an inflection of
     * ({@link Lemmas}).
     */
    Set<String> languagesOf(String word) {
        return languagesOf(translations, word);
    }

    static Set<String> languagesOf(TranslationTable current, String word) {
        Set<String> found = new LinkedHashSet<>(current.languagesOf(word));
        for (String language : SearchFields.LANGUAGES) {
            if (!found.contains(language) && mayInflect(current, word, language, Set.of())
                    && hasDictionaryForm(current, word, language)) {
                found.add(language);
            }
        }
        return found;
    }

    /**
     * A word no entry has, looked up under the dictionary forms it may be an inflection of ({@link Lemmas}: "liefert" →
     * "liefern", "botadas" → "botar", "Bestellung" → "bestellen"), in the query's languages (every language when they
     * are not known): the first form with an entry, per language.
     */
    static List<TranslationLexicon.Translation> ofDictionaryForm(TranslationTable table, String word,
            Set<String> from) {
        Map<String, TranslationLexicon.Translation> best = new LinkedHashMap<>();
        for (String language : from.isEmpty() ? SearchFields.LANGUAGES : from) {
            if (!mayInflect(table, word, language, from)) {
                continue;
            }
            for (String form : Lemmas.candidates(language, word)) {
                List<TranslationLexicon.Translation> found = table.lookUp(form, Set.of(language));
                if (!found.isEmpty()) {
                    found.forEach(t -> best.merge(t.field() + "|" + t.term(), t,
                            (a, b) -> a.weight() >= b.weight() ? a : b));
                    break;
                }
            }
        }
        return List.copyOf(best.values());
    }

    /** Letters of the Polish alphabet that none of the portal's other languages writes. */
    private static final java.util.regex.Pattern POLISH_LETTERS = java.util.regex.Pattern.compile("[ąćęłńśźżĄĆĘŁŃŚŹŻ]");

    /**
     * Whether {@code word} may be read as an inflection of an entry of {@code language}. Not when it is an entry of that
     * language itself ("gebied" is a noun, no participle of "bieden"). The Polish endings ("-e", "-i", "-y", "-u",
     * "-ami") end most words of the other languages too (Italian "armate", French "partie", English "strategy" and
     * "range"), and a Polish dictionary has a noun for many of their stems ("armata", a cannon; "strateg"; "ranga"): a
     * Polish reading is tried only when the query is Polish, as its stop words tell ({@code from}), or the word has a
     * letter only Polish writes, and never for a word another language has, as an entry or a form of one. The other
     * languages' endings are verbal and fewer; their forms are looked up in the query's languages as before.
     */
    private static boolean mayInflect(TranslationTable table, String word, String language, Set<String> from) {
        if (!table.lookUp(word, Set.of(language)).isEmpty()) {
            return false;
        }
        if (!language.equals("pl")) {
            return true;
        }
        if (!from.contains("pl") && !hasPolishLetters(word)) {
            return false;
        }
        return SearchFields.LANGUAGES.stream().filter(other -> !other.equals("pl")).noneMatch(
                other -> !table.lookUp(word, Set.of(other)).isEmpty() || hasDictionaryForm(table, word, other));
    }

    static boolean hasPolishLetters(String word) {
        return POLISH_LETTERS.matcher(word).find();
    }

    /** Whether a dictionary form {@code word} may be an inflection of has an entry in {@code language}. */
    private static boolean hasDictionaryForm(TranslationTable table, String word, String language) {
        return Lemmas.candidates(language, word).stream()
                .anyMatch(form -> !table.lookUp(form, Set.of(language)).isEmpty());
    }

    /**
     * A word of the public texts whose term in that language is {@code term} ("Mobilität" for {@code mobilitat}), or
     * null: a phrase of translations is asked in words, which the field's analysis reads ({@link PhraseTranslations}).
     */
    String surface(String language, String term) {
        return surfaces.getOrDefault(language, Map.of()).get(term);
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
                Map<String, Map<String, String>> terms = surfacesOf(vocabulary.surfaces(now));
                translations = new TranslationTable(build(FreeDictFile.in(directory), word -> vocabulary.known(word, now),
                        (language, term) -> terms.get(language).containsKey(term)));
                surfaces = terms;
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
     * The translations of the dictionaries' pairs whose translation the portal's texts have, the texts' words as
     * written only (tests).
     */
    static Map<String, List<TranslationLexicon.Translation>> build(List<FreeDictFile> files,
            Predicate<String> known) {
        return build(files, known, (language, term) -> false);
    }

    /**
     * The translations of the dictionaries' pairs whose translation the portal's texts have: a word of the texts as
     * written ({@code known}), or a word whose term in the translation's language is the term of a word of the texts
     * ({@code knownTerm}: a dictionary gives the headword, "ditch", "rów", "liefern"; the texts have its inflected forms,
     * "ditches", "rowy", "liefert", which the index holds under the same term). A word's own entries (in a dictionary
     * from its language) come before the entries that name it as a translation (in a dictionary into its language): a
     * German–French dictionary's "Grenze" → "frontière" is surer, for "frontière", than whatever German headword lists
     * "frontière" among its translations.
     * <p>
     * Entries of two or three words are kept as they are, as most compounds translate into two words:
     * "Luftverteidigung" → "air defence" is searched as a phrase of the English field (its words as written; the
     * field's analysis reads them), and "air defence" typed, two adjacent words of a query, is looked up by its words'
     * terms ({@link TranslationTable#key}) and finds "Luftverteidigung". A phrase's first and last words are no stop
     * words ("the draft" is "draft").
     */
    static Map<String, List<TranslationLexicon.Translation>> build(List<FreeDictFile> files,
            Predicate<String> known, BiPredicate<String, String> knownTerm) {
        Map<String, String> analysed = new HashMap<>();
        // "lang|term" → target language → terms, from its own entries, and from entries naming it
        Map<String, Map<String, List<String>>> own = new HashMap<>();
        Map<String, Map<String, List<String>>> named = new HashMap<>();
        for (FreeDictFile file : files) {
            try {
                file.forEachPair((headword, translation) -> {
                    add(own, analysed, known, knownTerm, file.from(), headword, file.to(), translation);
                    add(named, analysed, known, knownTerm, file.to(), translation, file.from(), headword);
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
            Predicate<String> known, BiPredicate<String, String> knownTerm, String fromLanguage, String word,
            String toLanguage, String translation) {
        String target = term(analysed, toLanguage, translation);
        if (target == null) {
            return;
        }
        String[] words = translation.split(" ");
        String[] terms = target.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (!known.test(words[i]) && !knownTerm.test(toLanguage, terms[i])) {
                return; // no public text has it: it could match nothing
            }
        }
        String source = term(analysed, fromLanguage, word);
        if (source == null) {
            return;
        }
        // a phrase is kept as written, for the phrase query of the target field, which analyses it
        String kept = words.length > 1 ? translation.toLowerCase(java.util.Locale.ROOT) : target;
        List<String> targets = found.computeIfAbsent(fromLanguage + "|" + source, k -> new HashMap<>())
                .computeIfAbsent(toLanguage, k -> new ArrayList<>(PER_LANGUAGE));
        if (targets.size() < PER_LANGUAGE && !targets.contains(kept)) {
            targets.add(kept);
        }
    }

    /**
     * The word (or the words of a phrase, joined by a space) as the index holds it in that language, or null: a stop
     * word, a phrase beginning or ending with one, a word of several terms. A verb and its particle are kept, as the
     * verb means nothing without it: two words of which only the second is a stop word, "shoot down" → "abschießen",
     * "carry out", "set up".
     */
    private static String term(Map<String, String> analysed, String language, String word) {
        String term = analysed.computeIfAbsent(language + "|" + word, k -> {
            String key = TranslationTable.key(language, word);
            if (key == null) {
                return "";
            }
            String[] terms = key.split(" ");
            if (StopWords.isAnalysedStopWord(language, terms[0])) {
                return "";
            }
            boolean particle = terms.length == 2;
            return StopWords.isAnalysedStopWord(language, terms[terms.length - 1]) && !particle ? "" : key;
        });
        return term.isEmpty() ? null : term;
    }

    /**
     * The terms of the texts' words in each language, as the index holds them: the words of the texts (the suggester's
     * word list, as written) analysed by each language's analysis.
     */
    static Map<String, Set<String>> termsOf(Collection<String> words) {
        Map<String, Set<String>> terms = new HashMap<>();
        surfacesOf(words).forEach((language, of) -> terms.put(language, of.keySet()));
        return terms;
    }

    /** The same, each term with the first word of the texts that has it (language → term → word). */
    static Map<String, Map<String, String>> surfacesOf(Collection<String> words) {
        Map<String, Map<String, String>> terms = new HashMap<>();
        for (String language : SearchFields.LANGUAGES) {
            Map<String, String> of = new HashMap<>(words.size() * 2);
            for (String word : words) {
                String term = TranslationTable.oneTerm(language, LanguageAnalyzers.terms(language, word));
                if (term != null) {
                    of.putIfAbsent(term, word);
                }
            }
            terms.put(language, of);
        }
        return terms;
    }
}
