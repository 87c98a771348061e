package eu.newsroom.editorial;

import eu.newsroom.shared.ActingUser;
import eu.newsroom.briefing.Briefing;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.briefing.PendingChange;
import eu.newsroom.briefing.PendingChangeRepository;
import eu.newsroom.commitment.AmountQualifier;
import eu.newsroom.commitment.Commitment;
import eu.newsroom.commitment.CommitmentRepository;
import eu.newsroom.commitment.Money;
import eu.newsroom.web.ConflictException;
import eu.newsroom.web.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing the commitments a briefing reports: add one, record a new state of one (a step of its
 * history, never an overwrite of the old steps), or take it off the briefing. Each save keeps a
 * revision and an audit event, because the save announces its author ({@link ItemRevisions}).
 */
@Service
public class CommitmentEditor {

    /** What a commitment was at one save, kept as its revision. */
    record Snapshot(String title, String donor, String recipient, String category, String status, String initiative,
            BigDecimal amount, BigDecimal amountHigh, String currency, String qualifier, BigDecimal amountEur,
            String periodFrom, String periodTo, String announcedOn, String figure, String partOf) {

        static Snapshot of(Commitment c) {
            return new Snapshot(c.getTitle(), c.getDonor().getSlug(),
                    c.getRecipient() == null ? null : c.getRecipient().getSlug(), c.getCategory().name(),
                    c.getStatus().name(), c.getInitiative() == null ? null : c.getInitiative().getSlug(), c.getAmount(),
                    c.getAmountHigh(), c.getCurrency(), c.getQualifier() == null ? null : c.getQualifier().name(),
                    c.getAmountEur(), String.valueOf(c.getPeriodFrom()), String.valueOf(c.getPeriodTo()),
                    String.valueOf(c.getAnnouncedOn()), c.getFigure().name(),
                    c.getPartOf() == null ? null : c.getPartOf().getSlug());
        }
    }

    private final CommitmentRepository commitments;
    private final BriefingRepository briefings;
    private final References references;
    private final AuditLog audit;
    private final JsonMapper json;
    private final PendingChangeRepository pendingChanges;
    private final Clock clock;

    CommitmentEditor(CommitmentRepository commitments, BriefingRepository briefings, References references,
            AuditLog audit, JsonMapper json, PendingChangeRepository pendingChanges, Clock clock) {
        this.pendingChanges = pendingChanges;
        this.clock = clock;
        this.commitments = commitments;
        this.briefings = briefings;
        this.references = references;
        this.audit = audit;
        this.json = json;
    }

    /** A new commitment's form, dated by the briefing that reports it. */
    @Transactional(readOnly = true)
    public CommitmentForm blank(long briefingId) {
        Briefing briefing = briefing(briefingId);
        CommitmentForm form = new CommitmentForm();
        form.setAnnouncedOn(briefing.getEventDate());
        form.setReportedOn(briefing.getEventDate());
        return form;
    }

    /**
     * The form of a commitment this briefing reports, its state to be reported again on the briefing's date: the state
     * readers see. A commitment no public item has reported yet says only what the item that brought it said; through
     * another item the form is that of a new report (issue 19): a save through a public item publishes what the form
     * holds, and a save through one not yet public keeps it for that item's publication, so the editor says what the
     * commitment is, as for a new one, and the bringing item's report stays its own, public with it.
     */
    @Transactional(readOnly = true)
    public CommitmentForm form(long briefingId, long commitmentId) {
        Commitment commitment = reportedBy(briefingId, commitmentId);
        Briefing briefing = briefing(briefingId);
        if (commitment.statusPublicAt(clock.instant()) == null && !isSource(commitment, briefing)) {
            CommitmentForm form = blank(briefingId);
            form.setVersion(commitment.getVersion());
            return form;
        }
        return CommitmentForm.of(commitment, briefing.getEventDate());
    }

    /** The commitments a briefing reports, as the desk lists them. */
    @Transactional(readOnly = true)
    public List<Commitment> reportedIn(long briefingId) {
        return commitments.findReportedIn(briefingId);
    }

    @Transactional
    public long add(long briefingId, CommitmentForm form, ActingUser editor) {
        Briefing briefing = briefing(briefingId);
        Commitment commitment = new Commitment(freeSlug(briefing), briefing);
        write(commitment, form, briefing);
        commitment.reportedIn(briefing);
        commitment.writtenBy(editor, briefingId);
        commitments.saveAndFlush(commitment);
        announce(briefing);
        return commitment.getId();
    }

    @Transactional
    public void update(long briefingId, long commitmentId, CommitmentForm form, ActingUser editor) {
        Commitment commitment = reportedBy(briefingId, commitmentId);
        if (commitment.getVersion() != form.getVersion()) {
            throw new ConflictException("editorial.workflow.stale");
        }
        Briefing briefing = briefing(briefingId);
        if (waitsForPublication(commitment, briefing)) {
            keepForPublication(commitment, form, briefing, editor);
            return;
        }
        write(commitment, form, briefing);
        commitment.writtenBy(editor, briefingId);
        commitments.saveAndFlush(commitment);
        announce(briefing);
    }

    /**
     * What the briefing carries changed: saving it announces that (BriefingSaved; the row is not written when nothing
     * in it changed), so a donor, recipient or initiative a public item now carries is public with it.
     */
    private void announce(Briefing briefing) {
        // the entity itself: a lazy proxy would announce nothing
        briefings.save((Briefing) Hibernate.unproxy(briefing));
    }

    /**
     * A commitment another item brought, changed through an item readers may not see yet: the change waits for the
     * item's publication (issue 19, finding 1), like an import line's.
     */
    private boolean waitsForPublication(Commitment commitment, Briefing briefing) {
        return !isSource(commitment, briefing) && !briefing.isPublicAt(clock.instant());
    }

    /** Whether the briefing is the one the commitment comes from: the first public report, else the one that brought it. */
    private static boolean isSource(Commitment commitment, Briefing briefing) {
        Briefing source = commitment.getSourceBriefing();
        return source != null && source.getId().equals(briefing.getId());
    }

    /** Checked as a save is, then kept in the import format, which applies it when the item becomes public. */
    private void keepForPublication(Commitment commitment, CommitmentForm form, Briefing briefing, ActingUser editor) {
        references.actor("donor", form.getDonor());
        references.actor("recipient", form.getRecipient());
        if (BriefingForm.blankToNull(form.getInitiative()) != null) {
            references.initiatives("initiative", List.of(form.getInitiative()));
        }
        Money money = money(form);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("slug", commitment.getSlug());
        entry.put("title", form.getTitle().strip());
        entry.put("donor", form.getDonor());
        entry.put("recipient", BriefingForm.blankToNull(form.getRecipient()));
        entry.put("category", form.getCategory().name());
        entry.put("initiative", BriefingForm.blankToNull(form.getInitiative()));
        entry.put("status", form.getStatus().name());
        if (money != null) {
            entry.put("amount", money.amount().toPlainString());
            entry.put("amountHigh", money.amountHigh() == null ? null : money.amountHigh().toPlainString());
            entry.put("currency", money.currency());
            entry.put("qualifier", money.qualifier() == null ? null : money.qualifier().name());
            entry.put("amountEur", money.amountEur() == null ? null : money.amountEur().toPlainString());
        }
        entry.put("from", form.getPeriodFrom() == null ? null : form.getPeriodFrom().toString());
        entry.put("to", form.getPeriodTo() == null ? null : form.getPeriodTo().toString());
        entry.put("announced", form.getAnnouncedOn() == null ? null : form.getAnnouncedOn().toString());
        pendingChanges.save(new PendingChange(briefing.getId(), PendingChange.Target.COMMITMENT, commitment.getId(),
                commitment.getSlug(), json.writeValueAsString(entry), clock.instant()));
        audit.record(editor.username(), editor.clientAddress(), "commitment.kept-for-publication",
                RevisionLog.EntityType.COMMITMENT, commitment.getId(), "{\"briefing\": " + briefing.getId() + "}");
    }

    /**
     * Takes a commitment off this briefing. One that no other briefing reports is removed; its
     * revisions and the audit event remain as the record of it.
     */
    @Transactional
    public void remove(long briefingId, long commitmentId, long version, ActingUser editor) {
        Commitment commitment = reportedBy(briefingId, commitmentId);
        if (commitment.getVersion() != version) {
            throw new ConflictException("editorial.workflow.stale");
        }
        commitments.takeOff(commitment, briefing(briefingId), editor);
    }

    private void write(Commitment commitment, CommitmentForm form, Briefing source) {
        var donor = references.actor("donor", form.getDonor());
        var recipient = references.actor("recipient", form.getRecipient());
        var initiative = BriefingForm.blankToNull(form.getInitiative()) == null ? null
                : references.initiatives("initiative", List.of(form.getInitiative())).iterator().next();
        if (form.getPeriodFrom() != null && form.getPeriodTo() != null && form.getPeriodTo().isBefore(form.getPeriodFrom())) {
            throw new InvalidFieldException("periodTo", "editorial.commitment.periodReversed");
        }
        Money money = money(form);
        BigDecimal rate = money == null || "EUR".equals(money.currency()) || money.amountEur() == null
                || money.amount().signum() == 0 ? null
                : money.amountEur().divide(money.amount(), 10, RoundingMode.HALF_EVEN);
        commitment.describe(form.getTitle().strip(), donor, recipient, form.getCategory(), initiative);
        relate(commitment, form);
        commitment.schedule(form.getPeriodFrom(), form.getPeriodTo(), form.getAnnouncedOn());
        commitment.report(form.getStatus(), money, rate, null, form.getReportedOn(), source, clock.instant());
    }

    /** What the amount measures and the whole it is part of: a known commitment, never itself or one of its parts. */
    private void relate(Commitment commitment, CommitmentForm form) {
        String slug = BriefingForm.blankToNull(form.getPartOf());
        Commitment whole = slug == null ? null : commitments.findBySlug(slug)
                .orElseThrow(() -> new InvalidFieldException("partOf", "editorial.commitment.partOfUnknown"));
        try {
            commitment.relate(form.getFigure(), whole);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("partOf", "editorial.commitment.partOfLoop");
        }
    }

    /** The amount as the editor gave it, checked as the import checks it; none for a package still without a figure. */
    private static Money money(CommitmentForm form) {
        String currency = BriefingForm.blankToNull(form.getCurrency());
        if (form.getAmount() == null) {
            if (form.getAmountHigh() != null || form.getAmountEur() != null) {
                throw new InvalidFieldException("amount", "editorial.commitment.amountMissing");
            }
            return null;
        }
        if (currency == null) {
            throw new InvalidFieldException("currency", "editorial.commitment.currencyInvalid");
        }
        String code = currency.toUpperCase(Locale.ROOT);
        if (Currency.getAvailableCurrencies().stream().noneMatch(known -> known.getCurrencyCode().equals(code))) {
            throw new InvalidFieldException("currency", "editorial.commitment.currencyInvalid");
        }
        boolean range = form.getQualifier() == AmountQualifier.RANGE;
        if (range != (form.getAmountHigh() != null)) {
            throw new InvalidFieldException("amountHigh", "editorial.commitment.rangeBound");
        }
        if (range && form.getAmountHigh().compareTo(form.getAmount()) < 0) {
            throw new InvalidFieldException("amountHigh", "editorial.commitment.rangeReversed");
        }
        BigDecimal euro = "EUR".equals(code) ? form.getAmount() : form.getAmountEur();
        return new Money(form.getAmount(), form.getAmountHigh(), code, form.getQualifier(), euro);
    }

    private String freeSlug(Briefing briefing) {
        String base = briefing.getSlug() + "-c";
        int n = commitments.findReportedIn(briefing.getId()).size() + 1;
        while (commitments.findBySlug(base + n).isPresent()) {
            n++;
        }
        return base + n;
    }

    private Briefing briefing(long id) {
        return briefings.findById(id).orElseThrow(() -> new NotFoundException("error.notFound.briefing", id));
    }

    /** A commitment, only through a briefing that reports it (a wrong pairing is not found). */
    private Commitment reportedBy(long briefingId, long commitmentId) {
        return commitments.findReportedIn(briefingId).stream().filter(c -> c.getId() == commitmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("error.notFound.commitment", commitmentId));
    }
}
