package eu.newsroom.ingest;

import eu.newsroom.web.BadRequestException;
import eu.newsroom.web.ErrorAnswer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The import assistant's API: {@code POST /api/v1/extract} answers the proposals for a raw press text. */
@RestController
@Tag(name = "Import assistant", description = "Proposals read from a raw press text; nothing is stored")
class ExtractController {

    /** JSON escapes can make a 200 KB text several times larger on the wire. */
    private static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    /** An oversized body is read to its end (up to here) so the client gets the 413 rather than a reset. */
    private static final long MAX_DRAINED_BYTES = 16L * 1024 * 1024;

    private final PressTextReader reader;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    ExtractController(PressTextReader reader, MessageSource messages) {
        this.reader = reader;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/extract", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read proposals from a raw press text",
            description = "Extracts language, dateline, title, \"in short\" points, statements, amounts (value in units,"
                    + " ISO 4217 currency, qualifier exact/over/about/up-to/range-low/range-high, amountEur only for EUR),"
                    + " commitments, initiatives and topics, each with start/end offsets in the returned `text`"
                    + " (HTML stripped). Editors only; nothing is stored.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ExtractRequest.class)))
    @ApiResponse(responseCode = "200", description = "The proposals",
            content = @Content(schema = @Schema(implementation = Extraction.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, no text, binary content, no words,"
            + " not in an EU script, or an invalid language tag", content = @Content)
    @ApiResponse(responseCode = "401", description = "No credentials", content = @Content)
    @ApiResponse(responseCode = "403", description = "Not an editor", content = @Content)
    @ApiResponse(responseCode = "413", description = "The text is over 200 KB", content = @Content)
    @ApiResponse(responseCode = "415", description = "The body is not application/json", content = @Content)
    Extraction extract(HttpServletRequest request) throws IOException {
        ExtractRequest body = parse(readBody(request));
        return reader.read(body.text(), body.lang());
    }

    @ExceptionHandler(PressTextTooLargeException.class)
    void tooLarge(PressTextTooLargeException e, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        ErrorAnswer.send(request, response, 413, messages.getMessage(e.getMessageKey(), e.getArguments(), locale));
    }

    private static byte[] readBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            drain(request.getInputStream());
            throw new PressTextTooLargeException(PressTextReader.MAX_TEXT_BYTES / 1024);
        }
        InputStream in = request.getInputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_BODY_BYTES) {
                drain(in);
                throw new PressTextTooLargeException(PressTextReader.MAX_TEXT_BYTES / 1024);
            }
        }
        return out.toByteArray();
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while (total < MAX_DRAINED_BYTES && (n = in.read(buffer)) >= 0) {
            total += n;
        }
    }

    private ExtractRequest parse(byte[] body) {
        if (body.length == 0) {
            throw new BadRequestException("ingest.error.body");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new BadRequestException("ingest.error.json");
        }
        if (root == null || !root.isObject()) {
            throw new BadRequestException("ingest.error.body");
        }
        for (String field : root.propertyNames()) {
            if (!field.equals("text") && !field.equals("lang")) {
                throw new BadRequestException("ingest.error.field", PressTextReader.abbreviate(field));
            }
        }
        JsonNode text = root.path("text");
        JsonNode lang = root.path("lang");
        if (!text.isString() || !(lang.isMissingNode() || lang.isNull() || lang.isString())) {
            throw new BadRequestException("ingest.error.body");
        }
        return new ExtractRequest(text.asString(), lang.isString() ? lang.asString() : null);
    }
}
