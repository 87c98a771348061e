package eu.newsroom.editorial;

import eu.newsroom.actor.Actor;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.initiative.InitiativeAlias;
import eu.newsroom.initiative.InitiativeKind;
import eu.newsroom.initiative.InitiativeStatus;
import eu.newsroom.topic.Topic;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The form for a named project, roadmap, package, mission or coalition: its names, who leads it, its
 * topics, and where it stands (a change of status is a new step of its timeline).
 */
public class InitiativeForm extends LinkingForm {

    /** Given once, when the initiative is created; derived from the name when left empty. */
    @Size(max = 120, message = "{editorial.field.tooLong}")
    private String slug;

    @NotBlank(message = "{editorial.field.required}")
    @Size(max = 300, message = "{editorial.field.tooLong}")
    private String name;

    @NotNull(message = "{editorial.field.required}")
    private InitiativeKind kind = InitiativeKind.PROJECT;

    /** Required for a new initiative; empty on a known one: no new step (it had none readers see). */
    private InitiativeStatus status = InitiativeStatus.PROPOSED;

    /** The date of the status: when it changes, a step of the timeline on this date. */
    @NotNull(message = "{editorial.field.date}")
    private LocalDate statusOn;

    private LocalDate startDate;

    private LocalDate endDate;

    @Size(max = 5000, message = "{editorial.field.tooLong}")
    private String description;

    @Size(max = 35, message = "{editorial.field.tooLong}")
    private String descriptionLang;

    private List<String> leads = new ArrayList<>();

    private List<DirectoryRows.InLanguage> aliases = new ArrayList<>();

    static InitiativeForm of(Initiative initiative, LocalDate today) {
        InitiativeForm form = new InitiativeForm();
        form.slug = initiative.getSlug();
        form.name = initiative.getName();
        form.kind = initiative.getKind();
        form.status = initiative.getStatus();
        form.statusOn = today;
        form.startDate = initiative.getStartDate();
        form.endDate = initiative.getEndDate();
        form.description = initiative.getDescription();
        form.descriptionLang = initiative.getDescriptionLang();
        form.leads = new ArrayList<>(initiative.getLeads().stream().map(Actor::getSlug).sorted().toList());
        form.setTopics(new ArrayList<>(initiative.getTopics().stream().map(Topic::getSlug).sorted().toList()));
        initiative.getAliases().stream()
                .sorted(Comparator.comparing(InitiativeAlias::lang).thenComparing(InitiativeAlias::alias))
                .forEach(a -> form.aliases.add(new DirectoryRows.InLanguage(a.lang(), a.alias())));
        form.setVersion(initiative.getVersion());
        return form;
    }

    InitiativeForm withSpareRows() {
        DirectoryRows.withSpare(aliases, DirectoryRows.InLanguage::new);
        return this;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public InitiativeKind getKind() {
        return kind;
    }

    public void setKind(InitiativeKind kind) {
        this.kind = kind;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public void setStatus(InitiativeStatus status) {
        this.status = status;
    }

    public LocalDate getStatusOn() {
        return statusOn;
    }

    public void setStatusOn(LocalDate statusOn) {
        this.statusOn = statusOn;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDescriptionLang() {
        return descriptionLang;
    }

    public void setDescriptionLang(String descriptionLang) {
        this.descriptionLang = descriptionLang;
    }

    public List<String> getLeads() {
        return leads;
    }

    public void setLeads(List<String> leads) {
        this.leads = leads == null ? new ArrayList<>() : leads;
    }

    public List<DirectoryRows.InLanguage> getAliases() {
        return aliases;
    }

    public void setAliases(List<DirectoryRows.InLanguage> aliases) {
        this.aliases = aliases == null ? new ArrayList<>() : aliases;
    }
}
