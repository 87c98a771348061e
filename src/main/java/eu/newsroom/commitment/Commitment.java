package eu.newsroom.commitment;

import eu.newsroom.actor.Actor;
import eu.newsroom.briefing.Briefing;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.shared.ActingUser;
import eu.newsroom.shared.AuditedEntity;
import eu.newsroom.shared.Edit;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Objects;
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

    /** Who wrote it since it was loaded, through which briefing, and what they did; announced at the next save. */
    @Transient
    private ActingUser writtenBy;

    @Transient
    private long writtenThrough;

    @Transient
    private Edit edit;

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
     * Records the commitment as a briefing reported it on a date (its period as just {@link #schedule scheduled}). Each
     * distinct report (date, status, amount) is one step of the history, so repeating a report (in another language
     * version, or by importing it again) adds nothing, and the step is public with whichever of those briefings is
     * public first. The current figures are then derived again ({@link #restate}).
     */
    public void report(CommitmentStatus reportedStatus, Money money, BigDecimal rate, LocalDate rateOn,
            LocalDate reportedOn, Briefing source, Instant now) {
        CommitmentChange known = history.stream().filter(step -> step.records(reportedOn, reportedStatus, money))
                .findFirst().orElse(null);
        if (known == null) {
            history.add(new CommitmentChange(this, reportedStatus, money, rate, rateOn, reportedOn, source));
        } else {
            known.reportedAlsoBy(source);
        }
        restate(now);
    }

    /**
     * Derives what readers see from the steps they may see (issue 19). The commitment is public with the step's
     * briefing that is public first ({@code Visibility} reads a commitment with its source), so a draft that brought
     * it does not publish it, and an item that only names it publishes nothing; its current figures are those of its
     * latest step (by date, then as recorded) public whenever the commitment is. While no reader sees it (its source
     * is not published), the desk sees its latest step whatever its source. Called on every report and whenever a
     * briefing that reports it is saved (published, at its embargo's end, withdrawn or taken back).
     */
    public void restate(Instant now) {
        for (CommitmentChange step : history) {
            Instant from = step.publicFrom();
            Instant sourceFrom = sourceBriefing == null ? null : sourceBriefing.publicFrom();
            if (from != null && (sourceFrom == null || from.isBefore(sourceFrom))) {
                sourceBriefing = step.getSourceBriefing();
            }
        }
        Instant sourceFrom = sourceBriefing == null ? null : sourceBriefing.publicFrom();
        Instant horizon = sourceFrom == null ? null : sourceFrom.isAfter(now) ? sourceFrom : now;
        CommitmentChange current = null;
        for (CommitmentChange step : history) {
            boolean counts = horizon == null || step.isPublicAt(horizon);
            if (counts && (current == null || !step.getEffectiveOn().isBefore(current.getEffectiveOn()))) {
                current = step;
            }
        }
        if (current != null) {
            take(current);
        }
    }

    /** The status of the latest step public to a reader at this instant; null when no step is. */
    public CommitmentStatus statusPublicAt(Instant at) {
        return history.stream().filter(step -> step.isPublicAt(at)).reduce((a, b) ->
                b.getEffectiveOn().isBefore(a.getEffectiveOn()) ? a : b).map(CommitmentChange::getStatus).orElse(null);
    }

    /** The steps of the history a reader whose embargoes are lifted up to this instant may see, oldest first. */
    public List<CommitmentChange> historyPublicAt(Instant liftedUpTo) {
        return history.stream().filter(step -> step.isPublicAt(liftedUpTo))
                .sorted(Comparator.comparing(CommitmentChange::getEffectiveOn)).toList();
    }

    private void take(CommitmentChange step) {
        boolean same = status == step.getStatus() && sameAmount(amount, step.getAmount())
                && Objects.equals(currency, step.getCurrency()) && qualifier == step.getQualifier()
                && Objects.equals(periodFrom, step.getPeriodFrom()) && Objects.equals(periodTo, step.getPeriodTo())
                && (step.getRateSource() == null || rateSource == RateSource.GIVEN);
        if (same) {
            // the figures it shows already: keep the euro value and rate found for them
            return;
        }
        if (id != null && status != null && changes(step.getStatus(), step.getAmount(), step.getCurrency())) {
            // a known commitment's current status or amount is now another (its followers are told, issue 21)
            changed.add(new CommitmentChanged(id, step.getEffectiveOn(), step.getStatus(), step.getAmount(),
                    step.getCurrency()));
        }
        this.status = step.getStatus();
        this.amount = step.getAmount();
        this.currency = step.getCurrency();
        this.qualifier = step.getQualifier();
        // a range recorded before V20 kept no upper bound: it shows as its lower bound
        this.amountHigh = step.getQualifier() == AmountQualifier.RANGE && step.getAmountHigh() == null
                ? step.getAmount() : step.getAmountHigh();
        boolean valued = amount != null && ("EUR".equals(currency) || step.getRateSource() == RateSource.GIVEN);
        // a euro value from the ECB is found again for the announcement date (EuroNormalisation)
        this.amountEur = valued ? step.getAmountEur() : null;
        this.eurRate = valued ? step.getEurRate() : null;
        this.rateDate = valued ? step.getRateDate() : null;
        this.rateSource = step.getRateSource();
        this.periodFrom = step.getPeriodFrom();
        this.periodTo = step.getPeriodTo();
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Whether a step differs from the current state in status or amount. */
    private boolean changes(CommitmentStatus stepStatus, BigDecimal stepAmount, String stepCurrency) {
        return status != stepStatus || !sameAmount(amount, stepAmount) || !Objects.equals(currency, stepCurrency);
    }

    /**
     * Records who wrote what it says through a briefing that reports it: the next save announces it
     * ({@link CommitmentWritten}), and a revision of what it says then is kept, with an audit entry, whichever path
     * saved it.
     */
    public void writtenBy(ActingUser user, long briefingId) {
        this.edit = id == null ? Edit.CREATED : Edit.SAVED;
        this.writtenBy = user;
        this.writtenThrough = briefingId;
    }

    /** Records who takes it off a briefing: announced by the save before ({@code CommitmentRepository#takeOff}). */
    void removedBy(ActingUser user, long briefingId) {
        this.edit = Edit.REMOVED;
        this.writtenBy = user;
        this.writtenThrough = briefingId;
    }

    /** The changes to announce when the repository saves this commitment (Spring Data's domain events). */
    @DomainEvents
    List<Object> announcements() {
        List<Object> events = new ArrayList<>(changed);
        if (writtenBy != null && id != null) {
            events.add(new CommitmentWritten(id, writtenThrough, writtenBy, edit));
        }
        return events;
    }

    @AfterDomainEventPublication
    void announced() {
        changed.clear();
        writtenBy = null;
        edit = null;
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
     * Whether some reader sees it, now or at an embargo's end: its source is published (or it has none). What a
     * public item carries becomes public with it only through a commitment that is.
     */
    public boolean isPublished() {
        return sourceBriefing == null || sourceBriefing.publicFrom() != null;
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
