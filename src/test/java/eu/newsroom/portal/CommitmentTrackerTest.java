package eu.newsroom.portal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.commitment.CommitmentTotals;
import eu.newsroom.commitment.CommitmentTotals.Dimension;
import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The tracker's sums, checked against the rows in PostgreSQL, with a commitment that changed and foreign currencies. */
@NewsroomTest
class CommitmentTrackerTest {

    @Autowired
    Http http;

    @Autowired
    CommitmentTotals totals;

    @Autowired
    JdbcClient jdbc;

    private static String line(String id, String date, String commitments) {
        return "{\"externalId\":\"" + id + "\",\"lang\":\"en\",\"kind\":\"statement\",\"title\":\"Tracker " + id + "\","
                + "\"date\":\"" + date + "\",\"body\":\"b\",\"actors\":[{\"slug\":\"tracker-donor\",\"kind\":\"state\","
                + "\"name\":\"Trackerland\"}],\"commitments\":[" + commitments + "]}\n";
    }

    @BeforeEach
    void importCommitmentsOfOneDonor() {
        String first = line("tracker-1", "2024-03-01",
                "{\"slug\":\"tracker-eur\",\"title\":\"EUR\",\"donor\":\"tracker-donor\",\"category\":\"military\","
                        + "\"amount\":\"100\",\"currency\":\"EUR\",\"status\":\"pledged\"},"
                        + "{\"slug\":\"tracker-usd-norate\",\"title\":\"USD\",\"donor\":\"tracker-donor\",\"category\":\"financial\","
                        + "\"amount\":\"1000\",\"currency\":\"USD\",\"status\":\"pledged\"},"
                        + "{\"slug\":\"tracker-usd-rate\",\"title\":\"USD at a rate\",\"donor\":\"tracker-donor\",\"category\":\"financial\","
                        + "\"amount\":\"1000\",\"currency\":\"USD\",\"eurRate\":\"0.9\",\"rateDate\":\"2024-03-01\",\"status\":\"agreed\"},"
                        + "{\"slug\":\"tracker-nok-late\",\"title\":\"NOK after the rate table\",\"donor\":\"tracker-donor\","
                        + "\"category\":\"military\",\"amount\":\"5000\",\"currency\":\"NOK\",\"status\":\"pledged\","
                        + "\"announced\":\"2026-06-01\"}");
        // the same EUR commitment, reported again later with a higher amount and delivered
        String later = line("tracker-2", "2024-09-01",
                "{\"slug\":\"tracker-eur\",\"amount\":\"150\",\"currency\":\"EUR\",\"status\":\"delivered\"}");
        assertThat(http.importNdjson(first + later, "editor@newsroom.example").body()).contains("\"rejected\":0");
    }

    @Test
    void donorTotalCountsEachCommitmentOnceAtItsLatestFigureAndConvertsForeignAmounts() {
        var donor = totals.by(Dimension.DONOR, Locale.ENGLISH, Instant.now(), Instant.now()).stream()
                .filter(t -> t.key().equals("tracker-donor")).findFirst().orElseThrow();
        assertThat(donor.label()).isEqualTo("Trackerland");
        assertThat(donor.commitments()).isEqualTo(4);
        // EUR 150 (latest figure) + USD 1000 at the given 0.9 + USD 1000 at the ECB rate of 29 February 2024
        // (1 EUR = 1.0826 USD, the nearest earlier date in the table): 1000 / 1.0826 = 923.70
        assertThat(donor.eur()).isEqualByComparingTo(new BigDecimal("1973.70"));
        // NOK announced after the last rate in the table: counted, never given an invented euro value
        assertThat(donor.withoutEur()).isEqualTo(1);
        assertThat(donor.eur()).isEqualByComparingTo(jdbc.sql("select sum(amount_eur) from commitment c join actor a"
                + " on a.id = c.donor_id where a.slug = 'tracker-donor'").query(BigDecimal.class).single());
        assertThat(jdbc.sql("select count(*) from commitment_change cc join commitment c on c.id = cc.commitment_id"
                + " where c.slug = 'tracker-eur'").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void anOlderReportImportedAgainDoesNotTurnTheFigureBack() {
        // @BeforeEach imported both reports again: the history keeps two steps, the latest figure stays
        var detail = JsonMapper.builder().build().readTree(http.json("/api/v1/commitments/tracker-eur").body());
        assertThat(detail.path("commitment").path("amount").toString()).isEqualTo("150");
        assertThat(detail.path("commitment").path("status").asString()).isEqualTo("delivered");
        assertThat(detail.path("history").size()).isEqualTo(2);
    }

    @Test
    void totalsByEveryDimensionAddUpToTheSameSum() {
        BigDecimal sum = jdbc.sql("select coalesce(sum(c.amount_eur), 0) from commitment c left join briefing b"
                + " on b.id = c.source_briefing_id where b.id is null or (b.status = 'PUBLISHED'"
                + " and (b.embargo_until is null or b.embargo_until <= now()))").query(BigDecimal.class).single();
        for (Dimension dimension : Dimension.values()) {
            BigDecimal byDimension = totals.by(dimension, Locale.ENGLISH, Instant.now(), Instant.now()).stream()
                    .map(CommitmentTotals.Total::eur).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(byDimension).as(dimension.name()).isEqualByComparingTo(sum);
        }
    }

    @Test
    void trackerPageShowsTheFiguresWithADrillDownToTheCommitmentsBehindThem() {
        var page = http.page("/commitments/tracker");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Trackerland").contains("href=\"/commitments?donor=tracker-donor\"")
                .contains("href=\"/commitments?year=2024\"").contains("<svg class=\"bar\"");
        var drillDown = JsonMapper.builder().build().readTree(http.json("/api/v1/commitments?donor=tracker-donor").body());
        assertThat(drillDown.path("total").asInt()).isEqualTo(4);
        assertThat(http.page("/commitments?donor=tracker-donor&category=financial").body())
                .contains("/commitments/tracker-usd-rate").doesNotContain("/commitments/tracker-eur\"");
    }

    @Test
    void badTrackerFiltersAre400() {
        assertThat(http.page("/commitments?category=loans").statusCode()).isEqualTo(400);
        assertThat(http.page("/commitments?year=99999").statusCode()).isEqualTo(400);
        assertThat(http.page("/commitments?donor=Not%20A%20Slug").statusCode()).isEqualTo(400);
    }
}
