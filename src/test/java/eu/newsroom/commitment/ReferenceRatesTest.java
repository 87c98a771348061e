package eu.newsroom.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.NewsroomTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The shipped ECB table: nearest earlier date within a month, no invented rates, and stored data kept consistent. */
@NewsroomTest
class ReferenceRatesTest {

    @Autowired
    ReferenceRates rates;

    @Autowired
    ReferenceRateBackfill backfill;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDateBetweenPublishedRatesTakesTheNearestEarlierOne() {
        var rate = rates.on("USD", LocalDate.of(2024, 6, 13)).orElseThrow();
        assertThat(rate.date()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(rate.unitsPerEuro()).isEqualByComparingTo("1.0852");
        assertThat(rate.eurPerUnit()).isEqualByComparingTo("0.92148913");
        assertThat(rate.inEuro(new BigDecimal("1000"))).isEqualByComparingTo("921.49");
        assertThat(rates.on("JPY", LocalDate.of(2022, 1, 31)).orElseThrow().unitsPerEuro()).isEqualByComparingTo("128.79");
    }

    @Test
    void noRateIsInventedBeforeTheTableOrLongAfterItsLastDate() {
        assertThat(rates.on("USD", LocalDate.of(2021, 12, 31))).isEmpty();
        assertThat(rates.on("USD", LocalDate.of(2024, 10, 31))).isPresent();
        assertThat(rates.on("USD", LocalDate.of(2024, 11, 1))).isEmpty();
        assertThat(rates.on("XAU", LocalDate.of(2024, 6, 13))).isEmpty();
    }

    @Test
    void everyCurrencyTheBriefAsksForHasMonthEndRatesFrom2022() {
        assertThat(rates.currencies()).containsExactlyInAnyOrder("USD", "GBP", "PLN", "SEK", "DKK", "CZK", "NOK", "CHF",
                "JPY");
        for (String currency : rates.currencies()) {
            for (var month = LocalDate.of(2022, 1, 1); month.isBefore(LocalDate.of(2024, 9, 1)); month = month.plusMonths(1)) {
                var endOfMonth = month.plusMonths(1).minusDays(1);
                assertThat(rates.on(currency, endOfMonth).orElseThrow().date().withDayOfMonth(1)).as(currency)
                        .isEqualTo(month);
            }
        }
    }

    @Test
    void storedForeignAmountsWithoutAEuroValueGetOneAtStart() {
        // the demo G7 loans (USD 50 bn, announced 13 June 2024), as if stored before the rate table existed
        jdbc.sql("update commitment set amount_eur = null, eur_rate = null, rate_date = null, eur_rate_source = null"
                + " where slug = 'g7-era-loans-usd50bn'").update();
        jdbc.sql("update commitment_change set amount_eur = null where commitment_id ="
                + " (select id from commitment where slug = 'g7-era-loans-usd50bn')").update();
        backfill.run(null);
        var stored = jdbc.sql("select amount_eur, eur_rate_source, rate_date from commitment where slug = 'g7-era-loans-usd50bn'")
                .query((rs, n) -> new Object[] {rs.getBigDecimal(1), rs.getString(2), rs.getObject(3, LocalDate.class)})
                .single();
        // 50 000 000 000 / 1.0852, to the cent
        assertThat((BigDecimal) stored[0]).isEqualByComparingTo("46074456321.42");
        assertThat(stored[1]).isEqualTo("ECB");
        assertThat(stored[2]).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(jdbc.sql("select count(*) from commitment_change h join commitment c on c.id = h.commitment_id"
                + " where c.slug = 'g7-era-loans-usd50bn' and h.amount_eur = 46074456321.42").query(Integer.class).single())
                .isEqualTo(1);
    }
}
