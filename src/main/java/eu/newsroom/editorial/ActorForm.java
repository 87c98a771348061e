package eu.newsroom.editorial;

import eu.newsroom.actor.Actor;
import eu.newsroom.actor.ActorKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The form for a person, institution or state: its names per language and the offices a person held. */
public class ActorForm {

    /** Given once, when the actor is created; derived from the name when left empty. */
    @Size(max = 120, message = "{editorial.field.tooLong}")
    private String slug;

    @NotNull(message = "{editorial.field.required}")
    private ActorKind kind = ActorKind.PERSON;

    @NotBlank(message = "{editorial.field.required}")
    @Size(max = 300, message = "{editorial.field.tooLong}")
    private String name;

    @Pattern(regexp = "|[A-Za-z]{2}", message = "{editorial.directory.countryInvalid}")
    private String country;

    private List<DirectoryRows.InLanguage> names = new ArrayList<>();

    private List<DirectoryRows.Role> roles = new ArrayList<>();

    private long version;

    static ActorForm of(Actor actor) {
        ActorForm form = new ActorForm();
        form.slug = actor.getSlug();
        form.kind = actor.getKind();
        form.name = actor.getName();
        form.country = actor.getCountry();
        actor.getNames().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> form.names.add(new DirectoryRows.InLanguage(e.getKey(), e.getValue())));
        actor.getRoles().forEach(r -> form.roles.add(new DirectoryRows.Role(r.getTitle(),
                r.getOrganisation() == null ? null : r.getOrganisation().getSlug(), r.getValidFrom(), r.getValidTo())));
        form.version = actor.getVersion();
        return form;
    }

    /** The form as shown: the rows given plus empty ones to fill. */
    ActorForm withSpareRows() {
        DirectoryRows.withSpare(names, DirectoryRows.InLanguage::new);
        DirectoryRows.withSpare(roles, DirectoryRows.Role::new);
        return this;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public ActorKind getKind() {
        return kind;
    }

    public void setKind(ActorKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public List<DirectoryRows.InLanguage> getNames() {
        return names;
    }

    public void setNames(List<DirectoryRows.InLanguage> names) {
        this.names = names == null ? new ArrayList<>() : names;
    }

    public List<DirectoryRows.Role> getRoles() {
        return roles;
    }

    public void setRoles(List<DirectoryRows.Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
