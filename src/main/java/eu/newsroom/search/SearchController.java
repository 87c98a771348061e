package eu.newsroom.search;

import static eu.newsroom.shared.NewsroomTime.BRUSSELS;

import eu.newsroom.account.EmbargoAccess;
import eu.newsroom.shared.LanguageTags;
import eu.newsroom.visibility.Visibility;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/** The search page (a plain GET form, no JavaScript) and the JSON search API. */
@Controller
class SearchController {

    private final SearchService search;
    private final MessageSource messages;
    private final EmbargoAccess access;

    SearchController(SearchService search, MessageSource messages, EmbargoAccess access) {
        this.search = search;
        this.messages = messages;
        this.access = access;
    }

    /** What this reader may find (accredited readers: embargoed items too) and, on the page, which are embargoed. */
    private record Found(SearchPage page, Map<String, Instant> embargoes) {

        Instant embargo(SearchPage.Hit hit) {
            return embargoes.get(hit.type() + ":" + hit.id());
        }
    }

    private Found find(SearchParams params, Locale locale) {
        Visibility visibility = access.visibility();
        SearchPage page = search.search(params, locale, visibility);
        return new Found(page, visibility.audience().seesEmbargoed() ? search.embargoes(page.hits(), visibility.at())
                : Map.of());
    }

    /** The JSON answer of GET /api/v1/search. */
    record SearchAnswer(String query, String searched, List<String> notices, long total, boolean totalExact, int page,
            int size,
            List<ApiHit> hits, Map<String, Map<String, Long>> facets, String suggestion, long exactEntries) {
    }

    /**
     * One entry of the JSON answer (one item: its other language versions in {@code otherVersions}, its matching
     * statements in {@code statements}, up to three, and how many more); the snippet is plain text,
     * {@code highlights} the terms that matched.
     */
    record ApiHit(String type, long id, String externalId, String slug, String lang, String title, String date,
            String snippet, List<String> highlights, float score, String url, List<SearchPage.Version> otherVersions,
            List<ApiStatement> statements, int moreStatements, Instant embargoUntil) {

        static ApiHit of(SearchPage.Hit h, Found found) {
            return new ApiHit(h.type(), h.id(), h.externalId(), h.slug(), h.lang(), h.title(), h.date(),
                    Snippets.plain(h.markedSnippet()), Snippets.highlightedTerms(h.markedSnippet()), h.score(), h.url(),
                    h.otherVersions(), h.statements().stream().map(s -> ApiStatement.of(s, found)).toList(),
                    h.moreStatements(), found.embargo(h));
        }
    }

    /** A matching statement shown under its briefing. */
    record ApiStatement(long id, String slug, String lang, String title, String date, String snippet, String url,
            Instant embargoUntil) {

        static ApiStatement of(SearchPage.Hit s, Found found) {
            return new ApiStatement(s.id(), s.slug(), s.lang(), s.title(), s.date(), Snippets.plain(s.markedSnippet()),
                    s.url(), found.embargo(s));
        }
    }

    @GetMapping(value = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    SearchAnswer api(@RequestParam(required = false) String q, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String type, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Locale locale) {
        SearchParams params = SearchParams.of(q, lang, type, from, to, sort, page, size);
        Found found = find(params, locale);
        SearchPage result = found.page();
        List<ApiHit> hits = result.hits().stream().map(h -> ApiHit.of(h, found)).toList();
        List<String> notices = result.notices().stream()
                .map(n -> messages.getMessage(n.messageKey, new Object[] {QueryText.MAX_LENGTH, QueryText.MAX_WORDS},
                        locale))
                .toList();
        return new SearchAnswer(params.query().raw(), result.searchedText(), notices, result.total(),
                result.complete(), result.page(),
                result.size(), hits, result.facets(), result.suggestion(), result.exactEntries());
    }

    /**
     * A hit as the page shows it: the snippet as escaped HTML with our own mark tags only (without the title the
     * entry shows just above it), and its statements.
     */
    record PageHit(SearchPage.Hit hit, String sanitizedSnippet, List<PageHit> statements, ZonedDateTime embargoUntil) {

        static PageHit of(SearchPage.Hit h, Found found) {
            Instant embargo = found.embargo(h);
            return new PageHit(h, Snippets.sanitizedHtml(Snippets.withoutLeadingTitle(h.markedSnippet(), h.title())),
                    h.statements().stream().map(s -> of(s, found)).toList(),
                    embargo == null ? null : embargo.atZone(BRUSSELS));
        }
    }

    /** A facet value as a link that adds (or, when active, removes) a filter. */
    record FacetLink(String label, String value, long count, String href, boolean active) {
    }

    @GetMapping(value = "/search", produces = MediaType.TEXT_HTML_VALUE)
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String type, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Model model, Locale locale, HttpServletResponse response) {
        // an end before the start is the reader's slip in two fields: said beside them, the query and dates kept
        // (not the error page); the API answers 400 as before
        boolean reversedDates = from != null && to != null && to.isBefore(from);
        SearchParams params = SearchParams.of(q, lang, type, reversedDates ? null : from, reversedDates ? null : to,
                sort, page, size);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("dateRangeError", reversedDates);
        model.addAttribute("q", params.query().raw());
        model.addAttribute("params", params);
        model.addAttribute("sortValue", params.sort().name().toLowerCase(Locale.ROOT));
        model.addAttribute("types", SearchService.TYPES);
        boolean searched = (!params.query().isEmpty() || q != null) && !reversedDates;
        model.addAttribute("searched", searched);
        if (reversedDates) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        if (!searched) {
            return "search/results";
        }
        Found found = find(params, locale);
        SearchPage result = found.page();
        model.addAttribute("result", result);
        model.addAttribute("hits", result.hits().stream().map(h -> PageHit.of(h, found)).toList());
        model.addAttribute("noticeKeys", result.notices().stream().map(n -> n.messageKey).toList());
        // where the entries the query found end and those with only some of its words begin, when on this page
        long belowAt = result.exactEntries() - (long) result.page() * result.size();
        model.addAttribute("belowAt", result.exactEntries() < result.total() && belowAt >= 0
                && belowAt < result.hits().size() ? belowAt : -1);
        model.addAttribute("suggestionHref", result.suggestion() == null ? null
                : href(params, result.suggestion(), "page", null));
        model.addAttribute("maxLength", QueryText.MAX_LENGTH);
        model.addAttribute("maxWords", QueryText.MAX_WORDS);
        Map<String, List<FacetLink>> facets = new LinkedHashMap<>();
        facets.put("type", links(result.facets().get("type"), "type", params.type(), params, q,
                v -> messages.getMessage("search.type." + v, null, v, locale)));
        facets.put("lang", links(result.facets().get("lang"), "lang", params.lang(), params, q,
                v -> LanguageTags.displayName(v, locale)));
        facets.put("year", links(result.facets().get("year"), "year", yearOf(params), params, q, v -> v));
        model.addAttribute("facets", facets);
        model.addAttribute("previousHref", result.hasPrevious() ? href(params, q, "page", String.valueOf(params.page() - 1)) : null);
        model.addAttribute("nextHref", result.hasNext() ? href(params, q, "page", String.valueOf(params.page() + 1)) : null);
        return "search/results";
    }

    private static String yearOf(SearchParams params) {
        if (params.from() != null && params.to() != null && params.from().getYear() == params.to().getYear()
                && params.from().getDayOfYear() == 1 && params.to().getMonthValue() == 12 && params.to().getDayOfMonth() == 31) {
            return String.valueOf(params.from().getYear());
        }
        return null;
    }

    private static List<FacetLink> links(Map<String, Long> counts, String name, String active, SearchParams params,
            String q, java.util.function.Function<String, String> label) {
        List<FacetLink> links = new ArrayList<>();
        if (counts == null) {
            return links;
        }
        counts.forEach((value, count) -> {
            boolean isActive = value.equals(active);
            String href = isActive ? href(params, q, name, null) : href(params, q, name, value);
            links.add(new FacetLink(label.apply(value), value, count, href, isActive));
        });
        return links;
    }

    /** The current search with one parameter changed (null removes it); the page goes back to the first. */
    private static String href(SearchParams params, String q, String name, String value) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", q);
        query.put("type", params.type());
        query.put("lang", params.lang());
        query.put("from", params.from() == null ? null : params.from().toString());
        query.put("to", params.to() == null ? null : params.to().toString());
        query.put("sort", params.sort().name().toLowerCase(Locale.ROOT));
        query.put("size", params.size() == SearchParams.DEFAULT_SIZE ? null : String.valueOf(params.size()));
        if (name.equals("year")) {
            query.put("from", value == null ? null : value + "-01-01");
            query.put("to", value == null ? null : value + "-12-31");
        } else {
            query.put(name, value);
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search");
        query.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                uri.queryParam(k, "{" + k + "}");
            }
        });
        Map<String, String> values = new LinkedHashMap<>();
        query.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                values.put(k, v);
            }
        });
        return uri.encode().buildAndExpand(values).toUriString();
    }
}
