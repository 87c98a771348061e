package eu.newsroom.commitment;

import eu.newsroom.visibility.Visibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sums of public commitments in euro, grouped by donor, recipient, category, status or year, that
 * never count the same money twice. Each commitment counts once however often it was reported,
 * with its latest figure, in the column its kind of figure belongs to: new money is added up; of
 * the running totals (cumulative figures) only the latest is shown, as of its date; ceilings are
 * added up beside, never inside, the new money. A part is not added where its whole is counted.
 * Every figure lists what it left out and why.
 */
@Service
@Transactional(readOnly = true)
public class CommitmentTotals {

    /** What the totals are grouped by. */
    public enum Dimension {
        DONOR, RECIPIENT, CATEGORY, STATUS, YEAR
    }

    /** Why a commitment of a group is not in its figures. */
    public enum Reason {
        /** Its whole (named as {@code related}) is counted in the same column: adding it would count it twice. */
        PART_OF_COUNTED,
        /** A running total is never added to another: the group shows the latest ({@code related}). */
        EARLIER_RUNNING_TOTAL,
        /** An amount in another currency with no known euro value. */
        NO_EURO_VALUE,
        /** No amount stated yet (a package still to agree). */
        NO_FIGURE
    }

    /** A commitment left out of a group's figures, why, and the commitment that reason names (if any). */
    public record LeftOut(String slug, String title, Reason reason, String relatedSlug, String relatedTitle) {
    }

    /**
     * The group's latest running total: a cumulative figure as of a date, shown, never added; with the end of
     * its briefing's embargo while that lasts.
     */
    public record RunningTotal(String slug, String title, BigDecimal eur, LocalDate asOf, Instant embargoUntil) {
    }

    /**
     * One group's figures: its key (slug, enum spelling or year) and label; {@code eur} the new money
     * added up from {@code counted} commitments; the latest running total (or none); the ceilings added
     * up from {@code ceilingsCounted} commitments; {@code commitments} all the group's commitments,
     * those in none of the figures in {@code leftOut}. {@code embargoed} of the counted commitments, worth
     * {@code embargoedEur} of the new money, come from briefings still under embargo (only accredited
     * readers' totals include any).
     */
    public record Total(String key, String label, int commitments, BigDecimal eur, int counted,
            RunningTotal runningTotal, BigDecimal ceilings, int ceilingsCounted, List<LeftOut> leftOut, int embargoed,
            BigDecimal embargoedEur) {

        /** How many were left out for want of a euro value. */
        public int withoutEur() {
            return (int) leftOut.stream().filter(l -> l.reason() == Reason.NO_EURO_VALUE).count();
        }
    }

    /** A public commitment in another currency: its amount, its euro value and the rate behind it. */
    public record Conversion(String slug, String title, BigDecimal amount, String currency, BigDecimal amountEur,
            BigDecimal eurRate, LocalDate rateDate, RateSource source, Instant embargoUntil) {
    }

    /** One public commitment as the totals see it. */
    private record Figure(long id, String slug, String title, Long partOf, FigureKind kind, BigDecimal amount,
            BigDecimal eur, LocalDate asOf, String key, String label, Instant embargoUntil) {

        /** Under an embargo that lasts beyond {@code after} (the present instant). */
        boolean embargoedAfter(Instant after) {
            return embargoUntil != null && embargoUntil.isAfter(after);
        }

        boolean summable() {
            return amount != null && eur != null;
        }
    }

    private static final String PUBLIC = " from commitment c"
            + " left join briefing b on b.id = c.source_briefing_id"
            + " left join actor d on d.id = c.donor_id"
            + " left join actor r on r.id = c.recipient_id"
            + " left join actor_name dn on dn.actor_id = d.id and dn.lang = :lang"
            + " left join actor_name rn on rn.actor_id = r.id and rn.lang = :lang"
            + " where (b.id is null or " + Visibility.briefingSql("b") + ")";

    private final JdbcClient jdbc;

    CommitmentTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The figures of every group, the largest new money first: of what is public up to {@code now} (the reader's
     * embargo horizon), telling apart what is under an embargo that ends after {@code embargoedAfter} (the present
     * instant).
     */
    public List<Total> by(Dimension dimension, Locale locale, Instant now, Instant embargoedAfter) {
        List<Figure> figures = figures(dimension, locale, now);
        Map<Long, Figure> byId = figures.stream().collect(Collectors.toMap(Figure::id, Function.identity()));
        Map<String, List<Figure>> groups = new LinkedHashMap<>();
        figures.forEach(f -> groups.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f));
        return groups.values().stream().map(group -> total(group, byId, embargoedAfter))
                .sorted(Comparator.comparing(Total::eur).reversed()
                        .thenComparing(t -> t.runningTotal() == null ? BigDecimal.ZERO : t.runningTotal().eur(),
                                Comparator.reverseOrder())
                        .thenComparing(Total::ceilings, Comparator.reverseOrder()).thenComparing(Total::key))
                .toList();
    }

    private static Total total(List<Figure> group, Map<Long, Figure> everyPublic, Instant embargoedAfter) {
        List<LeftOut> leftOut = new ArrayList<>();
        BigDecimal newMoney = BigDecimal.ZERO;
        BigDecimal ceilings = BigDecimal.ZERO;
        int counted = 0;
        int ceilingsCounted = 0;
        int embargoed = 0;
        BigDecimal embargoedEur = BigDecimal.ZERO;
        List<Figure> runningTotals = new ArrayList<>();
        for (Figure f : group) {
            if (f.amount() == null) {
                leftOut.add(new LeftOut(f.slug(), f.title(), Reason.NO_FIGURE, null, null));
            } else if (f.eur() == null) {
                leftOut.add(new LeftOut(f.slug(), f.title(), Reason.NO_EURO_VALUE, null, null));
            } else if (f.kind() == FigureKind.CUMULATIVE) {
                runningTotals.add(f);
            } else {
                Figure whole = countedWhole(f, everyPublic);
                if (whole != null) {
                    leftOut.add(new LeftOut(f.slug(), f.title(), Reason.PART_OF_COUNTED, whole.slug(), whole.title()));
                } else if (f.kind() == FigureKind.CEILING) {
                    ceilings = ceilings.add(f.eur());
                    ceilingsCounted++;
                } else {
                    newMoney = newMoney.add(f.eur());
                    counted++;
                    if (f.embargoedAfter(embargoedAfter)) {
                        embargoed++;
                        embargoedEur = embargoedEur.add(f.eur());
                    }
                }
            }
        }
        runningTotals.sort(Comparator.comparing(Figure::asOf).thenComparing(Figure::eur).reversed());
        RunningTotal latest = null;
        if (!runningTotals.isEmpty()) {
            Figure shown = runningTotals.get(0);
            latest = new RunningTotal(shown.slug(), shown.title(), shown.eur(), shown.asOf(), shown.embargoUntil());
            runningTotals.stream().skip(1).forEach(f -> leftOut.add(new LeftOut(f.slug(), f.title(),
                    Reason.EARLIER_RUNNING_TOTAL, shown.slug(), shown.title())));
        }
        Figure first = group.get(0);
        return new Total(first.key(), first.label(), group.size(), newMoney, counted, latest, ceilings, ceilingsCounted,
                List.copyOf(leftOut), embargoed, embargoedEur);
    }

    /**
     * The outermost whole of the same kind that the totals count, if any. Whether a whole is counted
     * does not depend on the grouping, so every grouping adds up to the same sums.
     */
    private static Figure countedWhole(Figure part, Map<Long, Figure> everyPublic) {
        Figure counted = null;
        int depth = 0;
        for (Long id = part.partOf(); id != null && depth < everyPublic.size(); depth++) {
            Figure whole = everyPublic.get(id);
            if (whole == null) {
                break;
            }
            if (whole.kind() == part.kind() && whole.summable()) {
                counted = whole;
            }
            id = whole.partOf();
        }
        return counted;
    }

    private List<Figure> figures(Dimension dimension, Locale locale, Instant now) {
        String key = switch (dimension) {
            case DONOR -> "d.slug";
            case RECIPIENT -> "coalesce(r.slug, '')";
            case CATEGORY -> "lower(c.category)";
            case STATUS -> "lower(c.status)";
            case YEAR -> "cast(extract(year from c.announced_on) as varchar)";
        };
        String label = switch (dimension) {
            case DONOR -> "coalesce(dn.name, d.name)";
            case RECIPIENT -> "coalesce(rn.name, r.name, '')";
            default -> key;
        };
        String sql = "select c.id, c.slug, c.title, c.part_of_id, c.figure, c.amount, c.amount_eur,"
                + " coalesce(c.period_to, c.announced_on) as as_of, " + key + " as key, " + label + " as label,"
                + " b.embargo_until"
                + PUBLIC + " order by c.announced_on, c.id";
        return jdbc.sql(sql).param("lang", locale.getLanguage()).param("now", java.sql.Timestamp.from(now))
                .query((rs, n) -> new Figure(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                        rs.getObject("part_of_id", Long.class), FigureKind.valueOf(rs.getString("figure")),
                        rs.getBigDecimal("amount"), rs.getBigDecimal("amount_eur"),
                        rs.getObject("as_of", LocalDate.class), rs.getString("key"), rs.getString("label"),
                        instant(rs.getTimestamp("embargo_until"))))
                .list();
    }

    /** Every public commitment stated in another currency than the euro, newest announcement first. */
    public List<Conversion> conversions(Locale locale, Instant now) {
        String sql = "select c.slug, c.title, c.amount, c.currency, c.amount_eur, c.eur_rate, c.rate_date,"
                + " c.eur_rate_source, b.embargo_until" + PUBLIC + " and c.amount is not null and c.currency <> 'EUR'"
                + " order by c.announced_on desc, c.id";
        return jdbc.sql(sql).param("lang", locale.getLanguage()).param("now", java.sql.Timestamp.from(now))
                .query((rs, n) -> new Conversion(rs.getString("slug"), rs.getString("title"), rs.getBigDecimal("amount"),
                        rs.getString("currency"), rs.getBigDecimal("amount_eur"), rs.getBigDecimal("eur_rate"),
                        rs.getObject("rate_date", LocalDate.class),
                        rs.getString("eur_rate_source") == null ? null : RateSource.valueOf(rs.getString("eur_rate_source")),
                        instant(rs.getTimestamp("embargo_until"))))
                .list();
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
