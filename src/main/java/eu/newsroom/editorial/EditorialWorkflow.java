package eu.newsroom.editorial;

import eu.newsroom.shared.ActingUser;
import eu.newsroom.briefing.Briefing;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.briefing.PublicationStatus;
import eu.newsroom.web.BadRequestException;
import eu.newsroom.web.ConflictException;
import eu.newsroom.web.ForbiddenException;
import eu.newsroom.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves briefings through the workflow. Each step checks the status it starts from, the version
 * the editor saw (a stale page is a conflict), and, where configured, the four-eyes rule.
 */
@Service
public class EditorialWorkflow {

    /** What the editor asked for: the step and, where it needs them, a time, an embargo or a notice. */
    public record Request(WorkflowStep step, long version, Instant publishAt, Instant embargoUntil, String notice) {
    }

    private static final Logger log = LoggerFactory.getLogger(EditorialWorkflow.class);

    private static final int MAX_NOTICE_LENGTH = 2000;

    private final BriefingRepository briefings;
    private final AuditLog audit;
    private final EditorialProperties rules;
    private final TransactionTemplate transaction;
    private final Clock clock;

    EditorialWorkflow(BriefingRepository briefings, AuditLog audit, EditorialProperties rules,
            TransactionTemplate transaction, Clock clock) {
        this.briefings = briefings;
        this.audit = audit;
        this.rules = rules;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Transactional
    public void apply(long id, Request request, ActingUser editor) {
        Briefing briefing = briefings.findById(id).orElseThrow(() -> new NotFoundException("error.notFound.briefing", id));
        if (briefing.getVersion() != request.version()) {
            throw new ConflictException("editorial.workflow.stale");
        }
        if (!request.step().allowedFrom(briefing.getStatus())) {
            throw new ConflictException("editorial.workflow.notFrom", request.step().name(), briefing.getStatus().name());
        }
        if (rules.fourEyes() && request.step().releases() && editor.username().equals(briefing.getLastEditedBy())) {
            throw new ForbiddenException("editorial.workflow.fourEyes");
        }
        Instant now = clock.instant();
        switch (request.step()) {
            case SUBMIT -> briefing.returnTo(PublicationStatus.IN_REVIEW);
            case BACK_TO_DRAFT -> briefing.returnTo(PublicationStatus.DRAFT);
            case PUBLISH -> briefing.publish(embargo(request, now), now);
            case SCHEDULE -> briefing.schedule(future(request.publishAt(), now), embargo(request, now));
            case WITHDRAW -> briefing.withdraw(notice(request.notice()), now);
        }
        // saving announces what happened (BriefingSaved, BriefingBecamePublic, ...): indexing and pending changes follow
        briefings.saveAndFlush(briefing);
        audit.record(editor.username(), editor.clientAddress(), "briefing." + request.step().name().toLowerCase(),
                RevisionLog.EntityType.BRIEFING, id, "{\"status\": \"" + briefing.getStatus() + "\"}");
    }

    /**
     * Publishes every scheduled item whose time has come, and announces every embargo that has ended; run by the
     * publication job. Saving announces each (BriefingBecamePublic): what the items changed takes effect then.
     * <p>
     * The job asks for ids only, so that a run with nothing to do loads nothing, and handles each briefing in a
     * transaction of its own. In one transaction for all, the session grew by each briefing and what its listeners
     * load (PendingChanges), and every query of the next briefing flushed (dirty-checked) all of it: quadratic. A
     * database loaded in bulk (the benchmark's, every briefing never announced) made that one transaction of 100 000
     * briefings (docs/benchmarks.md, issue 22 round 4).
     */
    public int publishDue() {
        Instant now = clock.instant();
        int published = 0;
        for (long id : briefings.findDueIds(now)) {
            if (inOwnTransaction(id, () -> publishIfDue(id, now))) {
                published++;
            }
        }
        // the audit log learns of it from the announcement (PublicationAudit)
        for (long id : briefings.findEmbargoEndedIds(now)) {
            inOwnTransaction(id, () -> announceIfPublic(id, now));
        }
        return published;
    }

    private boolean inOwnTransaction(long id, BooleanSupplier step) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> step.getAsBoolean()));
        } catch (OptimisticLockingFailureException e) {
            // changed meanwhile (the desk, or another node's run): the next run sees it as it is now
            log.info("Briefing {} changed while the publication job handled it; left to the next run", id);
            return false;
        } catch (RuntimeException e) {
            // one briefing that cannot be published (its transaction rolled back) must not hold back the others due
            // in this run; it is tried again at the next
            log.error("The publication job could not handle briefing {}; tried again at the next run", id, e);
            return false;
        }
    }

    private boolean publishIfDue(long id, Instant now) {
        Briefing briefing = briefings.findById(id).orElse(null);
        if (briefing == null || briefing.getStatus() != PublicationStatus.SCHEDULED
                || briefing.getScheduledFor().isAfter(now)) {
            return false;
        }
        briefing.publish(briefing.getEmbargoUntil(), briefing.getScheduledFor());
        briefing.checkPublicAt(now);
        briefings.save(briefing);
        audit.record("scheduler", null, "briefing.published-as-scheduled", RevisionLog.EntityType.BRIEFING,
                briefing.getId(), null);
        return true;
    }

    private boolean announceIfPublic(long id, Instant now) {
        Briefing briefing = briefings.findById(id).orElse(null);
        if (briefing == null || briefing.getBecamePublicAt() != null) {
            return false;
        }
        briefing.checkPublicAt(now);
        briefings.save(briefing);
        return true;
    }

    private static Instant embargo(Request request, Instant now) {
        Instant embargo = request.embargoUntil();
        if (embargo != null && !embargo.isAfter(now)) {
            throw new BadRequestException("editorial.workflow.embargoPast");
        }
        return embargo;
    }

    private static Instant future(Instant at, Instant now) {
        if (at == null) {
            throw new BadRequestException("editorial.workflow.scheduleMissing");
        }
        if (!at.isAfter(now)) {
            throw new BadRequestException("editorial.workflow.schedulePast");
        }
        return at;
    }

    private static String notice(String notice) {
        if (notice == null || notice.isBlank()) {
            throw new BadRequestException("editorial.workflow.noticeMissing");
        }
        if (notice.strip().length() > MAX_NOTICE_LENGTH) {
            throw new BadRequestException("editorial.workflow.noticeTooLong", MAX_NOTICE_LENGTH);
        }
        return notice.strip();
    }
}
