package eu.newsroom.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits an NDJSON body into lines and decodes each strictly as UTF-8, so that one line with broken
 * bytes or of absurd length is reported alone instead of spoiling the whole body.
 */
final class NdjsonLines {

    /** One line of the body: its text, or why it could not be read. */
    record Line(int number, String text, String problem) {
    }

    private final InputStream in;
    private final int maxLineBytes;
    private int number;

    NdjsonLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the body. */
    Line next() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean tooLong = false;
        int b;
        boolean sawAny = false;
        while ((b = in.read()) != -1) {
            sawAny = true;
            if (b == '\n') {
                break;
            }
            if (bytes.size() < maxLineBytes) {
                bytes.write(b);
            } else {
                tooLong = true;
            }
        }
        if (!sawAny) {
            return null;
        }
        number++;
        if (tooLong) {
            return new Line(number, null, "longer than " + maxLineBytes + " bytes");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            return new Line(number, text.endsWith("\r") ? text.substring(0, text.length() - 1) : text, null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "not valid UTF-8");
        }
    }
}
