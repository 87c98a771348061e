package eu.newsroom.editorial;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.briefing.BriefingContent;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.shared.ActingUser;
import eu.newsroom.web.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing briefings at the editorial desk: create, save over a known version (a different stored
 * version is a conflict, never an overwrite) and restore an older revision as a new one. Every
 * save keeps an audit event, and (announced by the save) a revision, in the same transaction.
 */
@Service
public class BriefingEditor {

    private static final int MAX_POINT_LENGTH = 2000;

    private final BriefingRepository briefings;
    private final References references;
    private final BriefingRevisions revisions;
    private final AuditLog audit;

    BriefingEditor(BriefingRepository briefings, References references, BriefingRevisions revisions, AuditLog audit) {
        this.briefings = briefings;
        this.references = references;
        this.revisions = revisions;
        this.audit = audit;
    }

    /** A new draft; returns its id. */
    @Transactional
    public long create(BriefingForm form, ActingUser editor) {
        BriefingContent content = content(form, null);
        Briefing briefing = new Briefing(briefings.unusedSlug(content.eventDate(), content.title()),
                "editorial-" + UUID.randomUUID());
        if (content.translationGroup() == null) {
            content = withGroup(content, briefing.getSlug());
        }
        checkOneVersionPerLanguage(null, content);
        write(briefing, content, form, editor);
        // saving announces who wrote it (BriefingSaved): its revision is kept before the commit
        briefings.saveAndFlush(briefing);
        audit(briefing, editor, "briefing.created");
        return briefing.getId();
    }

    /** Saves the form over the version the editor started from. */
    @Transactional
    public void update(long id, BriefingForm form, ActingUser editor) {
        Briefing briefing = load(id);
        if (briefing.getVersion() != form.getVersion()) {
            throw new EditConflictException(BriefingSnapshot.of(briefing), briefing.getVersion(), briefing.getLastEditedBy());
        }
        BriefingContent content = content(form, briefing.getTranslationGroup());
        checkOneVersionPerLanguage(briefing.getId(), content);
        write(briefing, content, form, editor);
        // the version check in the UPDATE catches a save committed since this transaction read the row
        briefings.saveAndFlush(briefing);
        audit(briefing, editor, "briefing.saved");
    }

    /** Makes an older revision the current content, as a new revision; history is never rewritten. */
    @Transactional
    public void restore(long id, int revision, long expectedVersion, ActingUser editor) {
        BriefingForm form = BriefingForm.of(revisions.read(id, revision), expectedVersion);
        update(id, form, editor);
        audit.record(editor.username(), editor.clientAddress(), "briefing.restored", RevisionLog.EntityType.BRIEFING, id,
                "{\"from\": " + revision + "}");
    }

    @Transactional(readOnly = true)
    public BriefingSnapshot current(long id) {
        return BriefingSnapshot.of(load(id));
    }

    private Briefing load(long id) {
        return briefings.findById(id).orElseThrow(() -> new NotFoundException("error.notFound.briefing", id));
    }

    private void write(Briefing briefing, BriefingContent content, BriefingForm form, ActingUser editor) {
        briefing.write(content);
        briefing.attribute(references.actor("institution", form.getInstitution()),
                references.actor("speaker", form.getSpeaker()));
        briefing.retag(references.topics("topics", form.getTopics()),
                references.initiatives("initiatives", form.getInitiatives(), briefing.getInitiatives(),
                        briefing.publicFrom()));
        briefing.editedBy(editor);
    }

    private void audit(Briefing briefing, ActingUser editor, String action) {
        audit.record(editor.username(), editor.clientAddress(), action, RevisionLog.EntityType.BRIEFING,
                briefing.getId(), null);
    }

    private BriefingContent content(BriefingForm form, String storedGroup) {
        String lang = References.language("lang", form.getLang());
        List<String> points = form.pointList();
        for (String point : points) {
            if (point.length() > MAX_POINT_LENGTH) {
                throw new InvalidFieldException("points", "editorial.field.pointTooLong", MAX_POINT_LENGTH);
            }
        }
        String group = BriefingForm.blankToNull(form.getTranslationGroup());
        return new BriefingContent(form.getTitle().strip(), form.getKind(), lang, group != null ? group : storedGroup,
                form.getEventDate(), BriefingForm.blankToNull(form.getPlace()),
                BriefingForm.blankToNull(form.getEventName()), form.getBody().strip(),
                BriefingForm.blankToNull(form.getSourceUrl()), points);
    }

    private static BriefingContent withGroup(BriefingContent c, String group) {
        return new BriefingContent(c.title(), c.kind(), c.lang(), group, c.eventDate(), c.place(), c.eventName(),
                c.body(), c.sourceUrl(), c.points());
    }

    private void checkOneVersionPerLanguage(Long id, BriefingContent content) {
        briefings.findByTranslationGroupAndLang(content.translationGroup(), content.lang())
                .filter(other -> !other.getId().equals(id))
                .ifPresent(other -> {
                    throw new InvalidFieldException("lang", "editorial.field.versionExists", other.getSlug());
                });
    }
}
