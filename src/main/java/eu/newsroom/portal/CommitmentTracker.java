package eu.newsroom.portal;

import eu.newsroom.account.EmbargoAccess;
import eu.newsroom.commitment.CommitmentTotals;
import eu.newsroom.commitment.CommitmentTotals.Dimension;
import eu.newsroom.commitment.ReferenceRates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The commitment tracker: euro totals by donor, recipient, category, status and year, each figure
 * with the bar length of the chart and the link to the commitments behind it.
 */
@Service
class CommitmentTracker {

    /**
     * One bar and table row: the figure, its share of the largest (for the chart) and its drill-down link;
     * {@code embargoed} commitments of it (worth {@code embargoedDisplay}) come from briefings under embargo.
     */
    record Row(String key, String label, int commitments, BigDecimal eur, String display, int withoutEur,
            int percentOfLargest, String drillDown, int embargoed, String embargoedDisplay) {
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
                amounts.format(t.eur(), null, "EUR", "exact", locale), t.withoutEur(), percent(t.eur(), largest),
                t.key().isEmpty() ? null : "/commitments?" + parameter + "=" + t.key(), t.embargoed(),
                amounts.format(t.embargoedEur(), null, "EUR", "exact", locale))).toList();
    }

    private static int percent(BigDecimal value, BigDecimal largest) {
        if (largest.signum() == 0) {
            return 0;
        }
        return value.multiply(BigDecimal.valueOf(100)).divide(largest, 0, RoundingMode.HALF_UP).intValue();
    }
}
