package eu.newsroom.editorial;

import eu.newsroom.commitment.AmountQualifier;
import eu.newsroom.commitment.Commitment;
import eu.newsroom.commitment.CommitmentCategory;
import eu.newsroom.commitment.CommitmentStatus;
import eu.newsroom.commitment.FigureKind;
import eu.newsroom.commitment.RateSource;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The form for one commitment reported by a briefing: who gives what to whom, how much, how far it
 * has got, and the date this state was reported (a step of its history).
 */
public class CommitmentForm {

    @NotBlank(message = "{editorial.field.required}")
    @Size(max = 500, message = "{editorial.field.tooLong}")
    private String title;

    @NotBlank(message = "{editorial.field.required}")
    private String donor;

    private String recipient;

    @NotNull(message = "{editorial.field.required}")
    private CommitmentCategory category = CommitmentCategory.FINANCIAL;

    @NotNull(message = "{editorial.field.required}")
    private CommitmentStatus status = CommitmentStatus.PLEDGED;

    private String initiative;

    @DecimalMin(value = "0", message = "{editorial.commitment.amountNegative}")
    @Digits(integer = 18, fraction = 2, message = "{editorial.commitment.amountDigits}")
    private BigDecimal amount;

    @DecimalMin(value = "0", message = "{editorial.commitment.amountNegative}")
    @Digits(integer = 18, fraction = 2, message = "{editorial.commitment.amountDigits}")
    private BigDecimal amountHigh;

    @Pattern(regexp = "|[A-Za-z]{3}", message = "{editorial.commitment.currencyInvalid}")
    private String currency = "EUR";

    @NotNull(message = "{editorial.field.required}")
    private AmountQualifier qualifier = AmountQualifier.EXACT;

    /** The value in euro as the source states it, for an amount in another currency (else the ECB rate applies). */
    @DecimalMin(value = "0", message = "{editorial.commitment.amountNegative}")
    @DecimalMax(value = "999999999999999999.99", message = "{editorial.commitment.amountDigits}")
    @Digits(integer = 18, fraction = 2, message = "{editorial.commitment.amountDigits}")
    private BigDecimal amountEur;

    /** What the amount measures: new money, a running total, or a ceiling. */
    @NotNull(message = "{editorial.field.required}")
    private FigureKind figure = FigureKind.NEW;

    /** The slug of the commitment this one is part of, if any. */
    private String partOf;

    private LocalDate periodFrom;

    private LocalDate periodTo;

    @NotNull(message = "{editorial.field.date}")
    private LocalDate announcedOn;

    /** The date of the state this save records: a new step in the commitment's history. */
    @NotNull(message = "{editorial.field.date}")
    private LocalDate reportedOn;

    private long version;

    /** The form filled with a stored commitment, its current state reported again on the given date. */
    static CommitmentForm of(Commitment c, LocalDate reportedOn) {
        CommitmentForm form = new CommitmentForm();
        form.title = c.getTitle();
        form.donor = c.getDonor().getSlug();
        form.recipient = c.getRecipient() == null ? null : c.getRecipient().getSlug();
        form.category = c.getCategory();
        form.status = c.getStatus();
        form.initiative = c.getInitiative() == null ? null : c.getInitiative().getSlug();
        form.amount = c.getAmount();
        form.amountHigh = c.getAmountHigh();
        form.currency = c.getCurrency() == null ? "EUR" : c.getCurrency();
        form.qualifier = c.getQualifier() == null ? AmountQualifier.EXACT : c.getQualifier();
        form.amountEur = c.getCurrency() != null && !"EUR".equals(c.getCurrency()) && c.getRateSource() == RateSource.GIVEN
                ? c.getAmountEur() : null;
        form.figure = c.getFigure();
        form.partOf = c.getPartOf() == null ? null : c.getPartOf().getSlug();
        form.periodFrom = c.getPeriodFrom();
        form.periodTo = c.getPeriodTo();
        form.announcedOn = c.getAnnouncedOn();
        form.reportedOn = reportedOn;
        form.version = c.getVersion();
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDonor() {
        return donor;
    }

    public void setDonor(String donor) {
        this.donor = donor;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public CommitmentCategory getCategory() {
        return category;
    }

    public void setCategory(CommitmentCategory category) {
        this.category = category;
    }

    public CommitmentStatus getStatus() {
        return status;
    }

    public void setStatus(CommitmentStatus status) {
        this.status = status;
    }

    public String getInitiative() {
        return initiative;
    }

    public void setInitiative(String initiative) {
        this.initiative = initiative;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal getAmountHigh() {
        return amountHigh;
    }

    public void setAmountHigh(BigDecimal amountHigh) {
        this.amountHigh = amountHigh;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public AmountQualifier getQualifier() {
        return qualifier;
    }

    public void setQualifier(AmountQualifier qualifier) {
        this.qualifier = qualifier;
    }

    public BigDecimal getAmountEur() {
        return amountEur;
    }

    public void setAmountEur(BigDecimal amountEur) {
        this.amountEur = amountEur;
    }

    public FigureKind getFigure() {
        return figure;
    }

    public void setFigure(FigureKind figure) {
        this.figure = figure;
    }

    public String getPartOf() {
        return partOf;
    }

    public void setPartOf(String partOf) {
        this.partOf = partOf;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public LocalDate getAnnouncedOn() {
        return announcedOn;
    }

    public void setAnnouncedOn(LocalDate announcedOn) {
        this.announcedOn = announcedOn;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public void setReportedOn(LocalDate reportedOn) {
        this.reportedOn = reportedOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
