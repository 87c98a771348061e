package eu.newsroom.search.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Names of the index fields and analyzers shared by the mapping, the bridge and the queries. */
public final class SearchFields {

    /** Languages with their own analyzer; any other language goes to {@link #TEXT_OTHER}. */
    public static final List<String> LANGUAGES = List.of("de", "en", "fr", "es", "it", "pl", "nl");

    public static final String TEXT_PREFIX = "text_";
    public static final String TEXT_OTHER = "text_other";
    /** Suffix of the field with the parts of the compound words of a language ({@code text_de_parts}). */
    public static final String PARTS_SUFFIX = "_parts";
    /** Languages whose compound words are split into parts, each into a {@code text_<lang>_parts} field. */
    public static final List<String> COMPOUND_LANGUAGES = List.of("de", "nl");
    /** The parts fields, queried beside the text fields with a lower boost. */
    public static final List<String> PARTS_FIELDS = COMPOUND_LANGUAGES.stream()
            .map(l -> TEXT_PREFIX + l + PARTS_SUFFIX).toList();
    /** The parts of the thesaurus labels and aliases of a compound language ({@code concepts_de_parts}). */
    public static final List<String> CONCEPT_PARTS_FIELDS = COMPOUND_LANGUAGES.stream()
            .map(SearchFields::conceptPartsField).toList();
    /** Labels of the item's topics in every language (preferred and alternative), folded. */
    public static final String CONCEPTS = "concepts";
    /** What an item is called: a briefing's title, a statement's speaker, an initiative's name; folded. */
    public static final String HEADING = "heading";
    /**
     * Whole names and aliases, in every language, of an initiative, or of the initiatives a briefing or statement
     * reports on (its linked initiatives), each one token, folded: the query "drone wall" finds the European Drone
     * Defence Initiative and the briefings that report it.
     */
    public static final String INITIATIVES = "initiatives";
    /** Who speaks in an item: a statement's speaker, a briefing's main speaker; folded (issue 17: a name in the query). */
    public static final String SPEAKERS = "speakers";

    public static final String TYPE = "type";
    public static final String BRIEFING_ID = "briefingId";
    /** Type and id ("statement:42"): unique, sortable; the last tie-break of every sort. */
    public static final String KEY = "key";
    public static final String LANG = "lang";
    /** The entry an item belongs to in a result list ({@link #entryKey}): aggregable, to count entries. */
    public static final String ENTRY = "entry";
    public static final String DATE = "date";
    public static final String YEAR = "year";
    public static final String PUBLISHED = "published";
    public static final String EMBARGO_UNTIL = "embargoUntil";

    public static final String ANALYZER_CONCEPTS = "concepts";
    public static final String ANALYZER_OTHER = "text_other";
    public static final String ANALYZER_INITIATIVE_NAME = "initiative_name";

    /** Every full-text field the user query runs on, one per language plus the fallback. */
    public static final List<String> TEXT_FIELDS = textFields();

    private static final Set<String> KNOWN = Set.copyOf(LANGUAGES);
    private static final int LANGUAGE_TAGS_KEPT = 256;
    /** Hits' language tags → their primary language ({@link #primaryLanguage}), first come, up to the bound. */
    private static final Map<String, String> PRIMARY_LANGUAGES = new ConcurrentHashMap<>();

    private SearchFields() {
    }

    private static List<String> textFields() {
        var fields = new java.util.ArrayList<String>();
        LANGUAGES.forEach(l -> fields.add(TEXT_PREFIX + l));
        fields.add(TEXT_OTHER);
        return List.copyOf(fields);
    }

    /**
     * The entry of a result list an item belongs to (issue 17): a briefing's language versions and their statements
     * are one entry, their translation group; an initiative is an entry of its own. {@code group} is the item's
     * group field: a briefing's translation group, a statement's "group#position".
     */
    public static String entryKey(String type, long id, String group) {
        if (type.equals("initiative") || group == null) {
            return type + ":" + id;
        }
        int position = group.lastIndexOf('#');
        return "group:" + (type.equals("statement") && position > 0 ? group.substring(0, position) : group);
    }

    /** The parts field of a text field ({@code text_de} → {@code text_de_parts}), or null when it has none. */
    public static String partsFieldFor(String textField) {
        String parts = textField + PARTS_SUFFIX;
        return PARTS_FIELDS.contains(parts) ? parts : null;
    }

    /**
     * The text an item puts into its language's text field: its parts in order, the blank ones left out, one a line.
     * The page's snippets highlight the same text, rebuilt from the database's columns (SnippetQueries):
     * the two must join the same parts in the same order, or a snippet would show text the index did not match
     */
    public static String indexedText(Stream<String> parts) {
        return parts.filter(part -> part != null && !part.isBlank()).collect(Collectors.joining("\n"));
    }

    /** The full-text field of a language tag: "de-AT" goes to text_de, "pt" to text_other. */
    public static String textFieldFor(String languageTag) {
        String primary = primaryLanguage(languageTag);
        return KNOWN.contains(primary) ? TEXT_PREFIX + primary : TEXT_OTHER;
    }

    /** The parts field of the thesaurus labels of a compound language ("de" → {@code concepts_de_parts}). */
    public static String conceptPartsField(String language) {
        return CONCEPTS + "_" + language + PARTS_SUFFIX;
    }

    /**
     * The primary language of a tag, "de" for "de-AT"; empty when none is given. Asked for every hit of a search
     * (ResultEntries, the snippets): the tags parsed are kept, up to {@value #LANGUAGE_TAGS_KEPT} (a text's tag is
     * any BCP 47 tag, in practice a few dozen), past which a tag is parsed each time. Only the tags of indexed texts
     * are asked, never a reader's (an Accept-Language header could fill the bound with junk): the reader's language is
     * already a primary language.
     */
    public static String primaryLanguage(String languageTag) {
        if (languageTag == null) {
            return "";
        }
        String primary = PRIMARY_LANGUAGES.get(languageTag);
        if (primary == null) {
            primary = Locale.forLanguageTag(languageTag).getLanguage();
            if (PRIMARY_LANGUAGES.size() < LANGUAGE_TAGS_KEPT) {
                // threads racing here may each put a tag and pass the bound by a few: harmless
                PRIMARY_LANGUAGES.put(languageTag, primary);
            }
        }
        return primary;
    }

    /** How many language tags are kept parsed ({@link #primaryLanguage}); for tests. */
    public static int languageTagsKept() {
        return PRIMARY_LANGUAGES.size();
    }

    /** Forgets the language tags kept parsed: a test that fills them leaves the JVM's other tests an empty cache. */
    static void forgetLanguageTags() {
        PRIMARY_LANGUAGES.clear();
    }
}
