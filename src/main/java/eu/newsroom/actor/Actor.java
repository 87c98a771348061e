package eu.newsroom.actor;

import eu.newsroom.shared.SharedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A person, institution or state that speaks, gives, receives or leads; named per language. */
@Entity
@Table(name = "actor")
public class Actor extends SharedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActorKind kind;

    /** The name used where no name in the reader's language is known. */
    @Column(nullable = false)
    private String name;

    private String country;

    @ElementCollection
    @CollectionTable(name = "actor_name", joinColumns = @JoinColumn(name = "actor_id"))
    @MapKeyColumn(name = "lang")
    @Column(name = "name")
    private Map<String, String> names = new HashMap<>();

    @OneToMany(mappedBy = "actor", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ActorRole> roles = new ArrayList<>();

    protected Actor() {
    }

    public Actor(String slug, ActorKind kind, String name) {
        this.slug = slug;
        this.kind = kind;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public ActorKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public Map<String, String> getNames() {
        return Map.copyOf(names);
    }

    public List<ActorRole> getRoles() {
        return List.copyOf(roles);
    }

    /** The name in the reader's language where known, else the default name. */
    public String nameIn(Locale locale) {
        return names.getOrDefault(locale.getLanguage(), name);
    }

    /** The role the actor held on a date, for attributing what they said then. */
    public Optional<ActorRole> roleOn(LocalDate date) {
        return roles.stream().filter(role -> role.isHeldOn(date)).findFirst();
    }

    public void describe(ActorKind kind, String name, String country) {
        this.kind = kind;
        this.name = name;
        this.country = country;
    }

    /** Replaces the names per language with the given ones (an editor's full list). */
    public void replaceNames(Map<String, String> namesByLanguage) {
        names.clear();
        names.putAll(namesByLanguage);
    }

    public void putNames(Map<String, String> namesByLanguage) {
        names.putAll(namesByLanguage);
    }

    /** Replaces the roles with the given ones, keeping their order. */
    public void replaceRoles(List<ActorRole.Draft> drafts) {
        // rows are updated in place by position: deleting and re-inserting would collide on (actor, position)
        for (int i = 0; i < drafts.size(); i++) {
            if (i < roles.size()) {
                roles.get(i).redraft(drafts.get(i));
            } else {
                roles.add(new ActorRole(this, i, drafts.get(i)));
            }
        }
        while (roles.size() > drafts.size()) {
            roles.remove(roles.size() - 1);
        }
    }
}
