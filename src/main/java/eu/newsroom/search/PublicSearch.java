package eu.newsroom.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search as other modules run it (saved searches, alerts, exports): the same query, filters and
 * visibility as the search page, so only public items, with plain-text snippets and the instant each
 * item became public (its publication, or the end of its embargo).
 */
@Service
@Transactional(readOnly = true)
public class PublicSearch {

    /** The largest page one run returns. */
    public static final int MAX_SIZE = SearchParams.MAX_SIZE;

    /** What to search for, as the search page takes it; {@link #checked()} answers a 400 for a wrong value. */
    public record Query(String q, String lang, String type, LocalDate from, LocalDate to) {

        public Query checked() {
            SearchParams params = params(null, 0, 1);
            return new Query(params.query().raw(), params.lang(), params.type(), params.from(), params.to());
        }

        SearchParams params(String sort, int page, int size) {
            return SearchParams.of(q, lang, type, from, to, sort, page, size);
        }

        /** The search page with this query and its filters, newest first: where a feed or a saved search leads. */
        public String pagePath() {
            return path("/search", true);
        }

        /** This query and the filters that are set on another address, in one order (one address per search). */
        public String path(String base) {
            return path(base, false);
        }

        private String path(String base, boolean newestFirst) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("q", q == null ? "" : q);
            values.put("lang", lang);
            values.put("type", type);
            values.put("from", from == null ? null : from.toString());
            values.put("to", to == null ? null : to.toString());
            if (newestFirst) {
                values.put("sort", "date");
            }
            values.values().removeIf(Objects::isNull);
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base);
            values.keySet().forEach(name -> uri.queryParam(name, "{" + name + "}"));
            return uri.encode().buildAndExpand(values).toUriString();
        }
    }

    /** One public item found; {@code publicSince} is when the public could first read it. */
    public record Hit(String type, String slug, String lang, String title, LocalDate date, String snippet, String url,
            Instant publicSince) {
    }

    /**
     * One page of hits and how many public items match in all: exactly when {@code totalExact}, else at least that
     * many (a query with more hits than a search gathers).
     */
    public record Result(long total, boolean totalExact, List<Hit> hits) {
    }

    private final SearchService search;
    private final JdbcClient jdbc;

    PublicSearch(SearchService search, JdbcClient jdbc) {
        this.search = search;
        this.jdbc = jdbc;
    }

    /** Newest first ({@code sort} "date") or best match first ("relevance"). */
    public Result run(Query query, String sort, int page, int size, Locale reader) {
        SearchPage found = search.search(query.params(sort, page, size), reader);
        Map<String, Instant> since = publicSince(found.hits());
        List<Hit> hits = found.hits().stream().map(h -> new Hit(h.type(), h.slug(), h.lang(), h.title(),
                h.date() == null ? null : LocalDate.parse(h.date()), Snippets.plain(h.markedSnippet()), h.url(),
                since.get(h.type() + h.id()))).toList();
        return new Result(found.total(), found.complete(), hits);
    }

    /**
     * Whether a published briefing (or one of its statements) matches the query, for a reader who may see it from
     * {@code visibleAt}; the caller has decided that this reader may see it then (alerts: accredited readers under
     * embargo, everyone once it is public).
     */
    public boolean briefingMatches(Query query, long briefingId, Instant visibleAt) {
        return search.briefingMatches(query.params(null, 0, 1), briefingId, visibleAt);
    }

    /** One query per kind on the page: a statement became public with its briefing, an initiative when stored. */
    private Map<String, Instant> publicSince(List<SearchPage.Hit> hits) {
        Map<String, Instant> since = new HashMap<>();
        for (String type : SearchService.TYPES) {
            List<Long> ids = hits.stream().filter(h -> h.type().equals(type)).map(SearchPage.Hit::id).toList();
            if (ids.isEmpty()) {
                continue;
            }
            String sql = switch (type) {
                case "statement" -> "select s.id, greatest(b.published_at, b.embargo_until) as since from statement s"
                        + " join briefing b on b.id = s.briefing_id where s.id in (:ids)";
                case "initiative" -> "select id, public_from as since from initiative where id in (:ids)";
                default -> "select id, greatest(published_at, embargo_until) as since from briefing where id in (:ids)";
            };
            jdbc.sql(sql).param("ids", ids).query(rs -> {
                Timestamp at = rs.getTimestamp("since");
                since.put(type + rs.getLong("id"), at == null ? null : at.toInstant());
            });
        }
        return since;
    }
}
