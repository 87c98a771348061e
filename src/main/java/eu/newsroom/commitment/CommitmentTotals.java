package eu.newsroom.commitment;

import eu.newsroom.visibility.Visibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sums of public commitments in euro, grouped by donor, recipient, category, status or year.
 * Each commitment counts once however often it was reported, with its latest figure; amounts
 * with no known euro value are counted but not summed, and the figure says how many.
 */
@Service
@Transactional(readOnly = true)
public class CommitmentTotals {

    /** What the totals are grouped by. */
    public enum Dimension {
        DONOR, RECIPIENT, CATEGORY, STATUS, YEAR
    }

    /**
     * One figure: the group's key (slug, enum spelling or year), its label, and what it adds up to; {@code embargoed}
     * and {@code embargoedEur} say how much of it comes from briefings still under embargo (only accredited readers'
     * totals include any).
     */
    public record Total(String key, String label, int commitments, BigDecimal eur, int withoutEur, int embargoed,
            BigDecimal embargoedEur) {
    }

    /** A public commitment in another currency: its amount, its euro value and the rate behind it. */
    public record Conversion(String slug, String title, BigDecimal amount, String currency, BigDecimal amountEur,
            BigDecimal eurRate, LocalDate rateDate, RateSource source, Instant embargoUntil) {
    }

    private static final String PUBLIC = " from commitment c"
            + " left join briefing b on b.id = c.source_briefing_id"
            + " left join actor d on d.id = c.donor_id"
            + " left join actor r on r.id = c.recipient_id"
            + " left join actor_name dn on dn.actor_id = d.id and dn.lang = :lang"
            + " left join actor_name rn on rn.actor_id = r.id and rn.lang = :lang"
            + " where (b.id is null or " + Visibility.briefingSql("b") + ")";

    /** A commitment whose source briefing is under an embargo that lasts beyond {@code :embargoedAfter}. */
    private static final String EMBARGOED = "b.embargo_until > :embargoedAfter";

    private final JdbcClient jdbc;

    CommitmentTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The totals of what is public up to {@code now} (the reader's embargo horizon), telling apart what is under an
     * embargo that ends after {@code embargoedAfter} (the present instant).
     */
    public List<Total> by(Dimension dimension, Locale locale, Instant now, Instant embargoedAfter) {
        String key = switch (dimension) {
            case DONOR -> "d.slug";
            case RECIPIENT -> "coalesce(r.slug, '')";
            case CATEGORY -> "lower(c.category)";
            case STATUS -> "lower(c.status)";
            case YEAR -> "cast(extract(year from c.announced_on) as varchar)";
        };
        String label = switch (dimension) {
            case DONOR -> "max(coalesce(dn.name, d.name))";
            case RECIPIENT -> "max(coalesce(rn.name, r.name, ''))";
            default -> key;
        };
        String sql = "select " + key + " as key, " + (dimension == Dimension.DONOR || dimension == Dimension.RECIPIENT
                ? label : key) + " as label, count(*) as commitments, coalesce(sum(c.amount_eur), 0) as eur,"
                + " count(*) filter (where c.amount_eur is null) as without_eur,"
                + " count(*) filter (where " + EMBARGOED + ") as embargoed,"
                + " coalesce(sum(c.amount_eur) filter (where " + EMBARGOED + "), 0) as embargoed_eur" + PUBLIC
                + " group by " + key + " order by eur desc, key";
        return jdbc.sql(sql).param("lang", locale.getLanguage()).param("now", java.sql.Timestamp.from(now))
                .param("embargoedAfter", java.sql.Timestamp.from(embargoedAfter))
                .query((rs, n) -> new Total(rs.getString("key"), rs.getString("label"), rs.getInt("commitments"),
                        rs.getBigDecimal("eur"), rs.getInt("without_eur"), rs.getInt("embargoed"),
                        rs.getBigDecimal("embargoed_eur")))
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
