package eu.newsroom.search;

import eu.newsroom.visibility.Visibility;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What each hit of a search's window shows and is grouped by (slug, external id, title, language, translation group,
 * date), read from PostgreSQL in one statement for the window's ids. The index finds, scores and ranks; its hits carry
 * type and id from doc values only. Reading these few values from the index's stored fields instead decompressed a
 * block of stored text for every hit of the window: a fifth of a search's CPU, half of the window query's
 * (docs/benchmarks.md, issue 22). The values are those the index documents are built from (SearchDocument): a
 * statement's title is its speaker and its briefing's title, its group the briefing's translation group and its
 * position; an initiative is dated by its start, else its first status step public to every reader (issue 19).
 * <p>
 * A hit whose row is gone (deleted since the index saw it) is left out: a link to nothing is worse than a shorter list.
 */
@Component
class HitRows {

    /** One hit of the window: its type (briefing, statement, initiative), id and score from the index. */
    record Found(String type, long id, float score) {
    }

    private record Row(String slug, String externalId, String title, String lang, String group, String date) {
    }

    private static final String SQL = """
            select 'briefing' as type, b.id, b.slug, b.external_id, b.title, b.lang, b.translation_group as grp,
                   b.event_date as dated
              from briefing b where b.id = any(cast(:briefings as bigint[]))
            union all
            select 'statement', s.id, s.slug, b.external_id, a.name || ': ' || b.title, s.lang,
                   b.translation_group || '#' || s.position, s.said_on
              from statement s join briefing b on b.id = s.briefing_id join actor a on a.id = s.speaker_id
             where s.id = any(cast(:statements as bigint[]))
            union all
            select 'initiative', i.id, i.slug, null, i.name, coalesce(i.description_lang, 'en'), 'initiative:' || i.slug,
                   coalesce(i.start_date, (select min(c.changed_on) from initiative_status_change c
                                            where c.initiative_id = i.id and (c.source_briefing_id is null
                                              or exists (select 1 from briefing sb where sb.id = c.source_briefing_id
                                                         and %s))))
              from initiative i where i.id = any(cast(:initiatives as bigint[]))
            """.formatted(Visibility.briefingSql("sb"));

    private final JdbcClient jdbc;
    private final Clock clock;

    HitRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The hits in the order found, each with what it shows; no snippet yet. */
    List<SearchPage.Hit> of(List<Found> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        // each type's ids as one array literal ("{1,2,3}"): one statement text whatever the window holds, so the driver
        // and the server prepare it once, and binds three values, not one per hit (300 and more)
        Map<String, StringJoiner> idsByType = new HashMap<>();
        SearchService.TYPES.forEach(type -> idsByType.put(type, new StringJoiner(",", "{", "}")));
        found.forEach(f -> idsByType.get(f.type()).add(Long.toString(f.id())));
        Map<String, Row> rows = new HashMap<>();
        jdbc.sql(SQL)
                .param("briefings", idsByType.get("briefing").toString())
                .param("statements", idsByType.get("statement").toString())
                .param("initiatives", idsByType.get("initiative").toString())
                // as the index dates it: by the steps every reader sees (SearchDocument)
                .param(Visibility.PARAMETER, Timestamp.from(Visibility.anonymousAt(clock.instant()).liftedUpTo()))
                .query(rs -> {
                    Date dated = rs.getDate("dated");
                    rows.put(rs.getString("type") + ":" + rs.getLong("id"), new Row(rs.getString("slug"),
                            rs.getString("external_id"), rs.getString("title"), rs.getString("lang"),
                            rs.getString("grp"), dated == null ? null : dated.toLocalDate().toString()));
                });
        List<SearchPage.Hit> hits = new ArrayList<>(found.size());
        for (Found f : found) {
            Row row = rows.get(f.type() + ":" + f.id());
            if (row != null) {
                hits.add(new SearchPage.Hit(f.type(), f.id(), row.externalId(), row.slug(), row.lang(), row.title(),
                        row.date(), "", Float.isNaN(f.score()) ? 0f : f.score(), SearchService.url(f.type(), row.slug()),
                        row.group(), List.of()));
            }
        }
        return hits;
    }
}
