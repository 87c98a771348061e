package eu.newsroom.portal;

import eu.newsroom.search.PublicSearch;
import eu.newsroom.web.PublicLinks;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports of commitments, statements and search results, for analysts' spreadsheets (CSV) and scripts
 * (JSON), each with the same filters as its page: {@code /exports/commitments.csv?donor=eu} and
 * {@code /exports/commitments.json?donor=eu} hold the same rows. A CSV's {@code url} column holds absolute links
 * (a spreadsheet has no page to resolve a path against), from the configured public address. Commitments and
 * statements carry {@code embargo_until} ({@code embargoUntil} in JSON): the end of their briefing's embargo, in Brussels
 * time with its offset, for the accredited readers who get them before it; empty for everything public.
 */
@RestController
class ExportController {

    /** An export holds at most this many rows; the read API pages through more. */
    static final int MAX_ROWS = 10_000;
    /** A search export holds at most this many hits, best match (or newest) first. */
    static final int MAX_HITS = 1_000;
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** The JSON form of an export: when it was made, with which filters, and its rows. */
    record JsonExport<T>(Instant exported, Object filters, int count, List<T> items) {
    }

    private final CommitmentCatalogue commitments;
    private final StatementCatalogue statements;
    private final PublicSearch search;
    private final Clock clock;
    private final PublicLinks links;

    ExportController(CommitmentCatalogue commitments, StatementCatalogue statements, PublicSearch search, Clock clock,
            PublicLinks links) {
        this.links = links;
        this.commitments = commitments;
        this.statements = statements;
        this.search = search;
        this.clock = clock;
    }

    @GetMapping("/exports/commitments.csv")
    ResponseEntity<String> commitmentsCsv(@RequestParam(required = false) String donor,
            @RequestParam(required = false) String recipient, @RequestParam(required = false) String category,
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer year, Locale locale) {
        var rows = commitments(donor, recipient, category, status, year, locale);
        String csv = CsvExport.write(List.of("slug", "title", "donor", "recipient", "category", "amount", "amount_high",
                "currency", "qualifier", "amount_eur", "status", "period_from", "period_to", "announced", "figure", "as_of",
                "url", "embargo_until"), rows,
                c -> List.of(c.slug(), c.title(), c.donor().name(), c.recipient() == null ? "" : c.recipient().name(),
                        c.category(), text(c.amount()), text(c.amountHigh()), text(c.currency()), text(c.qualifier()),
                        text(c.amountEur()), c.status(), text(c.periodFrom()), text(c.periodTo()), c.announced(),
                        c.figure(), text(c.asOf()), links.absolute(c.url()), embargo(c.embargoUntil())));
        return attachment("commitments.csv", CSV, csv);
    }

    @GetMapping("/exports/commitments.json")
    ResponseEntity<JsonExport<Views.CommitmentView>> commitmentsJson(@RequestParam(required = false) String donor,
            @RequestParam(required = false) String recipient, @RequestParam(required = false) String category,
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer year, Locale locale) {
        var filter = CommitmentParams.filter(donor, recipient, category, status, year);
        return json("commitments.json", filter, commitments(donor, recipient, category, status, year, locale));
    }

    @GetMapping("/exports/statements.csv")
    ResponseEntity<String> statementsCsv(StatementQuery query, Locale locale) {
        var rows = statements.list(query.filter(), PageRequest.of(0, MAX_ROWS), locale).items();
        String csv = CsvExport.write(List.of("slug", "date", "speaker", "role", "kind", "lang", "place", "text",
                "topics", "briefing", "url", "embargo_until"), rows,
                s -> List.of(s.slug(), s.date(), s.speaker().name(), text(s.role()), s.kind(), s.lang(), text(s.place()),
                        s.text(), String.join("; ", s.topics().stream().map(Views.Link::slug).toList()),
                        s.briefing().slug(), links.absolute(s.url()), embargo(s.embargoUntil())));
        return attachment("statements.csv", CSV, csv);
    }

    @GetMapping("/exports/statements.json")
    ResponseEntity<JsonExport<Views.StatementView>> statementsJson(StatementQuery query, Locale locale) {
        var filter = query.filter();
        return json("statements.json", filter, statements.list(filter, PageRequest.of(0, MAX_ROWS), locale).items());
    }

    @GetMapping("/exports/search.csv")
    ResponseEntity<String> searchCsv(PublicSearch.Query query, @RequestParam(required = false) String sort,
            Locale locale) {
        String csv = CsvExport.write(List.of("type", "slug", "title", "lang", "date", "snippet", "url"),
                hits(query, sort, locale), h -> List.of(h.type(), h.slug(), text(h.title()), text(h.lang()),
                        text(h.date()), text(h.snippet()), links.absolute(h.url())));
        return attachment("search.csv", CSV, csv);
    }

    @GetMapping("/exports/search.json")
    ResponseEntity<JsonExport<PublicSearch.Hit>> searchJson(PublicSearch.Query query,
            @RequestParam(required = false) String sort, Locale locale) {
        return json("search.json", query.checked(), hits(query, sort, locale));
    }

    private List<Views.CommitmentView> commitments(String donor, String recipient, String category, String status,
            Integer year, Locale locale) {
        var filter = CommitmentParams.filter(donor, recipient, category, status, year);
        return commitments.list(filter, PageRequest.of(0, MAX_ROWS), locale).items();
    }

    /** Page by page (each page is one search), up to {@link #MAX_HITS}. */
    private List<PublicSearch.Hit> hits(PublicSearch.Query query, String sort, Locale locale) {
        var checked = query.checked();
        List<PublicSearch.Hit> hits = new ArrayList<>();
        for (int page = 0; hits.size() < MAX_HITS; page++) {
            var result = search.run(checked, sort, page, PublicSearch.MAX_SIZE, locale);
            hits.addAll(result.hits());
            if ((long) (page + 1) * PublicSearch.MAX_SIZE >= result.total() || result.hits().isEmpty()) {
                break;
            }
        }
        return hits.size() > MAX_HITS ? hits.subList(0, MAX_HITS) : hits;
    }

    /** As the JSON export writes it: "2027-01-15T10:00:00+01:00". */
    private static Object embargo(ZonedDateTime until) {
        return until == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(until);
    }

    private static Object text(Object value) {
        return value == null ? "" : value;
    }

    private <T> ResponseEntity<JsonExport<T>> json(String filename, Object filters, List<T> rows) {
        return attachment(filename, MediaType.APPLICATION_JSON, new JsonExport<>(clock.instant(), filters, rows.size(), rows));
    }

    private static <B> ResponseEntity<B> attachment(String filename, MediaType type, B body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
