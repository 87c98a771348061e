package eu.newsroom.portal;

import eu.newsroom.account.EmbargoAccess;
import eu.newsroom.commitment.CommitmentTotals;
import eu.newsroom.commitment.CommitmentTotals.Dimension;
import eu.newsroom.commitment.ReferenceRates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The commitment tracker: euro totals by donor, recipient, category, status and year, each figure
 * with the bar length of the chart, the link to the commitments behind it, and what it left out
 * and why (see {@link CommitmentTotals}: new money, the latest running total, ceilings beside).
 */
@Service
class CommitmentTracker {

    /**
     * One bar and table row: the new money ({@code display}, added up from {@code counted} commitments),
     * its share of the largest (for the chart), the latest running total and the ceilings beside it,
     * its drill-down link and the commitments left out of it; {@code embargoed} of the counted commitments
     * (worth {@code embargoedDisplay} of the new money) come from briefings under embargo.
     */
    record Row(String key, String label, int commitments, BigDecimal eur, String display, int counted,
            Running runningTotal, String ceilings, int ceilingsCounted, int withoutEur, int percentOfLargest,
            String drillDown, List<Left> leftOut, int embargoed, String embargoedDisplay) {
    }

    /**
     * The latest running total of a group: its figure, the date it is a total as of, its page, and the end of
     * its embargo (Brussels time) while that lasts.
     */
    record Running(String display, LocalDate asOf, String url, ZonedDateTime embargoUntil) {
    }

    /** A commitment left out of a row: its page, the reason (a message key) and the commitment the reason names. */
    record Left(String title, String url, String reason, String relatedTitle, String relatedUrl) {
    }

    private final CommitmentTotals totals;
    private final AmountFormat amounts;
    private final EmbargoAccess access;
    private final CommitmentCatalogue catalogue;
    private final ReferenceRates rates;
    private final EmbargoMarks embargoes;

    CommitmentTracker(CommitmentTotals totals, AmountFormat amounts, EmbargoAccess access, CommitmentCatalogue catalogue,
            ReferenceRates rates, EmbargoMarks embargoes) {
        this.rates = rates;
        this.embargoes = embargoes;
        this.totals = totals;
        this.amounts = amounts;
        this.access = access;
        this.catalogue = catalogue;
    }

    /** The last date of the ECB rates the newsroom holds: later amounts in another currency need a rate of their own. */
    LocalDate ratesReach() {
        return rates.lastDate().orElse(null);
    }

    /** The commitments stated in another currency, each with the rate that gave (or did not give) its euro value. */
    List<Views.ConversionView> conversions(Locale locale) {
        return totals.conversions(locale, access.liftedUpTo()).stream().map(c -> new Views.ConversionView(c.slug(),
                c.title(), amounts.format(c.amount(), null, c.currency(), "exact", locale),
                c.amountEur() == null ? null : amounts.format(c.amountEur(), null, "EUR", "exact", locale),
                catalogue.rate(c.currency(), c.source(), c.eurRate(), c.rateDate(), locale),
                "/commitments/" + c.slug(), embargoes.until(c.embargoUntil()))).toList();
    }

    Map<String, List<Row>> all(Locale locale) {
        Map<String, List<Row>> tables = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            tables.put(dimension.name().toLowerCase(Locale.ROOT), rows(dimension, locale));
        }
        return tables;
    }

    private List<Row> rows(Dimension dimension, Locale locale) {
        var figures = totals.by(dimension, locale, access.liftedUpTo(), embargoes.now());
        BigDecimal largest = figures.stream().map(CommitmentTotals.Total::eur).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        String parameter = dimension.name().toLowerCase(Locale.ROOT);
        return figures.stream().map(t -> new Row(t.key(), t.label(), t.commitments(), AmountFormat.plain(t.eur()),
                euro(t.eur(), locale), t.counted(), running(t.runningTotal(), locale),
                t.ceilingsCounted() == 0 ? null : euro(t.ceilings(), locale), t.ceilingsCounted(), t.withoutEur(),
                percent(t.eur(), largest), t.key().isEmpty() ? null : "/commitments?" + parameter + "=" + t.key(),
                t.leftOut().stream().map(CommitmentTracker::left).toList(), t.embargoed(),
                euro(t.embargoedEur(), locale))).toList();
    }

    private String euro(BigDecimal value, Locale locale) {
        return amounts.format(value, null, "EUR", "exact", locale);
    }

    private Running running(CommitmentTotals.RunningTotal total, Locale locale) {
        return total == null ? null : new Running(euro(total.eur(), locale), total.asOf(), "/commitments/" + total.slug(),
                embargoes.until(total.embargoUntil()));
    }

    private static Left left(CommitmentTotals.LeftOut out) {
        return new Left(out.title(), "/commitments/" + out.slug(),
                "tracker.reason." + out.reason().name().toLowerCase(Locale.ROOT), out.relatedTitle(),
                out.relatedSlug() == null ? null : "/commitments/" + out.relatedSlug());
    }

    private static int percent(BigDecimal value, BigDecimal largest) {
        if (largest.signum() == 0) {
            return 0;
        }
        return value.multiply(BigDecimal.valueOf(100)).divide(largest, 0, RoundingMode.HALF_UP).intValue();
    }
}
