package eu.newsroom.editorial;

import eu.newsroom.shared.ActingUser;
import static eu.newsroom.shared.NewsroomTime.BRUSSELS;

import eu.newsroom.actor.Actor;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.initiative.InitiativeAlias;
import eu.newsroom.initiative.InitiativeRepository;
import eu.newsroom.web.ConflictException;
import eu.newsroom.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing initiatives at the desk. A change of status is a new step of the initiative's
 * timeline on the date given; earlier steps stay.
 */
@Service
public class InitiativeEditor {

    private final InitiativeRepository initiatives;
    private final References references;
    private final DirectoryRecords records;
    private final Clock clock;
    private final BriefingRepository briefings;

    InitiativeEditor(InitiativeRepository initiatives, References references, DirectoryRecords records, Clock clock,
            BriefingRepository briefings) {
        this.briefings = briefings;
        this.initiatives = initiatives;
        this.references = references;
        this.records = records;
        this.clock = clock;
    }

    public InitiativeForm blank() {
        InitiativeForm form = new InitiativeForm();
        form.setStatusOn(LocalDate.now(clock.withZone(BRUSSELS)));
        return form;
    }

    /**
     * The form of a known initiative, its status the one readers see (issue 19): that of its latest public step, none
     * while it has none. Its stored status may be one an item not yet public reported, and the form's status is saved
     * as a desk step, which is public at once.
     */
    @Transactional(readOnly = true)
    public InitiativeForm form(String slug) {
        Initiative initiative = load(slug);
        InitiativeForm form = InitiativeForm.of(initiative, LocalDate.now(clock.withZone(BRUSSELS)));
        form.setStatus(initiative.statusSeenWith(briefings.publicAt(clock.instant())));
        return form;
    }

    @Transactional
    public String create(InitiativeForm form, ActingUser editor) {
        if (form.getStatus() == null) {
            throw new InvalidFieldException("status", "editorial.field.required");
        }
        String slug = DirectoryRecords.newSlug(form.getSlug(), form.getName(), s -> initiatives.findBySlug(s).isPresent());
        Initiative initiative = new Initiative(slug, form.getName().strip(), form.getKind(), form.getStatus());
        write(initiative, form);
        // written by an editor in the directory, not brought by an unpublished item: public at once
        initiative.becomesPublicAt(clock.instant());
        initiatives.saveAndFlush(initiative);
        keep(initiative, editor, "initiative.created");
        return slug;
    }

    @Transactional
    public void update(String slug, InitiativeForm form, ActingUser editor) {
        Initiative initiative = load(slug);
        if (initiative.getVersion() != form.getVersion()) {
            throw new ConflictException("editorial.workflow.stale");
        }
        write(initiative, form);
        initiatives.saveAndFlush(initiative);
        keep(initiative, editor, "initiative.saved");
    }

    private Initiative load(String slug) {
        return initiatives.findBySlug(slug).orElseThrow(() -> new NotFoundException("error.notFound.initiative", slug));
    }

    private void write(Initiative initiative, InitiativeForm form) {
        if (form.getStartDate() != null && form.getEndDate() != null && form.getEndDate().isBefore(form.getStartDate())) {
            throw new InvalidFieldException("endDate", "editorial.commitment.periodReversed");
        }
        String description = DirectoryRecords.text("description", form.getDescription(), 5000);
        String descriptionLang = description == null ? null : References.language("descriptionLang", form.getDescriptionLang());
        Set<InitiativeAlias> aliases = new LinkedHashSet<>();
        for (int i = 0; i < form.getAliases().size(); i++) {
            DirectoryRows.InLanguage row = form.getAliases().get(i);
            if (!row.isEmpty()) {
                aliases.add(new InitiativeAlias(References.language("aliases[" + i + "].lang", row.getLang()),
                        DirectoryRecords.required("aliases[" + i + "].text", row.getText(), 300)));
            }
        }
        Set<Actor> leads = new HashSet<>();
        for (String lead : form.getLeads()) {
            Actor actor = references.actor("leads", lead);
            if (actor != null) {
                leads.add(actor);
            }
        }
        initiative.rename(form.getName().strip(), form.getKind());
        initiative.schedule(form.getStartDate(), form.getEndDate());
        initiative.describe(description, descriptionLang);
        initiative.relist(aliases, leads, references.topics("topics", form.getTopics()));
        if (initiative.getId() == null) {
            initiative.reportStatus(form.getStatus(), form.getStatusOn(), null, briefings.publicAt(clock.instant()));
        } else if (form.getStatus() != null) {
            // a step only where the editor said another status than readers see, not the one an unpublished item said
            initiative.reportStatusAtDesk(form.getStatus(), form.getStatusOn(), briefings.publicAt(clock.instant()));
        }
        initiative.restate(clock.instant(), briefings::publicAt);
    }

    private void keep(Initiative initiative, ActingUser editor, String action) {
        records.keep(RevisionLog.EntityType.INITIATIVE, initiative.getId(),
                InitiativeForm.of(initiative, LocalDate.now(clock.withZone(BRUSSELS))), editor, action);
    }
}
