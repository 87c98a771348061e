package eu.newsroom.portal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.commitment.CommitmentTotals;
import eu.newsroom.commitment.CommitmentTotals.Dimension;
import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tracker's sums, checked against the rows in PostgreSQL, with a commitment that changed, foreign currencies,
 * and overlapping figures: a whole with its parts, two running totals and a ceiling with parts of either kind.
 */
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

    private static final String OVERLAPS = line("figures-1", "2025-07-01", String.join(",",
            figure("figures-whole", "Whole package", "financial", "100", "new", null, null),
            figure("figures-part", "Part of the package", "military", "30", "new", "figures-whole", null),
            figure("figures-grandpart", "Part of the part", "military", "10", "new", "figures-part", null),
            figure("figures-running-2024", "Support provided by end 2024", "financial", "500", "cumulative", null,
                    "2024-12-31"),
            figure("figures-running-2025", "Support provided by mid 2025", "financial", "700", "cumulative", null,
                    "2025-06-30"),
            figure("figures-ceiling", "Up to 1000 mobilised", "budget", "1000", "ceiling", null, null),
            figure("figures-ceiling-part", "Up to 400 of loans", "financial", "400", "ceiling", "figures-ceiling", null),
            figure("figures-loans", "Loans agreed within the ceiling", "financial", "50", "new", "figures-ceiling", null),
            "{\"slug\":\"figures-tbd\",\"title\":\"Package still to agree\",\"donor\":\"figures-donor\","
                    + "\"category\":\"financial\",\"status\":\"proposed\"}"))
            .replace("tracker-donor", "figures-donor").replace("Trackerland", "Figureland");

    private static String figure(String slug, String title, String category, String amount, String kind, String partOf,
            String asOf) {
        return "{\"slug\":\"" + slug + "\",\"title\":\"" + title + "\",\"donor\":\"figures-donor\",\"category\":\""
                + category + "\",\"amount\":\"" + amount + "\",\"currency\":\"EUR\",\"status\":\"agreed\",\"figure\":\""
                + kind + "\"" + (partOf == null ? "" : ",\"partOf\":\"" + partOf + "\"")
                + (asOf == null ? "" : ",\"from\":\"2022-02-24\",\"to\":\"" + asOf + "\"") + "}";
    }

    private CommitmentTotals.Total row(Dimension dimension, String key) {
        return totals.by(dimension, Locale.ENGLISH, Instant.now(), Instant.now()).stream().filter(t -> t.key().equals(key))
                .findFirst().orElseThrow();
    }

    private static Map<String, String> leftOut(CommitmentTotals.Total total) {
        return total.leftOut().stream().collect(Collectors.toMap(CommitmentTotals.LeftOut::slug,
                l -> l.reason() + (l.relatedSlug() == null ? "" : " " + l.relatedSlug())));
    }

    @Test
    void overlappingFiguresAreNeverAddedTogetherAndEveryLeftOutOneSaysWhy() {
        assertThat(http.importNdjson(OVERLAPS, "editor@newsroom.example").body()).contains("\"rejected\":0");
        var donor = row(Dimension.DONOR, "figures-donor");
        assertThat(donor.commitments()).isEqualTo(9);
        // new money: the whole (100) and the loans agreed within the ceiling (50), a new figure beside a ceiling
        assertThat(donor.eur()).isEqualByComparingTo("150");
        assertThat(donor.counted()).isEqualTo(2);
        // the latest running total is shown as of its date, never added to the earlier one or to new money
        assertThat(donor.runningTotal().slug()).isEqualTo("figures-running-2025");
        assertThat(donor.runningTotal().eur()).isEqualByComparingTo("700");
        assertThat(donor.runningTotal().asOf()).isEqualTo(LocalDate.of(2025, 6, 30));
        // ceilings beside: the whole ceiling, not its part
        assertThat(donor.ceilings()).isEqualByComparingTo("1000");
        assertThat(donor.ceilingsCounted()).isEqualTo(1);
        assertThat(leftOut(donor)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "figures-part", "PART_OF_COUNTED figures-whole",
                "figures-grandpart", "PART_OF_COUNTED figures-whole",
                "figures-running-2024", "EARLIER_RUNNING_TOTAL figures-running-2025",
                "figures-ceiling-part", "PART_OF_COUNTED figures-ceiling",
                "figures-tbd", "NO_FIGURE"));

        // grouped otherwise, a part is still left out where its whole is counted in another group
        var military = row(Dimension.CATEGORY, "military");
        assertThat(leftOut(military)).containsEntry("figures-part", "PART_OF_COUNTED figures-whole")
                .containsEntry("figures-grandpart", "PART_OF_COUNTED figures-whole");
        // one running total per group, the latest, whoever reported it: the others are never added to it
        var year = row(Dimension.YEAR, "2025");
        assertThat(year.runningTotal().slug()).isEqualTo("eu-support-ukraine-187bn");
        assertThat(leftOut(year)).containsEntry("figures-running-2024", "EARLIER_RUNNING_TOTAL eu-support-ukraine-187bn")
                .containsEntry("figures-running-2025", "EARLIER_RUNNING_TOTAL eu-support-ukraine-187bn");

        // every commitment of a group is in exactly one figure or in the list of those left out
        for (Dimension dimension : Dimension.values()) {
            for (var total : totals.by(dimension, Locale.ENGLISH, Instant.now(), Instant.now())) {
                assertThat(total.counted() + total.ceilingsCounted() + (total.runningTotal() == null ? 0 : 1)
                        + total.leftOut().size()).as(dimension + " " + total.key()).isEqualTo(total.commitments());
            }
        }
    }

    @Test
    void theDemoCorpusCountsReArmAsACeilingWithSafeInsideAndTheCumulativeFigureApart() {
        var eu = row(Dimension.DONOR, "eu");
        assertThat(eu.runningTotal().slug()).isEqualTo("eu-support-ukraine-187bn");
        assertThat(eu.runningTotal().asOf()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(eu.ceilings()).isEqualByComparingTo("800000000000");
        assertThat(leftOut(eu)).containsEntry("safe-150bn", "PART_OF_COUNTED rearm-europe-800bn")
                .containsEntry("ukraine-two-year-financing-package", "NO_FIGURE");
        // neither the ceiling, nor SAFE, nor the running total is in the new money
        BigDecimal newMoney = jdbc.sql("select coalesce(sum(c.amount_eur), 0) from commitment c join actor a on a.id = c.donor_id"
                + " left join briefing b on b.id = c.source_briefing_id where a.slug = 'eu' and c.figure = 'NEW'"
                + " and (b.id is null or (b.status = 'PUBLISHED' and (b.embargo_until is null or b.embargo_until <= now())))"
                + " and not exists (select 1 from commitment w where w.id = c.part_of_id and w.figure = 'NEW'"
                + " and w.amount_eur is not null)").query(BigDecimal.class).single();
        // (other test classes add EU commitments of their own: the sum is compared with the rows, not a constant)
        assertThat(eu.eur()).isEqualByComparingTo(newMoney);

        String page = http.page("/commitments/tracker").body();
        assertThat(page).contains("How the totals are computed").contains("as of 1 December 2025")
                .contains("up to EUR 800 bn").contains("part of “Defence investment mobilised under the ReArm Europe");
        String safe = http.page("/commitments/safe-150bn").body();
        assertThat(safe).contains("Ceiling: not money pledged or delivered").contains("href=\"/commitments/rearm-europe-800bn\"");
        assertThat(http.page("/commitments/rearm-europe-800bn").body()).contains("href=\"/commitments/safe-150bn\"");
        assertThat(http.page("/commitments/eu-support-ukraine-187bn").body()).contains("Running total as of 1 December 2025");
        assertThat(http.page("/commitments?donor=eu&size=100").body()).contains(">ceiling</small>").contains(">running total</small>");
    }

    @Test
    void aCommitmentCannotBePartOfItselfNorOfItsOwnPart() {
        String self = line("figures-self", "2025-07-02", figure("figures-self", "Self", "financial", "1", "new",
                "figures-self", null)).replace("tracker-donor", "figures-donor");
        assertThat(http.importNdjson(self, "editor@newsroom.example").body()).contains("\"rejected\":1")
                .contains("cannot be part of itself");
        String pair = line("figures-loop-1", "2025-07-02", figure("figures-loop-a", "A", "financial", "1", "new", null, null)
                + "," + figure("figures-loop-b", "B", "financial", "1", "new", "figures-loop-a", null));
        assertThat(http.importNdjson(pair.replace("tracker-donor", "figures-donor"), "editor@newsroom.example").body())
                .contains("\"rejected\":0");
        String loop = line("figures-loop-2", "2025-07-03", figure("figures-loop-a", "A", "financial", "1", "new",
                "figures-loop-b", null));
        assertThat(http.importNdjson(loop.replace("tracker-donor", "figures-donor"), "editor@newsroom.example").body())
                .contains("\"rejected\":1").contains("cannot be part of itself or of one of its parts");
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
    void totalsByEveryDimensionAddUpToTheSameSums() {
        http.importNdjson(OVERLAPS, "editor@newsroom.example");
        var byDonor = totals.by(Dimension.DONOR, Locale.ENGLISH, Instant.now(), Instant.now());
        BigDecimal newMoney = byDonor.stream().map(CommitmentTotals.Total::eur).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal ceilings = byDonor.stream().map(CommitmentTotals.Total::ceilings).reduce(BigDecimal.ZERO, BigDecimal::add);
        // the public new money that is not part of public new money counted already
        BigDecimal expected = jdbc.sql("select coalesce(sum(c.amount_eur), 0) from commitment c left join briefing b"
                + " on b.id = c.source_briefing_id where (b.id is null or (b.status = 'PUBLISHED'"
                + " and (b.embargo_until is null or b.embargo_until <= now()))) and c.figure = 'NEW' and not exists ("
                + " select 1 from commitment w where w.id = c.part_of_id and w.figure = 'NEW' and w.amount_eur is not null)"
                + " and c.slug <> 'figures-grandpart'").query(BigDecimal.class).single();
        assertThat(newMoney).isEqualByComparingTo(expected);
        for (Dimension dimension : Dimension.values()) {
            var figures = totals.by(dimension, Locale.ENGLISH, Instant.now(), Instant.now());
            assertThat(figures.stream().map(CommitmentTotals.Total::eur).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(dimension.name()).isEqualByComparingTo(newMoney);
            assertThat(figures.stream().map(CommitmentTotals.Total::ceilings).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(dimension.name()).isEqualByComparingTo(ceilings);
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
