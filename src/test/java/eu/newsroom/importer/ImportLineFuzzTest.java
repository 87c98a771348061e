package eu.newsroom.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Any bytes sent to the import API split into lines that are each either read as a briefing line or
 * refused with a reason (InvalidLineException), never another failure, which would be a 500.
 * Regression inputs: ImportLineFuzzTestInputs/lines/ (docs/reliability.md).
 */
class ImportLineFuzzTest {

    private final LineJson json = new LineJson();

    @FuzzTest(maxDuration = "5m")
    void lines(byte[] body) throws IOException {
        NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(body), 4096);
        for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.problem() != null) {
                assertThat(line.text()).isNull();
                continue;
            }
            if (line.text().isBlank()) {
                continue;
            }
            try {
                assertThat(json.read(line.text())).isNotNull();
            } catch (InvalidLineException refused) {
                assertThat(refused.getMessage()).isNotBlank();
            }
        }
    }
}
