package eu.newsroom.editorial;

import eu.newsroom.actor.Actor;
import eu.newsroom.actor.ActorRepository;
import eu.newsroom.briefing.Briefing;
import eu.newsroom.briefing.BriefingContent;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.initiative.InitiativeRepository;
import eu.newsroom.shared.LanguageTags;
import eu.newsroom.topic.Topic;
import eu.newsroom.topic.TopicRepository;
import eu.newsroom.web.NotFoundException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing briefings at the editorial desk: create, save over a known version (a different stored
 * version is a conflict, never an overwrite) and restore an older revision as a new one. Every
 * save keeps a revision and an audit event in the same transaction.
 */
@Service
public class BriefingEditor {

    private static final int MAX_POINT_LENGTH = 2000;

    private final BriefingRepository briefings;
    private final ActorRepository actors;
    private final TopicRepository topics;
    private final InitiativeRepository initiatives;
    private final BriefingRevisions revisions;
    private final AuditLog audit;

    BriefingEditor(BriefingRepository briefings, ActorRepository actors, TopicRepository topics,
            InitiativeRepository initiatives, BriefingRevisions revisions, AuditLog audit) {
        this.briefings = briefings;
        this.actors = actors;
        this.topics = topics;
        this.initiatives = initiatives;
        this.revisions = revisions;
        this.audit = audit;
    }

    /** A new draft; returns its id. */
    @Transactional
    public long create(BriefingForm form, Editor editor) {
        BriefingContent content = content(form, null);
        Briefing briefing = new Briefing(briefings.unusedSlug(content.eventDate(), content.title()),
                "editorial-" + UUID.randomUUID());
        if (content.translationGroup() == null) {
            content = withGroup(content, briefing.getSlug());
        }
        checkOneVersionPerLanguage(null, content);
        write(briefing, content, form, editor);
        briefings.saveAndFlush(briefing);
        keep(briefing, editor, "briefing.created");
        return briefing.getId();
    }

    /** Saves the form over the version the editor started from. */
    @Transactional
    public void update(long id, BriefingForm form, Editor editor) {
        Briefing briefing = load(id);
        if (briefing.getVersion() != form.getVersion()) {
            throw new EditConflictException(BriefingSnapshot.of(briefing), briefing.getVersion(), briefing.getLastEditedBy());
        }
        BriefingContent content = content(form, briefing.getTranslationGroup());
        checkOneVersionPerLanguage(briefing.getId(), content);
        write(briefing, content, form, editor);
        // the version check in the UPDATE catches a save committed since this transaction read the row
        briefings.saveAndFlush(briefing);
        keep(briefing, editor, "briefing.saved");
    }

    /** Makes an older revision the current content, as a new revision; history is never rewritten. */
    @Transactional
    public void restore(long id, int revision, long expectedVersion, Editor editor) {
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

    private void write(Briefing briefing, BriefingContent content, BriefingForm form, Editor editor) {
        briefing.write(content);
        briefing.attribute(actor("institution", form.getInstitution()), actor("speaker", form.getSpeaker()));
        briefing.retag(known("topics", form.getTopics(), topics::findBySlugIn, Topic::getSlug),
                known("initiatives", form.getInitiatives(), initiatives::findBySlugIn, Initiative::getSlug));
        briefing.editedBy(editor.username());
    }

    private void keep(Briefing briefing, Editor editor, String action) {
        int revision = revisions.keep(briefing, editor.username());
        audit.record(editor.username(), editor.clientAddress(), action, RevisionLog.EntityType.BRIEFING,
                briefing.getId(), "{\"revision\": " + revision + "}");
    }

    private BriefingContent content(BriefingForm form, String storedGroup) {
        String lang = LanguageTags.canonical(form.getLang())
                .orElseThrow(() -> new InvalidFieldException("lang", "editorial.field.lang", form.getLang()));
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

    private Actor actor(String field, String slug) {
        String given = BriefingForm.blankToNull(slug);
        if (given == null) {
            return null;
        }
        return actors.findBySlug(given).orElseThrow(() -> new InvalidFieldException(field, "editorial.field.unknown", given));
    }

    private static <T> Set<T> known(String field, Collection<String> slugs, Function<Collection<String>, List<T>> find,
            Function<T, String> slugOf) {
        Set<String> wanted = new HashSet<>(slugs);
        wanted.removeIf(s -> s == null || s.isBlank());
        List<T> found = find.apply(wanted);
        if (found.size() != wanted.size()) {
            Set<String> missing = new HashSet<>(wanted);
            found.forEach(item -> missing.remove(slugOf.apply(item)));
            throw new InvalidFieldException(field, "editorial.field.unknown", String.join(", ", missing));
        }
        return new HashSet<>(found);
    }
}
