package eu.newsroom.search;

import eu.newsroom.search.internal.DutchCompounds;
import eu.newsroom.search.internal.GermanCompounds;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import eu.newsroom.visibility.Visibility;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Suggestions while typing: the names of initiatives (with their aliases in every language), actors
 * and topics that start with what the reader has typed, or have a word that does. Matching ignores
 * case and diacritics, so "militarm" offers "Militärmobilität". The names are public (no embargo
 * applies to a name) and few, so they are kept in memory and re-read every few minutes.
 */
@Service
public class Completions {

    /** One suggestion: the name to search for, what it is, and its language. */
    public record Completion(String text, String kind, String lang) {
    }

    /** {@code parts}: the folded parts of its German and Dutch compounds, each after a space, or "". */
    private record Name(String text, String folded, String parts, String kind, String lang) {
    }

    private static final Duration KEEP = Duration.ofMinutes(5);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int MIN_PREFIX = 2;

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile List<Name> names = List.of();
    private volatile Instant readAt = Instant.MIN;

    Completions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** At most {@code limit} names for what was typed, best first: whole-name prefixes, then word prefixes, shorter first. */
    public List<Completion> complete(String typed, int limit) {
        String prefix = fold(typed == null ? "" : typed.strip());
        if (prefix.length() < MIN_PREFIX) {
            return List.of();
        }
        Map<String, Completion> found = new LinkedHashMap<>();
        names().stream()
                .filter(n -> n.folded().startsWith(prefix) || n.folded().contains(" " + prefix)
                        || n.parts().contains(" " + prefix))
                .sorted(Comparator.comparing((Name n) -> !n.folded().startsWith(prefix))
                        .thenComparing(n -> !n.folded().contains(" " + prefix))
                        .thenComparing(n -> n.text().length()).thenComparing(Name::text))
                .forEach(n -> found.putIfAbsent(n.folded(), new Completion(n.text(), n.kind(), n.lang())));
        return new ArrayList<>(found.values()).subList(0, Math.min(limit, found.size()));
    }

    private List<Name> names() {
        Instant now = clock.instant();
        if (readAt.plus(KEEP).isBefore(now)) {
            names = read();
            readAt = now;
        }
        return names;
    }

    private List<Name> read() {
        // only names public to everyone: the list is shared by all readers
        return jdbc.sql("""
                select name, 'initiative', cast(null as varchar) from initiative i where %1$s
                union select a.alias, 'initiative', a.lang from initiative_alias a join initiative i on i.id = a.initiative_id
                  where %1$s
                union select name, 'actor', cast(null as varchar) from actor a where %2$s
                union select n.name, 'actor', n.lang from actor_name n join actor a on a.id = n.actor_id where %2$s
                union select l.label, 'topic', l.lang from topic_label l join topic t on t.id = l.topic_id where %3$s
                """.formatted(Visibility.sharedSql("i"), Visibility.sharedSql("a"), Visibility.sharedSql("t")))
                .param(Visibility.PARAMETER, Timestamp.from(clock.instant()))
                .query((rs, row) -> new Name(rs.getString(1), fold(rs.getString(1)), compoundParts(rs.getString(1)),
                        rs.getString(2), rs.getString(3)))
                .list();
    }

    /** "Fähigkeitskoalition Drohnen" → " fahigkeit koalition": "koal" offers it as the search finds it. */
    private static String compoundParts(String name) {
        StringBuilder parts = new StringBuilder();
        for (String word : name.split("[\\s\\-/]+")) {
            for (List<String> split : List.of(GermanCompounds.parts(word), DutchCompounds.parts(word))) {
                if (split.size() > 1) {
                    split.forEach(part -> parts.append(' ').append(fold(part)));
                }
            }
        }
        return parts.toString();
    }

    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("ł", "l").replace("ø", "o");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
