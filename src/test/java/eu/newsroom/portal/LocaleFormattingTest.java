package eu.newsroom.portal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Amounts, numbers and dates follow the interface language on real pages; other-language text says its language. */
@NewsroomTest
class LocaleFormattingTest {

    @Autowired
    Http http;

    @Test
    void amountsAreWrittenAsReadersOfEachLanguageExpect() {
        String en = http.page("/commitments/eu-support-ukraine-187bn?locale=en").body();
        String de = http.page("/commitments/eu-support-ukraine-187bn?locale=de").body();
        String fr = http.page("/commitments/eu-support-ukraine-187bn?locale=fr").body();
        assertThat(en).contains("over EUR 187 bn");
        assertThat(de).contains("über 187 Mrd. EUR");
        assertThat(fr).contains("plus de 187 Md EUR");
        // the demo G7 loans, USD 50 bn at the ECB rate of 31 May 2024: EUR 46,074,456,321.42
        String trackerEn = http.page("/commitments/tracker?locale=en").body();
        String trackerDe = http.page("/commitments/tracker?locale=de").body();
        assertThat(trackerEn).contains("EUR 46.1 bn").contains("USD 50 bn").contains("EUR 1 = 1.0852 USD");
        assertThat(trackerDe).contains("46,1 Mrd. EUR").contains("50 Mrd. USD").contains("1 EUR = 1,0852 USD");
    }

    @Test
    void figuresAboveAThousandBillionKeepTheirGroupingAndDecimals() {
        String line = "{\"externalId\":\"format-1\",\"lang\":\"pt\",\"kind\":\"statement\",\"title\":\"Format\","
                + "\"date\":\"2025-03-03\",\"body\":\"b\",\"commitments\":[{\"slug\":\"format-large\",\"title\":\"Large\","
                + "\"donor\":\"eu\",\"category\":\"budget\",\"amount\":\"1234500000000\",\"currency\":\"EUR\","
                + "\"status\":\"proposed\"}]}\n";
        assertThat(http.importNdjson(line, "editor@newsroom.example").statusCode()).isEqualTo(200);
        assertThat(http.page("/commitments/format-large?locale=en").body()).contains("EUR 1,234.5 bn");
        assertThat(http.page("/commitments/format-large?locale=de").body()).contains("1.234,5 Mrd. EUR");
    }

    @Test
    void datesAreWrittenInTheInterfaceLanguage() {
        assertThat(http.page("/commitments/eu-support-ukraine-187bn?locale=en").body()).contains(">1 December 2025</time>");
        assertThat(http.page("/commitments/eu-support-ukraine-187bn?locale=de").body()).contains(">1. Dezember 2025</time>");
        assertThat(http.page("/search?q=kallas&locale=de").body()).containsPattern(">\\d{1,2}\\. [A-ZÄÖÜ][a-zäöü]+ \\d{4}</time>")
                .doesNotContainPattern(">\\d{4}-\\d{2}-\\d{2}</time>");
    }

    @Test
    void textInAnotherLanguageThanThePageIsMarked() {
        String page = http.page("/search?q=verteidigung&lang=de&locale=en").body();
        assertThat(page).contains("<html lang=\"en\"").contains("<h2 lang=\"de\">").contains("class=\"snippet\" lang=\"de\"");
        String timeline = http.page("/actors/kaja-kallas/timeline?locale=en").body();
        assertThat(timeline).contains("lang=\"de\"");
    }
}
