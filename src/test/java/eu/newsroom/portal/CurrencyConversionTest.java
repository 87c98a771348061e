package eu.newsroom.portal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A commitment announced in another currency is stored with its euro value at the ECB reference rate of its
 * announcement date, and the commitment page, the API and the tracker say which rate was used.
 */
@NewsroomTest
class CurrencyConversionTest {

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void importAPolishPledge() {
        // briefings in Portuguese go to the index's catch-all field: the judged relevance queries keep their statistics
        String line = "{\"externalId\":\"conversion-1\",\"lang\":\"pt\",\"kind\":\"statement\",\"title\":\"Conversion\","
                + "\"date\":\"2023-01-20\",\"body\":\"b\",\"actors\":[{\"slug\":\"conversion-donor\",\"kind\":\"state\","
                + "\"name\":\"Conversia\"}],\"commitments\":[{\"slug\":\"conversion-pln\",\"title\":\"Polish pledge\","
                + "\"donor\":\"conversion-donor\",\"category\":\"military\",\"amount\":\"4709\",\"currency\":\"PLN\","
                + "\"status\":\"pledged\",\"announced\":\"2023-01-15\"}]}\n";
        assertThat(http.importNdjson(line, "editor@newsroom.example").body()).contains("\"rejected\":0");
    }

    @Test
    void theEuroValueIsStoredAtTheEcbRateOfTheAnnouncementDate() {
        // 15 January 2023 has no rate in the table; the nearest earlier is 30 December 2022: 1 EUR = 4.6808 PLN
        var stored = jdbc.sql("select amount_eur, eur_rate, rate_date, eur_rate_source from commitment"
                + " where slug = 'conversion-pln'").query((rs, n) -> new Object[] {rs.getBigDecimal(1), rs.getBigDecimal(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4)}).single();
        assertThat((BigDecimal) stored[0]).isEqualByComparingTo("1006.02");
        assertThat((BigDecimal) stored[1]).isEqualByComparingTo("0.21363869");
        assertThat(stored[2]).isEqualTo(LocalDate.of(2022, 12, 30));
        assertThat(stored[3]).isEqualTo("ECB");
        assertThat(jdbc.sql("select h.amount_eur from commitment_change h join commitment c on c.id = h.commitment_id"
                + " where c.slug = 'conversion-pln'").query(BigDecimal.class).single()).isEqualByComparingTo("1006.02");
    }

    @Test
    void theCommitmentPageAndTheApiSayWhichRateWasUsed() {
        assertThat(http.page("/commitments/conversion-pln?locale=en").body())
                .contains("1,006.02 EUR").contains("ECB euro reference rate of 30 December 2022: EUR 1 = 4.6808 PLN");
        assertThat(http.page("/commitments/conversion-pln?locale=de").body())
                .contains("1.006,02 EUR").contains("Euro-Referenzkurs der EZB vom 30. Dezember 2022: 1 EUR = 4,6808 PLN");
        var rate = JsonMapper.builder().build().readTree(http.json("/api/v1/commitments/conversion-pln").body()).path("rate");
        assertThat(rate.path("source").asString()).isEqualTo("ecb");
        assertThat(rate.path("date").asString()).isEqualTo("2022-12-30");
        assertThat(rate.path("unitsPerEuro").decimalValue()).isEqualByComparingTo("4.6808");
    }

    @Test
    void theTrackerCountsItInEuroAndListsTheRate() {
        var page = http.page("/commitments/tracker?locale=en").body();
        assertThat(page).contains("Amounts in other currencies").contains("href=\"/commitments/conversion-pln\"")
                .contains("PLN 4,709").contains("EUR 1,006.02")
                .contains("ECB euro reference rate of 30 December 2022: EUR 1 = 4.6808 PLN");
        var donor = JsonMapper.builder().build().readTree(http.json("/exports/commitments.json?donor=conversion-donor").body());
        assertThat(donor.path("items").get(0).path("amountEur").decimalValue()).isEqualByComparingTo("1006.02");
        assertThat(page).contains("href=\"/commitments?donor=conversion-donor\"");
    }

    @Test
    void aRateGivenByTheSourceWinsOverTheEcbRate() {
        String line = "{\"externalId\":\"conversion-2\",\"lang\":\"pt\",\"kind\":\"statement\",\"title\":\"Given rate\","
                + "\"date\":\"2023-01-20\",\"body\":\"b\",\"commitments\":[{\"slug\":\"conversion-given\",\"title\":\"Given\","
                + "\"donor\":\"conversion-donor\",\"category\":\"military\",\"amount\":\"1000\",\"currency\":\"GBP\","
                + "\"eurRate\":\"1.1\",\"rateDate\":\"2023-01-19\",\"status\":\"pledged\"}]}\n";
        assertThat(http.importNdjson(line, "editor@newsroom.example").body()).contains("\"rejected\":0");
        assertThat(jdbc.sql("select eur_rate_source || ' ' || amount_eur from commitment where slug = 'conversion-given'")
                .query(String.class).single()).isEqualTo("GIVEN 1100.00");
        assertThat(http.page("/commitments/conversion-given?locale=en").body())
                .contains("rate given by the source: 1 GBP = 1.1 EUR on 19 January 2023");
    }
}
