package eu.newsroom.search;

import eu.newsroom.shared.LanguageTags;
import eu.newsroom.web.BadRequestException;
import java.time.LocalDate;
import java.util.Locale;

/** The validated parameters of a search; anything the reader can correct is a 400 with a clear message. */
record SearchParams(QueryText query, String lang, String type, LocalDate from, LocalDate to, Sort sort, int page,
        int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 10_000;

    enum Sort {
        RELEVANCE, DATE
    }

    static SearchParams of(String q, String lang, String type, LocalDate from, LocalDate to, String sort, Integer page,
            Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || p > MAX_PAGE) {
            throw new BadRequestException("error.param.page", MAX_PAGE);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new BadRequestException("error.param.size", MAX_SIZE);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadRequestException("error.param.dateRange");
        }
        String language = null;
        if (lang != null && !lang.isBlank()) {
            language = LanguageTags.canonical(lang).orElseThrow(() -> new BadRequestException("error.param.lang", lang));
        }
        String kind = null;
        if (type != null && !type.isBlank()) {
            kind = type.strip().toLowerCase(Locale.ROOT);
            if (!SearchService.TYPES.contains(kind)) {
                throw new BadRequestException("search.error.type", String.join(", ", SearchService.TYPES));
            }
        }
        Sort order;
        QueryText query = QueryText.parse(q);
        if (sort == null || sort.isBlank()) {
            order = query.isEmpty() ? Sort.DATE : Sort.RELEVANCE;
        } else {
            order = switch (sort.strip().toLowerCase(Locale.ROOT)) {
                case "relevance" -> Sort.RELEVANCE;
                case "date" -> Sort.DATE;
                default -> throw new BadRequestException("search.error.sort");
            };
        }
        return new SearchParams(query, language, kind, from, to, order, p, s);
    }
}
