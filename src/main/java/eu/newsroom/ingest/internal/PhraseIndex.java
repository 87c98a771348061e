package eu.newsroom.ingest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds known phrases (aliases, labels, names) in a text word by word, longest first, in one pass:
 * case-insensitive except for acronyms ("SAFE" is not "safe"), and tolerant of a short inflection
 * ending on longer words ("Militärmobilitätspakets" for "Militärmobilitätspaket").
 *
 * @param <K> what a phrase stands for, such as an initiative slug
 */
public final class PhraseIndex<K> {

    /** A phrase found in the text. */
    public record Hit<K>(K key, String phrase, int start, int end) {
    }

    private record Entry<K>(K key, String phrase, String[] words, boolean[] exactCase) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final int MAX_ENDING = 3;
    private static final int MIN_INFLECTED = 5;
    private static final String VOWELS = "aeiouyąęó";

    private final Map<String, List<Entry<K>>> byFirstWord = new HashMap<>();

    /** Adds a phrase; phrases of fewer than two letters are ignored. */
    public void add(String phrase, K key) {
        List<String> words = words(phrase);
        if (words.isEmpty() || phrase.codePoints().filter(Character::isLetter).count() < 2) {
            return;
        }
        String[] lower = new String[words.size()];
        boolean[] exact = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            exact[i] = isAcronym(word);
            lower[i] = exact[i] ? word : word.toLowerCase(Locale.ROOT);
        }
        byFirstWord.computeIfAbsent(prefixKey(words.get(0).toLowerCase(Locale.ROOT)), k -> new ArrayList<>())
                .add(new Entry<>(key, phrase, lower, exact));
    }

    /** Every non-overlapping occurrence, left to right, the longest phrase winning where several start. */
    public List<Hit<K>> find(String text) {
        List<int[]> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            tokens.add(new int[] {matcher.start(), matcher.end()});
        }
        List<Hit<K>> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String token = text.substring(tokens.get(i)[0], tokens.get(i)[1]);
            Hit<K> best = null;
            int bestWords = 0;
            for (Entry<K> entry : byFirstWord.getOrDefault(prefixKey(token.toLowerCase(Locale.ROOT)), List.of())) {
                int n = entry.words().length;
                if (n > bestWords && matches(entry, text, tokens, i)) {
                    best = new Hit<>(entry.key(), entry.phrase(), tokens.get(i)[0], tokens.get(i + n - 1)[1]);
                    bestWords = n;
                }
            }
            if (best != null) {
                hits.add(best);
                i += bestWords;
            } else {
                i++;
            }
        }
        return hits;
    }

    private static <K> boolean matches(Entry<K> entry, String text, List<int[]> tokens, int from) {
        String[] words = entry.words();
        if (from + words.length > tokens.size()) {
            return false;
        }
        for (int w = 0; w < words.length; w++) {
            int[] token = tokens.get(from + w);
            if (w > 0 && breaksPhrase(text, tokens.get(from + w - 1)[1], token[0])) {
                return false;
            }
            String found = text.substring(token[0], token[1]);
            if (!wordMatches(words[w], entry.exactCase()[w], found)) {
                return false;
            }
        }
        return true;
    }

    private static boolean wordMatches(String word, boolean exactCase, String found) {
        if (exactCase) {
            return found.equals(word);
        }
        String lower = found.toLowerCase(Locale.ROOT);
        if (lower.equals(word)) {
            return true;
        }
        if (word.length() < MIN_INFLECTED) {
            return false;
        }
        // Polish, Italian or Spanish endings replace the last vowel: "obrona" is also "obronę", "difesa" "difese"
        String stem = VOWELS.indexOf(word.charAt(word.length() - 1)) >= 0 && word.length() > MIN_INFLECTED
                ? word.substring(0, word.length() - 1) : word;
        return lower.startsWith(stem) && lower.length() - stem.length() <= MAX_ENDING
                && lower.substring(stem.length()).chars().allMatch(Character::isLetter);
    }

    /** A phrase never runs across a sentence end or a line break. */
    private static boolean breaksPhrase(String text, int from, int to) {
        for (int c = from; c < to; c++) {
            char ch = text.charAt(c);
            // a dot inside a token ("18.º") joins; a dot before a space ends a sentence
            boolean sentenceEnd = ch == '.' && (c + 1 >= text.length() || Character.isWhitespace(text.charAt(c + 1)));
            if (ch == '\n' || sentenceEnd || ch == '!' || ch == '?' || ch == ';') {
                return true;
            }
        }
        return to - from > 3;
    }

    /** Buckets by the first three letters, so an inflected first word still finds its phrase. */
    private static String prefixKey(String lowerWord) {
        return lowerWord.length() <= 3 ? lowerWord : lowerWord.substring(0, 3);
    }

    static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(phrase);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    static boolean isAcronym(String word) {
        return word.length() >= 2 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && word.codePoints().anyMatch(Character::isLetter);
    }
}
