package eu.newsroom.search;

import eu.newsroom.search.internal.LanguageAnalyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

/**
 * Stop words of the newsroom's languages (Snowball's lists, Lucene's Polish list, and question words that say
 * nothing about the subject), for the query only: a query's stop words are those of the language whose list
 * holds most of its words ("which member states have asked for …" is English; "die" in a German query is an
 * article, in an English one a verb). They do not count towards "enough of the words"; the index keeps every word.
 */
final class StopWords {

    private static final Map<String, Set<String>> BY_LANGUAGE = load();
    /** The stop words of each language as its text field's analysis holds them ("nella" → "nell"). */
    private static final Map<String, Set<String>> ANALYSED = analysed();

    private StopWords() {
    }

    /**
     * The words of the query that are stop words of its language (none when no list holds any of them). A word in
     * capitals is an abbreviation, never a stop word ("EU" is not the French "eu"); nor is a capitalised word after the
     * first, a noun or a name as German writes every noun ("Marineeinsatz Rotes Meer": "Meer" is the sea, not the Dutch
     * "meer").
     */
    static List<String> of(List<String> all) {
        List<String> words = candidates(all);
        Set<String> stop = new HashSet<>();
        languages(words, 1).forEach(language -> stop.addAll(BY_LANGUAGE.get(language)));
        return words.stream().filter(w -> stop.contains(normal(w))).toList();
    }

    /**
     * The languages a query is written in, as its stop words tell: those whose list holds most of its words, when at
     * least two ("which member states have asked for …" is English); empty when the stop words do not tell (one "de"
     * is French, Spanish or Dutch).
     */
    static Set<String> languagesOf(List<String> all) {
        return languages(candidates(all), 2);
    }

    /** The words that can be stop words: not abbreviations ("EU" is not the French "eu"), not nouns after the first. */
    private static List<String> candidates(List<String> all) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String w = all.get(i);
            boolean abbreviation = w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT));
            boolean noun = i > 0 && Character.isUpperCase(w.codePointAt(0));
            if (!abbreviation && !noun) {
                words.add(w);
            }
        }
        return words;
    }

    /** The languages whose stop words are most of the words, when they are at least {@code least}. */
    private static Set<String> languages(List<String> words, int least) {
        int best = 0;
        Set<String> chosen = new HashSet<>();
        for (var list : BY_LANGUAGE.entrySet()) {
            int count = (int) words.stream().filter(w -> list.getValue().contains(normal(w))).count();
            if (count > best) {
                best = count;
                chosen = new HashSet<>(Set.of(list.getKey()));
            } else if (count == best && count > 0) {
                chosen.add(list.getKey());
            }
        }
        return best >= least ? Set.copyOf(chosen) : Set.of();
    }

    /** Whether a term of a language's text field is one of that language's stop words, analysed. */
    static boolean isAnalysedStopWord(String language, String term) {
        return ANALYSED.getOrDefault(language, Set.of()).contains(term);
    }

    private static Map<String, Set<String>> analysed() {
        Map<String, Set<String>> analysed = new HashMap<>();
        BY_LANGUAGE.forEach((language, words) -> analysed.put(language, words.stream()
                .flatMap(w -> LanguageAnalyzers.terms(language, w).stream())
                .collect(java.util.stream.Collectors.toUnmodifiableSet())));
        return Map.copyOf(analysed);
    }

    /** Lower case; an elided article is a stop word of its own ("l'Ukraine" is not, "d'" alone is). */
    private static String normal(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        Map<String, String> snowball = Map.of("de", "german", "en", "english", "fr", "french", "es", "spanish",
                "it", "italian", "nl", "dutch");
        Map<String, List<String>> questions = Map.of(
                "de", List.of("wie", "wann", "was", "welche", "welcher", "viel", "viele", "gibt"),
                "en", List.of("how", "what", "which", "when", "who", "many", "much", "does", "did"),
                "fr", List.of("comment", "quoi", "quel", "quelle", "quels", "consiste", "qu'est-ce"),
                "es", List.of("qué", "cómo", "cuándo", "cuánto", "quién", "es"),
                "it", List.of("cosa", "come", "quando", "quanto", "quale", "è"),
                "nl", List.of("hoe", "wat", "wanneer", "welke", "houdt"),
                "pl", List.of("jak", "ile", "kiedy", "co", "czy", "w", "z", "na", "dla", "nad", "do"));
        for (var language : List.of("de", "en", "fr", "es", "it", "nl", "pl")) {
            Set<String> words = new HashSet<>();
            if (snowball.containsKey(language)) {
                words.addAll(snowball(snowball.get(language)));
            } else {
                PolishAnalyzer.getDefaultStopSet().forEach(w -> words.add(new String((char[]) w)));
            }
            words.addAll(questions.getOrDefault(language, List.of()));
            lists.put(language, Set.copyOf(words));
        }
        return lists;
    }

    private static List<String> snowball(String name) {
        try {
            CharArraySet set = WordlistLoader.getSnowballWordSet(
                    IOUtils.getDecodingReader(SnowballFilter.class, name + "_stop.txt", StandardCharsets.UTF_8));
            List<String> words = new ArrayList<>();
            set.forEach(w -> words.add(new String((char[]) w)));
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
