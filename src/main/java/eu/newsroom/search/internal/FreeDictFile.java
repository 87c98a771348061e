package eu.newsroom.search.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * One bilingual dictionary of the FreeDict project as Debian installs it for the dict server
 * ({@code /usr/share/dictd/freedict-deu-eng.index} and {@code .dict.dz}): its one-word headwords with their one-word
 * translations. The {@code .index} names each entry (headword, offset and length in base 64) in the dictzip file,
 * which reads as plain gzip; the entries are read in the order of their offsets, one at a time, so reading a large
 * dictionary (German–English: 100 MB of text) holds its index (about half a million short records) and one entry in
 * memory, never the text of the file.
 * <p>
 * An entry is its headword line (with pronunciation and part of speech), then lines of translations, comma- or
 * semicolon-separated, numbered per sense in the dictionaries generated from Wiktionary, which add a definition in
 * the source language after each sense. A line with an item of more than {@link #MAX_ITEM_WORDS} words is such a
 * definition and is skipped; cross references ({@code see:}, {@code Synonyms:}, braces, arrows) too. Of the
 * translations, single words and phrases of two or three words are kept ("Luftverteidigung" → "air defence", searched
 * as a phrase); of the headwords, single words and pairs of words ("air defence" → "Luftverteidigung", looked up for
 * two adjacent words of a query).
 */
public final class FreeDictFile {

    /** FreeDict's language codes (ISO 639-3) of the languages the search analyses. */
    public static final Map<String, String> LANGUAGES = Map.of("deu", "de", "eng", "en", "fra", "fr", "spa", "es",
            "ita", "it", "pol", "pl", "nld", "nl");
    private static final Pattern FILE = Pattern.compile("freedict-([a-z]{3})-([a-z]{3})\\.index");
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    /**
     * A translation of two or three words ("air defence", "system obrony powietrznej"), hyphens read as spaces
     * ("anti-tank"); a headword of two words.
     */
    private static final Pattern PHRASE = Pattern.compile("\\p{L}+(?: \\p{L}+){1,2}");
    private static final Pattern TWO_WORDS = Pattern.compile("\\p{L}{2,} \\p{L}{2,}");
    private static final Pattern SENSE_NUMBER = Pattern.compile("^\\d+\\.\\s*");
    private static final Pattern NOTES = Pattern.compile("<[^>]*>|\\[[^\\]]*\\]|\\([^)]*\\)|/[^/]*/");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("[,;]");
    static final int MAX_ITEM_WORDS = 3;

    private final Path index;
    private final Path data;
    private final String from;
    private final String to;

    private FreeDictFile(Path index, String from, String to) {
        this.index = index;
        this.data = index.resolveSibling(index.getFileName().toString().replace(".index", ".dict.dz"));
        this.from = from;
        this.to = to;
    }

    /** The dictionaries in a directory between two of the search's languages (none when it does not exist). */
    public static List<FreeDictFile> in(Path directory) throws IOException {
        List<FreeDictFile> found = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return found;
        }
        try (var files = Files.list(directory)) {
            files.sorted().forEach(file -> {
                var m = FILE.matcher(file.getFileName().toString());
                if (m.matches() && LANGUAGES.containsKey(m.group(1)) && LANGUAGES.containsKey(m.group(2))) {
                    FreeDictFile dictionary = new FreeDictFile(file, LANGUAGES.get(m.group(1)),
                            LANGUAGES.get(m.group(2)));
                    if (Files.isReadable(dictionary.data)) {
                        found.add(dictionary);
                    }
                }
            });
        }
        return found;
    }

    /** The language of the headwords (a tag of the search: "de"). */
    public String from() {
        return from;
    }

    /** The language of the translations. */
    public String to() {
        return to;
    }

    @Override
    public String toString() {
        return index.getFileName().toString();
    }

    /** Each headword of one or two words with each of its translations of one to three words, in the dictionary's order. */
    public void forEachPair(BiConsumer<String, String> pair) throws IOException {
        record Entry(long offset, int length, String headword) {
        }
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(index, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] columns = line.split("\t");
                if (columns.length < 3 || !WORD.matcher(columns[0]).matches()
                        && !TWO_WORDS.matcher(columns[0]).matches()) {
                    continue;
                }
                entries.add(new Entry(base64(columns[1]), (int) base64(columns[2]), columns[0]));
            }
        }
        entries.sort(Comparator.comparingLong(Entry::offset));
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(data), 1 << 16),
                1 << 16)) {
            long position = 0;
            for (Entry entry : entries) {
                if (entry.offset() < position) {
                    continue; // two headwords naming one entry: read once, under the first
                }
                in.skipNBytes(entry.offset() - position);
                byte[] text = in.readNBytes(entry.length());
                position = entry.offset() + text.length;
                translations(new String(text, StandardCharsets.UTF_8))
                        .forEach(t -> pair.accept(entry.headword(), t));
            }
        }
    }

    /** The translations of one to three words of an entry's text (its first line is the headword). */
    public static List<String> translations(String entry) {
        List<String> found = new ArrayList<>();
        String[] lines = entry.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("Synonym") || line.startsWith("see:") || line.startsWith("Note")
                    || line.startsWith("Example") || line.contains("{") || line.contains("→")) {
                continue;
            }
            line = NOTES.matcher(SENSE_NUMBER.matcher(line).replaceFirst("")).replaceAll(" ");
            List<String> items = new ArrayList<>();
            boolean definition = false;
            for (String item : ITEM_SEPARATOR.split(line)) {
                String trimmed = item.strip();
                if (!trimmed.isEmpty()) {
                    definition |= trimmed.split("\\s+").length > MAX_ITEM_WORDS;
                    items.add(trimmed);
                }
            }
            if (definition) {
                continue;
            }
            items.stream().map(item -> item.replace('-', ' ').replaceAll("\\s+", " ").strip())
                    .filter(item -> (WORD.matcher(item).matches() || PHRASE.matcher(item).matches())
                            && !found.contains(item))
                    .forEach(found::add);
        }
        return found;
    }

    private static long base64(String digits) {
        long n = 0;
        for (int i = 0; i < digits.length(); i++) {
            n = n * 64 + BASE64.indexOf(digits.charAt(i));
        }
        return n;
    }
}
