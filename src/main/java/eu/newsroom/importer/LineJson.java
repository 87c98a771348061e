package eu.newsroom.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one NDJSON line strictly: unknown fields and trailing garbage are errors (a typo such as
 * "sumary" must not be silently dropped), and numbers become decimals, never floats.
 */
@Component
class LineJson {

    private static final Pattern PATH_PART = Pattern.compile("\\[\"([^\"]+)\"\\]|\\[(\\d+)\\]");

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    JsonMapper mapper() {
        return mapper;
    }

    BriefingLine read(String line) {
        if (!line.stripLeading().startsWith("{")) {
            throw new InvalidLineException("a line must be one JSON object");
        }
        try {
            return mapper.readValue(line, BriefingLine.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidLineException("unknown field '" + fieldPath(e) + "' (see docs/import-format.md)");
        } catch (StreamReadException e) {
            throw new InvalidLineException("not valid JSON: " + firstLine(e.getOriginalMessage()));
        } catch (JacksonException e) {
            throw new InvalidLineException(fieldPath(e) + ": wrong type of value (" + firstLine(e.getOriginalMessage()) + ")");
        }
    }

    /** "commitments[0].amount" from Jackson's path reference, without Java class names. */
    private static String fieldPath(JacksonException e) {
        Matcher matcher = PATH_PART.matcher(e.getPathReference());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                path.append(path.isEmpty() ? "" : ".").append(matcher.group(1));
            } else {
                path.append('[').append(matcher.group(2)).append(']');
            }
        }
        return path.isEmpty() ? "line" : path.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String first = message.lines().findFirst().orElse(message);
        // Jackson names Java types; the sender knows JSON, so keep the sentence short
        return first.replaceAll("`[a-zA-Z0-9_.$]+`", "value").replaceAll("\\s+", " ").strip();
    }
}
