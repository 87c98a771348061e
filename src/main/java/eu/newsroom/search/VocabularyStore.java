package eu.newsroom.search;

import eu.newsroom.search.internal.DutchCompounds;
import eu.newsroom.search.internal.GermanCompounds;
import eu.newsroom.visibility.Visibility;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The suggester's vocabulary as the database keeps it (issue 22, tables of V19): the words of every public item with
 * how many public items contain each. An item that changes (published, corrected, withdrawn, deleted, its embargo
 * over) is {@link #refresh refreshed}: its words now are compared with the words it contributed before, and only the
 * difference is written. So no request and no start-up reads every text; the texts are read once, when the vocabulary
 * is empty ({@link #buildAll}: a new database, or one filled without the application, as bench/run.sh does).
 * <p>
 * An item's words: everything the search finds it by in its own words (title, place, event, body, "in short" points,
 * statements and their speakers' names; an initiative's name, description and aliases), folded, with the parts of
 * German and Dutch compounds, which the search finds too.
 */
@Component
class VocabularyStore {

    private static final Logger log = LoggerFactory.getLogger(VocabularyStore.class);

    /** One word of the vocabulary. */
    record Word(String folded, String surface, int items) {
    }

    static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
    /** Shorter words are not looked at as compounds (two parts of at least four letters). */
    private static final int MIN_COMPOUND_LENGTH = 8;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String BRIEFING = "briefing:";
    private static final String INITIATIVE = "initiative:";
    /** Only one node of a cluster builds an empty vocabulary. */
    private static final long BUILD_LOCK = 0x5e_a7c4_0001L;

    private static final String BRIEFING_TEXT = """
            select b.id, b.title || ' ' || coalesce(b.place, '') || ' ' || coalesce(b.event_name, '') || ' ' || b.body
              || ' ' || coalesce((select string_agg(p.text, ' ') from briefing_point p where p.briefing_id = b.id), '')
              || ' ' || coalesce((select string_agg(s.text || ' ' || a.name, ' ') from statement s
                                   join actor a on a.id = s.speaker_id where s.briefing_id = b.id), '')
            from briefing b where %s""".formatted(Visibility.briefingSql("b"));
    private static final String INITIATIVE_TEXT = """
            select i.id, i.name || ' ' || coalesce(i.description, '') || ' ' ||
              coalesce((select string_agg(a.alias, ' ') from initiative_alias a where a.initiative_id = i.id), '')
            from initiative i where %s""".formatted(Visibility.sharedSql("i"));

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transactions;

    VocabularyStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transactions = transactions;
    }

    static String briefingKey(long id) {
        return BRIEFING + id;
    }

    static String initiativeKey(long id) {
        return INITIATIVE + id;
    }

    /** Every word with its surface and count: what the suggester holds in memory (no text is read). */
    List<Word> words() {
        return jdbc.sql("select folded, surface, items from search_vocabulary")
                .query((rs, n) -> new Word(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
    }

    /** How many public items the vocabulary holds the words of. */
    int itemCount() {
        return jdbc.sql("select count(*) from search_vocabulary_item").query(Integer.class).single();
    }

    boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from search_vocabulary_item)").query(Boolean.class).single();
    }

    /**
     * The items that became public between these instants without a change of their own: an embargo ended, an
     * initiative's {@code public_from} passed.
     */
    List<String> becamePublicBetween(Instant since, Instant now) {
        List<String> items = new ArrayList<>();
        jdbc.sql("select id from briefing where status = 'PUBLISHED' and embargo_until > :since and embargo_until <= :now")
                .param("since", Timestamp.from(since)).param("now", Timestamp.from(now)).query(Long.class).list()
                .forEach(id -> items.add(briefingKey(id)));
        jdbc.sql("select id from initiative where public_from > :since and public_from <= :now")
                .param("since", Timestamp.from(since)).param("now", Timestamp.from(now)).query(Long.class).list()
                .forEach(id -> items.add(initiativeKey(id)));
        return items;
    }

    /**
     * Brings these items' words up to date, each in a transaction of its own: the words an item has now (none when it
     * is not public at this instant, or gone) against those it contributed before. Returns how many words were added
     * to or taken from the vocabulary.
     */
    int refresh(Collection<String> items, Instant now) {
        int changed = 0;
        for (String item : items) {
            Map<String, String> words = wordsOf(textOf(item, now));
            Integer n = transactions.execute(status -> apply(item, words));
            changed += n == null ? 0 : n;
        }
        return changed;
    }

    private int apply(String item, Map<String, String> now) {
        jdbc.sql("insert into search_vocabulary_item (item, words) values (:item, '') on conflict do nothing")
                .param("item", item).update();
        String before = jdbc.sql("select words from search_vocabulary_item where item = :item for update")
                .param("item", item).query(String.class).single();
        Set<String> had = before.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(before.split(" ")));
        List<String> addedFolded = new ArrayList<>();
        List<String> addedSurface = new ArrayList<>();
        now.forEach((folded, surface) -> {
            if (!had.contains(folded)) {
                addedFolded.add(folded);
                addedSurface.add(surface);
            }
        });
        List<String> removed = had.stream().filter(w -> !now.containsKey(w)).toList();
        if (!addedFolded.isEmpty()) {
            jdbcTemplate.update("insert into search_vocabulary (folded, surface, items) select f, s, 1"
                    + " from unnest(?, ?) as t(f, s) on conflict (folded) do update set items = search_vocabulary.items + 1",
                    ps -> {
                        ps.setArray(1, textArray(ps, addedFolded));
                        ps.setArray(2, textArray(ps, addedSurface));
                    });
        }
        if (!removed.isEmpty()) {
            jdbcTemplate.update("update search_vocabulary set items = items - 1 where folded = any(?)",
                    ps -> ps.setArray(1, textArray(ps, removed)));
            jdbcTemplate.update("delete from search_vocabulary where items <= 0 and folded = any(?)",
                    ps -> ps.setArray(1, textArray(ps, removed)));
        }
        if (now.isEmpty()) {
            jdbc.sql("delete from search_vocabulary_item where item = :item").param("item", item).update();
        } else {
            jdbc.sql("update search_vocabulary_item set words = :words where item = :item")
                    .param("words", String.join(" ", now.keySet())).param("item", item).update();
        }
        return addedFolded.size() + removed.size();
    }

    private static Array textArray(PreparedStatement ps, List<String> values) throws SQLException {
        return ps.getConnection().createArrayOf("text", values.toArray());
    }

    /** The text of a public item now, or "" when it is not public (or no longer exists). */
    private String textOf(String item, Instant now) {
        boolean briefing = item.startsWith(BRIEFING);
        long id = Long.parseLong(item.substring(briefing ? BRIEFING.length() : INITIATIVE.length()));
        String sql = (briefing ? BRIEFING_TEXT + " and b.id = :id" : INITIATIVE_TEXT + " and i.id = :id");
        return jdbc.sql(sql).param(Visibility.PARAMETER, Timestamp.from(now)).param("id", id)
                .query((rs, n) -> rs.getString(2)).optional().orElse("");
    }

    /**
     * Reads every public text once and writes the whole vocabulary, when it is empty (a new database, or one loaded
     * without the application). One node of a cluster does it; the others find it done.
     */
    void buildAll(Instant now) {
        long start = System.nanoTime();
        Integer items = transactions.execute(status -> {
            if (!jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", BUILD_LOCK).query(Boolean.class)
                    .single() || !isEmpty()) {
                return 0;
            }
            Map<String, int[]> counts = new HashMap<>();
            Map<String, String> surfaces = new HashMap<>();
            Map<String, List<String>> partsSeen = new HashMap<>();
            List<Object[]> ledger = new ArrayList<>();
            int[] written = {0};
            for (String[] source : new String[][] {{BRIEFING, BRIEFING_TEXT}, {INITIATIVE, INITIATIVE_TEXT}}) {
                jdbcTemplate.query(con -> {
                    PreparedStatement ps = con.prepareStatement(source[1].replace(":now", "?"));
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setFetchSize(500); // a cursor: the texts are never all in memory
                    return ps;
                }, rs -> {
                    Map<String, String> words = wordsOf(rs.getString(2), partsSeen);
                    if (words.isEmpty()) {
                        return;
                    }
                    words.forEach((folded, surface) -> {
                        counts.computeIfAbsent(folded, k -> new int[1])[0]++;
                        surfaces.putIfAbsent(folded, surface);
                    });
                    ledger.add(new Object[] {source[0] + rs.getLong(1), String.join(" ", words.keySet())});
                    if (ledger.size() == 1000) {
                        written[0] += writeLedger(ledger);
                    }
                });
            }
            written[0] += writeLedger(ledger);
            List<Object[]> rows = counts.entrySet().stream()
                    .map(e -> new Object[] {e.getKey(), surfaces.get(e.getKey()), e.getValue()[0]}).toList();
            jdbcTemplate.batchUpdate("insert into search_vocabulary (folded, surface, items) values (?, ?, ?)", rows);
            return written[0];
        });
        log.info("Suggester vocabulary built from every public text: {} items in {} ms", items,
                (System.nanoTime() - start) / 1_000_000);
    }

    private int writeLedger(List<Object[]> ledger) {
        int n = ledger.size();
        if (n > 0) {
            jdbcTemplate.batchUpdate("insert into search_vocabulary_item (item, words) values (?, ?)", ledger);
            ledger.clear();
        }
        return n;
    }

    /** An item's distinct words, folded, each with the first surface form seen; with compound parts. */
    static Map<String, String> wordsOf(String text) {
        return wordsOf(text, new HashMap<>());
    }

    /**
     * The same, with the parts of each compound looked up in {@code partsSeen} first: reading every text, the same
     * compounds come back in thousands of items, and splitting them was most of the build's time.
     */
    private static Map<String, String> wordsOf(String text, Map<String, List<String>> partsSeen) {
        Map<String, String> words = new LinkedHashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String surface = m.group().toLowerCase(Locale.ROOT);
            words.putIfAbsent(fold(surface), surface);
        }
        for (String compound : List.copyOf(words.values())) {
            if (compound.length() >= MIN_COMPOUND_LENGTH) {
                partsSeen.computeIfAbsent(compound, VocabularyStore::compoundParts)
                        .forEach(part -> words.putIfAbsent(fold(part), part));
            }
        }
        return words;
    }

    /**
     * The parts of German and Dutch compounds are words too: "Korruption" is found in "Antikorruptionsuntersuchungen"
     * (through text_de_parts), so it must not be "corrected" to the English "corruption".
     */
    private static List<String> compoundParts(String compound) {
        List<String> all = new ArrayList<>();
        for (List<String> parts : List.of(GermanCompounds.parts(compound), DutchCompounds.parts(compound))) {
            if (parts.size() > 1) {
                parts.forEach(part -> all.add(part.toLowerCase(Locale.ROOT)));
            }
        }
        return all;
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
}
