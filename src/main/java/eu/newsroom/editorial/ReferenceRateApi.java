package eu.newsroom.editorial;

import eu.newsroom.commitment.RateFileProblem;
import eu.newsroom.commitment.ReferenceRateUploads;
import eu.newsroom.commitment.ReferenceRates;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The reference rates for scripts: what the table covers (public), and the same upload as the chief editor's
 * page for a scheduled job that fetches the ECB's daily file ({@code POST} with Basic auth, chief editors:
 * SecurityConfiguration). The body is the file itself (zip, CSV or XML).
 */
@RestController
@RequestMapping(path = "/api/v1/reference-rates", produces = MediaType.APPLICATION_JSON_VALUE)
class ReferenceRateApi {

    /** As the page's multipart limit (spring.servlet.multipart.max-file-size). */
    private static final long MAX_BODY = 16L * 1024 * 1024;

    /** The table's reach: its last date and, per currency, the first and last date and how many dates. */
    record Coverage(LocalDate reaches, List<ReferenceRates.Coverage> currencies) {
    }

    private final ReferenceRates rates;
    private final AuditedRateUpload uploads;
    private final MessageSource messages;

    ReferenceRateApi(ReferenceRates rates, AuditedRateUpload uploads, MessageSource messages) {
        this.rates = rates;
        this.uploads = uploads;
        this.messages = messages;
    }

    @GetMapping
    Coverage coverage() {
        return new Coverage(rates.lastDate().orElse(null), rates.coverage());
    }

    @PostMapping
    ReferenceRateUploads.Outcome upload(@RequestParam(name = "file", required = false) String fileName,
            HttpServletRequest request, Principal chiefEditor, Locale locale) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            throw tooLarge(locale);
        }
        byte[] body = request.getInputStream().readNBytes((int) MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw tooLarge(locale);
        }
        try {
            return uploads.upload(body, fileName, Editors.of(chiefEditor, request));
        } catch (RateFileProblem problem) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    messages.getMessage(problem.getMessageKey(), problem.getArguments(), locale));
        }
    }

    private ResponseStatusException tooLarge(Locale locale) {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                messages.getMessage("rates.upload.tooLarge", new Object[] {MAX_BODY / (1024 * 1024)}, locale));
    }
}
