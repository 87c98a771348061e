package eu.newsroom.commitment;

import eu.newsroom.briefing.Briefing;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One state in a commitment's history: its status, amount and period as a briefing reported them on a date. A step is
 * public only when its source briefing is (issue 19): readers see the steps of the items they may read, and the
 * commitment's current figures are those of its latest public step ({@link Commitment#restate}).
 */
@Entity
@Table(name = "commitment_change")
@EntityListeners(EuroNormalisation.class)
public class CommitmentChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id")
    private Commitment commitment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitmentStatus status;

    private BigDecimal amount;

    private BigDecimal amountHigh;

    private String currency;

    private BigDecimal amountEur;

    @Enumerated(EnumType.STRING)
    private AmountQualifier qualifier;

    /** A rate the source gave (never the ECB's, which the commitment takes from the announcement date). */
    private BigDecimal eurRate;

    private LocalDate rateDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "eur_rate_source")
    private RateSource rateSource;

    private LocalDate periodFrom;

    private LocalDate periodTo;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_briefing_id")
    private Briefing sourceBriefing;

    protected CommitmentChange() {
    }

    CommitmentChange(Commitment commitment, CommitmentStatus status, Money money, BigDecimal givenRate,
            LocalDate givenRateOn, LocalDate effectiveOn, Briefing sourceBriefing) {
        this.commitment = commitment;
        this.status = status;
        this.amount = money == null ? null : money.amount();
        this.amountHigh = money == null ? null : money.amountHigh();
        this.currency = money == null ? null : money.currency();
        this.amountEur = money == null ? null : money.amountEur();
        this.qualifier = money == null ? null : money.qualifier();
        this.eurRate = givenRate;
        this.rateDate = givenRateOn;
        boolean foreign = money != null && !"EUR".equals(money.currency());
        this.rateSource = foreign && money.amountEur() != null ? RateSource.GIVEN : null;
        this.periodFrom = commitment.getPeriodFrom();
        this.periodTo = commitment.getPeriodTo();
        this.effectiveOn = effectiveOn;
        this.sourceBriefing = sourceBriefing;
    }

    /**
     * Whether a reader whose embargoes are lifted up to this instant may see this step: its source briefing is public
     * to them ({@code Briefing#isPublicAt}, the rule of {@code Visibility}). A step whose briefing was deleted is
     * nobody's.
     */
    public boolean isPublicAt(Instant liftedUpTo) {
        return sourceBriefing != null && sourceBriefing.isPublicAt(liftedUpTo);
    }

    /** The instant the step's briefing is (or becomes) public to every reader; null while it is not published. */
    Instant publicFrom() {
        return sourceBriefing == null ? null : sourceBriefing.publicFrom();
    }

    /**
     * The same report came again from another briefing (a language version, an update quoting it): the step is public
     * with whichever of them is public first.
     */
    void reportedAlsoBy(Briefing briefing) {
        Instant from = briefing.publicFrom();
        Instant ownFrom = publicFrom();
        if (from != null && (ownFrom == null || from.isBefore(ownFrom))) {
            sourceBriefing = briefing;
        }
    }

    /** A step in another currency is valued at the same ECB rate as its commitment: that of the announcement date. */
    void applyReferenceRate(ReferenceRates rates) {
        if (amount == null || "EUR".equals(currency) || amountEur != null) {
            return;
        }
        rates.on(currency, commitment.getAnnouncedOn()).ifPresent(rate -> this.amountEur = rate.inEuro(amount));
    }

    /** Whether this step already records the same report: same date, status and amount. */
    boolean records(LocalDate date, CommitmentStatus reportedStatus, Money money) {
        BigDecimal reportedAmount = money == null ? null : money.amount();
        String reportedCurrency = money == null ? null : money.currency();
        boolean sameAmount = amount == null ? reportedAmount == null
                : reportedAmount != null && amount.compareTo(reportedAmount) == 0;
        return effectiveOn.equals(date) && status == reportedStatus && sameAmount
                && Objects.equals(currency, reportedCurrency);
    }

    public CommitmentStatus getStatus() {
        return status;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getAmountEur() {
        return amountEur;
    }

    public AmountQualifier getQualifier() {
        return qualifier;
    }

    BigDecimal getAmountHigh() {
        return amountHigh;
    }

    BigDecimal getEurRate() {
        return eurRate;
    }

    LocalDate getRateDate() {
        return rateDate;
    }

    RateSource getRateSource() {
        return rateSource;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    Briefing getSourceBriefing() {
        return sourceBriefing;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }
}
