package eu.newsroom.commitment;

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
import java.time.LocalDate;
import java.util.Objects;

/** One state in a commitment's history: its status and amount as reported on a date. */
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

    private String currency;

    private BigDecimal amountEur;

    @Enumerated(EnumType.STRING)
    private AmountQualifier qualifier;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "source_briefing_id")
    private Long sourceBriefingId;

    protected CommitmentChange() {
    }

    CommitmentChange(Commitment commitment, CommitmentStatus status, Money money, LocalDate effectiveOn,
            Long sourceBriefingId) {
        this.commitment = commitment;
        this.status = status;
        this.amount = money == null ? null : money.amount();
        this.currency = money == null ? null : money.currency();
        this.amountEur = money == null ? null : money.amountEur();
        this.qualifier = money == null ? null : money.qualifier();
        this.effectiveOn = effectiveOn;
        this.sourceBriefingId = sourceBriefingId;
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

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }
}
