package eu.newsroom.editorial;

import static eu.newsroom.shared.NewsroomTime.BRUSSELS;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.briefing.PendingChangeRepository;
import eu.newsroom.briefing.PublicationStatus;
import eu.newsroom.statement.StatementRepository;
import eu.newsroom.web.MarkdownRenderer;
import eu.newsroom.web.NotFoundException;
import eu.newsroom.commitment.CommitmentRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What editors read at the desk: items by workflow status, and one item with its state, preview and history. */
@Service
@Transactional(readOnly = true)
public class EditorialDesk {

    /** Editorial times are shown in Brussels time, as the newsroom announces them. */
    /** A line of the desk list. */
    public record Item(long id, String slug, String title, String lang, LocalDate date, String status,
            ZonedDateTime updatedAt, String lastEditedBy) {
    }

    /** One briefing as the editor manages it: where it stands, what readers will see, what may be done next. */
    public record Overview(long id, String slug, String title, String lang, LocalDate date, String place,
            String status, long version, String lastEditedBy, ZonedDateTime scheduledFor, ZonedDateTime embargoUntil,
            ZonedDateTime publishedAt, ZonedDateTime withdrawnAt, String withdrawalNotice, List<String> points,
            String sanitizedBodyHtml, List<String> steps, List<BriefingRevisions.Entry> revisions, boolean publicNow,
            List<StatementLine> statements, List<CommitmentLine> commitments, List<PendingLine> pending) {
    }

    /**
     * What the briefing will change in a shared object when it becomes public (kind: actor, topic, initiative,
     * commitment; reveal: it only makes the object public, being the first item to carry it).
     */
    public record PendingLine(String kind, String slug, boolean reveal, ZonedDateTime keptSince) {
    }

    /** A statement of the briefing as the desk lists it. */
    public record StatementLine(long id, String speaker, String kind, String text, String lang, long version) {
    }

    /** A commitment the briefing reports, as the desk lists it. */
    public record CommitmentLine(long id, String slug, String title, String donor, String recipient, String status,
            String qualifier, BigDecimal amount, BigDecimal amountHigh, String currency, long version) {
    }

    private final BriefingRepository briefings;
    private final StatementRepository statements;
    private final CommitmentRepository commitments;
    private final BriefingRevisions revisions;
    private final MarkdownRenderer markdown;
    private final java.time.Clock clock;
    private final PendingChangeRepository pendingChanges;

    EditorialDesk(BriefingRepository briefings, StatementRepository statements, CommitmentRepository commitments,
            BriefingRevisions revisions,
            MarkdownRenderer markdown, java.time.Clock clock, PendingChangeRepository pendingChanges) {
        this.pendingChanges = pendingChanges;
        this.briefings = briefings;
        this.statements = statements;
        this.commitments = commitments;
        this.revisions = revisions;
        this.markdown = markdown;
        this.clock = clock;
    }

    public Map<PublicationStatus, Long> counts() {
        Map<PublicationStatus, Long> counts = new EnumMap<>(PublicationStatus.class);
        for (PublicationStatus status : PublicationStatus.values()) {
            counts.put(status, briefings.countByStatus(status));
        }
        return counts;
    }

    public Page<Item> list(PublicationStatus status, Pageable page) {
        return briefings.findByStatusOrderByUpdatedAtDesc(status, page)
                .map(b -> new Item(b.getId(), b.getSlug(), b.getTitle(), b.getLang(), b.getEventDate(),
                        b.getStatus().name(), brussels(b.getUpdatedAt()), b.getLastEditedBy()));
    }

    public Overview overview(long id) {
        Briefing b = briefings.findById(id).orElseThrow(() -> new NotFoundException("error.notFound.briefing", id));
        List<String> steps = Arrays.stream(WorkflowStep.values()).filter(s -> s.allowedFrom(b.getStatus()))
                .map(Enum::name).toList();
        return new Overview(b.getId(), b.getSlug(), b.getTitle(), b.getLang(), b.getEventDate(), b.getPlace(),
                b.getStatus().name(), b.getVersion(), b.getLastEditedBy(), brussels(b.getScheduledFor()),
                brussels(b.getEmbargoUntil()), brussels(b.getPublishedAt()), brussels(b.getWithdrawnAt()),
                b.getWithdrawalNotice(), b.getPoints(), markdown.toSafeHtml(b.getBody()), steps,
                revisions.list(b.getId()), b.isPublicAt(clock.instant()),
                statements.findInBriefing(b.getId()).stream().map(st -> new StatementLine(st.getId(),
                        st.getSpeaker().getName(), st.getKind().name(), st.getText(), st.getLang(), st.getVersion())).toList(),
                commitments.findReportedIn(b.getId()).stream().map(c -> new CommitmentLine(c.getId(), c.getSlug(), c.getTitle(),
                        c.getDonor().getName(), c.getRecipient() == null ? null : c.getRecipient().getName(),
                        c.getStatus().name(), c.getQualifier() == null ? null : c.getQualifier().name(), c.getAmount(),
                        c.getAmountHigh(), c.getCurrency(), c.getVersion())).toList(),
                pendingChanges.findByBriefingIdOrderById(b.getId()).stream().map(p -> new PendingLine(
                        p.getTarget().name().toLowerCase(java.util.Locale.ROOT), p.getTargetSlug(), p.isReveal(),
                        brussels(p.getCreatedAt()))).toList());
    }

    public long idOf(String slug) {
        return briefings.findBySlug(slug).map(Briefing::getId)
                .orElseThrow(() -> new NotFoundException("error.notFound.briefing", slug));
    }

    static ZonedDateTime brussels(Instant instant) {
        return instant == null ? null : instant.atZone(BRUSSELS);
    }
}
