package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text typed into the search box becomes a query the parser accepts, with no control or format
 * characters and within the length limit. Regression inputs: QueryTextFuzzTestInputs/parse/ (docs/reliability.md).
 */
class QueryTextFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void parse(FuzzedDataProvider data) {
        QueryText query = QueryText.parse(data.consumeRemainingAsString());
        assertThat(query.text().length()).isLessThanOrEqualTo(QueryText.MAX_LENGTH);
        assertThat(query.text()).doesNotContainPattern("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}&&[^\\s]]");
        if (query.structured()) {
            assertThat(QueryText.readable(query.text())).isTrue();
        }
    }
}
