package eu.newsroom.importer;

import eu.newsroom.shared.ActingUser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The bulk import API: {@code POST /api/v1/import} with an NDJSON body, one briefing per line. */
@RestController
class ImportController {

    static final String NDJSON = "application/x-ndjson";

    private final BriefingImport briefingImport;
    private final ImportProperties properties;

    ImportController(BriefingImport briefingImport, ImportProperties properties) {
        this.briefingImport = briefingImport;
        this.properties = properties;
    }

    @PostMapping(path = "/api/v1/import", consumes = NDJSON, produces = MediaType.APPLICATION_JSON_VALUE)
    ImportReport importBriefings(HttpServletRequest request, ActingUser sender) throws IOException {
        long limit = properties.maxBody().toBytes();
        if (request.getContentLengthLong() > limit) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                    "The body is larger than " + properties.maxBody() + "; split the file into smaller imports.");
        }
        if (request.getContentLengthLong() == 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The body is empty: send one briefing per line.");
        }
        return briefingImport.importFrom(new LimitedInputStream(request.getInputStream(), limit), sender);
    }
}
