package eu.newsroom.portal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.portal.Views.StatementView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statement pages set quotation marks only around a speaker's own words (issue 18). */
class StatementViewTest {

    private static StatementView statement(String kind, String text) {
        return new StatementView("s", text, kind, "de", LocalDate.of(2025, 12, 1), null, null, null, null, List.of(), "/s",
                List.of(), null);
    }

    @Test
    void onlyAQuoteOfTheSpeakersWordsAloneGetsQuotationMarks() {
        assertThat(statement("quote", "Wir liefern, was wir versprochen haben").quotedWords()).isTrue();
        assertThat(statement("quote", "Kallas betonte, dass Europa „gemeinsam aufbauen“ müsse.").quotedWords())
                .as("a sentence with a quoted phrase keeps its own marks").isFalse();
        assertThat(statement("paraphrase", "Kallas betonte, dass Europa handeln müsse.").quotedWords()).isFalse();
    }
}
