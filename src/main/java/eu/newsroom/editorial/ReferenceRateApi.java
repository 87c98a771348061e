package eu.newsroom.editorial;

import eu.newsroom.shared.ActingUser;
import eu.newsroom.commitment.RateFileProblem;
import eu.newsroom.commitment.ReferenceRateUploads;
import eu.newsroom.commitment.ReferenceRates;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
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

    /** The table's reach: its last date and, per currency, the first and last date and how many dates. */
    record Coverage(LocalDate reaches, List<ReferenceRates.Coverage> currencies) {
    }

    private final ReferenceRates rates;
    private final AuditedRateUpload uploads;
    private final MessageSource messages;
    /** The page's multipart limit, so a file the page takes is taken here too. */
    private final long maxBody;

    ReferenceRateApi(ReferenceRates rates, AuditedRateUpload uploads, MessageSource messages,
            @Value("${spring.servlet.multipart.max-file-size:16MB}") DataSize maxBody) {
        this.rates = rates;
        this.uploads = uploads;
        this.messages = messages;
        this.maxBody = maxBody.toBytes();
    }

    @GetMapping
    Coverage coverage() {
        return new Coverage(rates.lastDate().orElse(null), rates.coverage());
    }

    /** The ECB's own files only: a type a form can send (text/plain) would let another site's page post here. */
    @PostMapping(consumes = {"application/zip", "application/x-zip-compressed", "text/csv", "application/xml", "text/xml",
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ReferenceRateUploads.Outcome upload(@RequestParam(name = "file", required = false) String fileName,
            HttpServletRequest request, ActingUser chiefEditor, Locale locale) throws IOException {
        if (request.getContentLengthLong() > maxBody) {
            throw tooLarge(locale);
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
        if (body.length > maxBody) {
            throw tooLarge(locale);
        }
        try {
            return uploads.upload(body, fileName, chiefEditor);
        } catch (RateFileProblem problem) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    messages.getMessage(problem.getMessageKey(), problem.getArguments(), locale));
        }
    }

    private ResponseStatusException tooLarge(Locale locale) {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                messages.getMessage("rates.upload.tooLarge", new Object[] {Math.max(1, maxBody / (1024 * 1024))}, locale));
    }
}
