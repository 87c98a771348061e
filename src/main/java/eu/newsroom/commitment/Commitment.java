package eu.newsroom.commitment;

import eu.newsroom.actor.Actor;
import eu.newsroom.briefing.Briefing;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.shared.AuditedEntity;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * Support pledged or delivered by a donor to a recipient. One row per commitment however often it
 * is reported; each reported change of status or amount is kept in its history.
 */
@Entity
@Table(name = "commitment")
@EntityListeners(EuroNormalisation.class)
public class Commitment extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String slug;

    @Column(nullable = false)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "donor_id")
    private Actor donor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_id")
    private Actor recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitmentCategory category;

    private BigDecimal amount;

    private BigDecimal amountHigh;

    private String currency;

    private BigDecimal amountEur;

    private BigDecimal eurRate;

    private LocalDate rateDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "eur_rate_source")
    private RateSource rateSource;

    @Enumerated(EnumType.STRING)
    private AmountQualifier qualifier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitmentStatus status;

    private LocalDate periodFrom;

    private LocalDate periodTo;

    @Column(name = "announced_on", nullable = false)
    private LocalDate announcedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_briefing_id")
    private Briefing sourceBriefing;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "initiative_id")
    private Initiative initiative;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FigureKind figure = FigureKind.NEW;

    /** The larger commitment this one is part of (SAFE of ReArm Europe): totals never add both. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "part_of_id")
    private Commitment partOf;

    /** Every briefing that reports this commitment: its language versions and later updates. */
    @ManyToMany
    @JoinTable(name = "briefing_commitment", joinColumns = @JoinColumn(name = "commitment_id"),
            inverseJoinColumns = @JoinColumn(name = "briefing_id"))
    private Set<Briefing> reportedIn = new HashSet<>();

    @OneToMany(mappedBy = "commitment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("effectiveOn, id")
    private List<CommitmentChange> history = new ArrayList<>();

    /** Changes of its current state since it was loaded, announced at the next save ({@link #announcements}). */
    @Transient
    private final List<CommitmentChanged> changed = new ArrayList<>();

    protected Commitment() {
    }

    public Commitment(String slug, Briefing sourceBriefing) {
        this.slug = slug;
        this.sourceBriefing = sourceBriefing;
    }

    /** Sets who gives what to whom; the first source briefing stays the source. */
    public void describe(String title, Actor donor, Actor recipient, CommitmentCategory category,
            Initiative initiative) {
        this.title = title;
        this.donor = donor;
        this.recipient = recipient;
        this.category = category;
        this.initiative = initiative;
    }

    /**
     * Says what the amount measures and which commitment it is part of. A commitment cannot be part
     * of itself, nor of one of its own parts: the relation is a tree, so a total can always tell
     * which of two overlapping figures is the whole.
     */
    public void relate(FigureKind figure, Commitment partOf) {
        for (Commitment whole = partOf; whole != null; whole = whole.partOf) {
            if (whole == this || (id != null && id.equals(whole.id))) {
                throw new IllegalArgumentException("a commitment cannot be part of itself or of one of its parts");
            }
        }
        this.figure = figure == null ? FigureKind.NEW : figure;
        this.partOf = partOf;
    }

    public void schedule(LocalDate periodFrom, LocalDate periodTo, LocalDate announcedOn) {
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.announcedOn = announcedOn;
    }

    /**
     * Records the commitment as reported on a date. Each distinct report (date, status, amount) is
     * one step of the history, so repeating a report (in another language version, or by importing
     * it again) adds nothing; the current state is that of the latest report, so an older report
     * that arrives late goes into the history without turning the figure back.
     */
    public void report(CommitmentStatus reportedStatus, Money money, BigDecimal rate, LocalDate rateOn,
            LocalDate reportedOn, Long sourceBriefingId) {
        boolean known = history.stream().anyMatch(step -> step.records(reportedOn, reportedStatus, money));
        boolean latest = history.stream().noneMatch(step -> step.getEffectiveOn().isAfter(reportedOn));
        if (!known) {
            history.add(new CommitmentChange(this, reportedStatus, money, reportedOn, sourceBriefingId));
        }
        if (!known && latest && id != null && changes(reportedStatus, money)) {
            changed.add(new CommitmentChanged(id, reportedOn, reportedStatus, money == null ? null : money.amount(),
                    money == null ? null : money.currency()));
        }
        if (latest) {
            this.status = reportedStatus;
            this.amount = money == null ? null : money.amount();
            this.amountHigh = money == null ? null : money.amountHigh();
            this.currency = money == null ? null : money.currency();
            this.qualifier = money == null ? null : money.qualifier();
            this.amountEur = money == null ? null : money.amountEur();
            this.eurRate = rate;
            this.rateDate = rateOn;
            boolean foreign = money != null && !"EUR".equals(money.currency());
            this.rateSource = foreign && money.amountEur() != null ? RateSource.GIVEN : null;
        }
    }

    /** Whether a report differs from the current state in status or amount (the first report of a new one: no). */
    private boolean changes(CommitmentStatus reportedStatus, Money money) {
        BigDecimal reportedAmount = money == null ? null : money.amount();
        boolean sameAmount = amount == null ? reportedAmount == null
                : reportedAmount != null && amount.compareTo(reportedAmount) == 0
                        && java.util.Objects.equals(currency, money.currency());
        return status != reportedStatus || !sameAmount;
    }

    /** The changes to announce when the repository saves this commitment (Spring Data's domain events). */
    @DomainEvents
    List<CommitmentChanged> announcements() {
        return List.copyOf(changed);
    }

    @AfterDomainEventPublication
    void announced() {
        changed.clear();
    }

    /**
     * An amount in another currency with no euro value from its source gets one from the ECB reference
     * rate of the announcement date, where the newsroom's table has one; otherwise it stays without.
     */
    void applyReferenceRate(ReferenceRates rates) {
        if (amount == null || "EUR".equals(currency) || amountEur != null) {
            return;
        }
        rates.on(currency, announcedOn).ifPresent(rate -> {
            this.amountEur = rate.inEuro(amount);
            this.eurRate = rate.eurPerUnit();
            this.rateDate = rate.date();
            this.rateSource = RateSource.ECB;
        });
    }

    /** How many of its amounts in another currency (its own and its history's) have no euro value yet. */
    int amountsWithoutEuroValue() {
        int missing = lacksEuroValue(amount, currency, amountEur) ? 1 : 0;
        for (CommitmentChange step : history) {
            missing += lacksEuroValue(step.getAmount(), step.getCurrency(), step.getAmountEur()) ? 1 : 0;
        }
        return missing;
    }

    private static boolean lacksEuroValue(BigDecimal amount, String currency, BigDecimal amountEur) {
        return amount != null && !"EUR".equals(currency) && amountEur == null;
    }

    /**
     * A published briefing reports this commitment: if it is public before the source (a draft, or an item under a
     * later embargo, brought the commitment), it becomes the source, so the commitment is public with it. Readers
     * see a commitment with its source ({@code Visibility}), which is thus the reporting item public first.
     */
    public void reportedByPublished(Briefing briefing) {
        java.time.Instant from = briefing.publicFrom();
        if (sourceBriefing == null || from == null || sourceBriefing.getId().equals(briefing.getId())) {
            return;
        }
        java.time.Instant sourceFrom = sourceBriefing.publicFrom();
        if (sourceFrom == null || from.isBefore(sourceFrom)) {
            sourceBriefing = briefing;
        }
    }

    /** Notes a briefing that reports this commitment (a language version or a later update). */
    public void reportedIn(Briefing briefing) {
        reportedIn.add(briefing);
    }

    /** Notes that a briefing no longer reports this commitment; whether any briefing still does. */
    public boolean unreport(Briefing briefing) {
        reportedIn.removeIf(b -> b.getId().equals(briefing.getId()));
        return !reportedIn.isEmpty();
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public Actor getDonor() {
        return donor;
    }

    public Actor getRecipient() {
        return recipient;
    }

    public CommitmentCategory getCategory() {
        return category;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getAmountHigh() {
        return amountHigh;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getAmountEur() {
        return amountEur;
    }

    public BigDecimal getEurRate() {
        return eurRate;
    }

    public LocalDate getRateDate() {
        return rateDate;
    }

    public RateSource getRateSource() {
        return rateSource;
    }

    public AmountQualifier getQualifier() {
        return qualifier;
    }

    public CommitmentStatus getStatus() {
        return status;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public LocalDate getAnnouncedOn() {
        return announcedOn;
    }

    public Briefing getSourceBriefing() {
        return sourceBriefing;
    }

    public Initiative getInitiative() {
        return initiative;
    }

    public FigureKind getFigure() {
        return figure;
    }

    public Commitment getPartOf() {
        return partOf;
    }

    /** The date a cumulative figure is a running total as of: the end of its period, else its announcement. */
    public LocalDate getAsOf() {
        return periodTo != null ? periodTo : announcedOn;
    }

    public List<CommitmentChange> getHistory() {
        return List.copyOf(history);
    }
}
