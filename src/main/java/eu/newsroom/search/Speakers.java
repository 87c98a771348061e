package eu.newsroom.search;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people a query names (issue 17): a person's name or a name of theirs in another language, or their surname
 * when no other person has it ("Rutte", "Van der Steen"), compared without case and diacritics. Items where that
 * person speaks rank above items that mention the name. The names are few and public; they are kept in memory and
 * re-read every few minutes, never per request.
 */
@Component
class Speakers {

    private static final Duration KEEP = Duration.ofMinutes(5);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MIN_SURNAME = 4;

    private final JdbcClient jdbc;
    private final Clock clock;
    /** Folded name or surname (space-separated words) → the person's name as indexed. */
    private volatile Map<String, String> names = Map.of();
    private volatile Instant readAt = Instant.MIN;

    Speakers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The names (as indexed) of the people the query names, longest match first. */
    List<String> named(String query) {
        List<String> words = List.of(fold(query).split(" "));
        Map<String, String> known = names();
        Set<String> found = new LinkedHashSet<>();
        for (int length = Math.min(4, words.size()); length >= 1; length--) {
            for (int i = 0; i + length <= words.size(); i++) {
                String name = known.get(String.join(" ", words.subList(i, i + length)));
                if (name != null) {
                    found.add(name);
                }
            }
        }
        return new ArrayList<>(found);
    }

    private Map<String, String> names() {
        Instant now = clock.instant();
        if (readAt.plus(KEEP).isBefore(now)) {
            names = read();
            readAt = now;
        }
        return names;
    }

    private Map<String, String> read() {
        Map<String, String> full = new HashMap<>();
        Map<String, String> surnames = new HashMap<>();
        Set<String> shared = new HashSet<>();
        jdbc.sql("""
                select a.name, a.name from actor a where a.kind = 'PERSON'
                union select n.name, a.name from actor_name n join actor a on a.id = n.actor_id where a.kind = 'PERSON'
                """).query((rs, row) -> {
            String name = rs.getString(2);
            String folded = fold(rs.getString(1));
            full.put(folded, name);
            String[] words = folded.split(" ");
            for (int first = 1; first < words.length; first++) {
                String surname = String.join(" ", List.of(words).subList(first, words.length));
                if (surname.length() >= MIN_SURNAME) {
                    String before = surnames.putIfAbsent(surname, name);
                    if (before != null && !before.equals(name)) {
                        shared.add(surname);
                    }
                }
            }
            return null;
        }).list();
        shared.forEach(surnames::remove);
        Map<String, String> all = new HashMap<>(surnames);
        all.putAll(full);
        return Map.copyOf(all);
    }

    static String fold(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("").replace("ł", "l").replace("ø", "o").replace("ß", "ss");
        return NOT_A_LETTER.matcher(folded).replaceAll(" ").strip();
    }
}
