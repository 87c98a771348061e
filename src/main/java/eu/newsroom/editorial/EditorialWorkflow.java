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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves briefings through the workflow. Each step checks the status it starts from, the version
 * the editor saw (a stale page is a conflict), and, where configured, the four-eyes rule.
 */
@Service
public class EditorialWorkflow {

    /** What the editor asked for: the step and, where it needs them, a time, an embargo or a notice. */
    public record Request(WorkflowStep step, long version, Instant publishAt, Instant embargoUntil, String notice) {
    }

    private static final int MAX_NOTICE_LENGTH = 2000;

    private final BriefingRepository briefings;
    private final AuditLog audit;
    private final EditorialProperties rules;
    private final Clock clock;
    EditorialWorkflow(BriefingRepository briefings, AuditLog audit, EditorialProperties rules, Clock clock) {
        this.briefings = briefings;
        this.audit = audit;
        this.rules = rules;
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
     */
    @Transactional
    public int publishDue() {
        Instant now = clock.instant();
        var due = briefings.findDue(now);
        for (Briefing briefing : due) {
            briefing.publish(briefing.getEmbargoUntil(), briefing.getScheduledFor());
            briefing.checkPublicAt(now);
            briefings.save(briefing);
            audit.record("scheduler", null, "briefing.published-as-scheduled", RevisionLog.EntityType.BRIEFING,
                    briefing.getId(), null);
        }
        // the audit log learns of it from the announcement (PublicationAudit)
        for (Briefing briefing : briefings.findEmbargoEnded(now)) {
            briefing.checkPublicAt(now);
            briefings.save(briefing);
        }
        return due.size();
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
