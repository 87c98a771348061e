package eu.newsroom.portal;

import java.nio.charset.StandardCharsets;
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

/** CSV exports of commitments and statements, for analysts' spreadsheets. JSON is the read API. */
@RestController
class ExportController {

    /** An export holds at most this many rows; the read API pages through more. */
    static final int MAX_ROWS = 10_000;
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CommitmentCatalogue commitments;
    private final StatementCatalogue statements;

    ExportController(CommitmentCatalogue commitments, StatementCatalogue statements) {
        this.commitments = commitments;
        this.statements = statements;
    }

    @GetMapping("/exports/commitments.csv")
    ResponseEntity<String> commitments(@RequestParam(required = false) String donor,
            @RequestParam(required = false) String recipient, @RequestParam(required = false) String category,
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer year, Locale locale) {
        var filter = CommitmentParams.filter(donor, recipient, category, status, year);
        var rows = commitments.list(filter, PageRequest.of(0, MAX_ROWS), locale).items();
        String csv = CsvExport.write(List.of("slug", "title", "donor", "recipient", "category", "amount", "amount_high",
                "currency", "qualifier", "amount_eur", "status", "period_from", "period_to", "announced", "url"), rows,
                c -> List.of(c.slug(), c.title(), c.donor().name(), c.recipient() == null ? "" : c.recipient().name(),
                        c.category(), text(c.amount()), text(c.amountHigh()), text(c.currency()), text(c.qualifier()),
                        text(c.amountEur()), c.status(), text(c.periodFrom()), text(c.periodTo()), c.announced(), c.url()));
        return attachment("commitments.csv", csv);
    }

    @GetMapping("/exports/statements.csv")
    ResponseEntity<String> statements(@RequestParam(required = false) String speaker,
            @RequestParam(required = false) String lang, Locale locale) {
        var rows = statements.list(speaker, lang, PageRequest.of(0, MAX_ROWS), locale).items();
        String csv = CsvExport.write(List.of("slug", "date", "speaker", "role", "kind", "lang", "place", "text",
                "briefing", "url"), rows,
                s -> List.of(s.slug(), s.date(), s.speaker().name(), text(s.role()), s.kind(), s.lang(), text(s.place()),
                        s.text(), s.briefing().slug(), s.url()));
        return attachment("statements.csv", csv);
    }

    private static Object text(Object value) {
        return value == null ? "" : value;
    }

    private static ResponseEntity<String> attachment(String filename, String csv) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(csv);
    }
}
