package eu.newsroom.editorial;

import eu.newsroom.shared.ActingUser;
import eu.newsroom.actor.Actor;
import eu.newsroom.actor.ActorRepository;
import eu.newsroom.actor.ActorRole;
import eu.newsroom.web.ConflictException;
import eu.newsroom.web.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing actors at the desk; each save keeps a revision and an audit event. */
@Service
public class ActorEditor {

    private final ActorRepository actors;
    private final References references;
    private final DirectoryRecords records;

    private final java.time.Clock clock;

    ActorEditor(ActorRepository actors, References references, DirectoryRecords records, java.time.Clock clock) {
        this.clock = clock;
        this.actors = actors;
        this.references = references;
        this.records = records;
    }

    @Transactional(readOnly = true)
    public ActorForm form(String slug) {
        return ActorForm.of(load(slug));
    }

    @Transactional
    public String create(ActorForm form, ActingUser editor) {
        String slug = DirectoryRecords.newSlug(form.getSlug(), form.getName(), s -> actors.findBySlug(s).isPresent());
        Actor actor = new Actor(slug, form.getKind(), form.getName().strip());
        write(actor, form);
        // written by an editor in the directory, not brought by an unpublished item: public at once
        actor.becomesPublicAt(clock.instant());
        actors.saveAndFlush(actor);
        records.keep(RevisionLog.EntityType.ACTOR, actor.getId(), ActorForm.of(actor), editor, "actor.created");
        return slug;
    }

    @Transactional
    public void update(String slug, ActorForm form, ActingUser editor) {
        Actor actor = load(slug);
        if (actor.getVersion() != form.getVersion()) {
            throw new ConflictException("editorial.workflow.stale");
        }
        write(actor, form);
        actors.saveAndFlush(actor);
        records.keep(RevisionLog.EntityType.ACTOR, actor.getId(), ActorForm.of(actor), editor, "actor.saved");
    }

    private Actor load(String slug) {
        return actors.findBySlug(slug).orElseThrow(() -> new NotFoundException("error.notFound.actor", slug));
    }

    private void write(Actor actor, ActorForm form) {
        String country = BriefingForm.blankToNull(form.getCountry());
        actor.describe(form.getKind(), form.getName().strip(), country == null ? null : country.toUpperCase(Locale.ROOT));
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < form.getNames().size(); i++) {
            DirectoryRows.InLanguage row = form.getNames().get(i);
            if (row.isEmpty()) {
                continue;
            }
            String lang = References.language("names[" + i + "].lang", row.getLang());
            if (names.put(lang, DirectoryRecords.required("names[" + i + "].text", row.getText(), 300)) != null) {
                throw new InvalidFieldException("names[" + i + "].lang", "editorial.directory.languageTwice", lang);
            }
        }
        actor.replaceNames(names);
        List<ActorRole.Draft> roles = new ArrayList<>();
        for (int i = 0; i < form.getRoles().size(); i++) {
            DirectoryRows.Role row = form.getRoles().get(i);
            if (row.isEmpty()) {
                continue;
            }
            String path = "roles[" + i + "]";
            if (row.getValidFrom() != null && row.getValidTo() != null && row.getValidTo().isBefore(row.getValidFrom())) {
                throw new InvalidFieldException(path + ".validTo", "editorial.commitment.periodReversed");
            }
            roles.add(new ActorRole.Draft(DirectoryRecords.required(path + ".title", row.getTitle(), 300),
                    references.actor(path + ".organisation", row.getOrganisation()), row.getValidFrom(), row.getValidTo()));
        }
        actor.replaceRoles(roles);
    }
}
