package eu.newsroom.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An office an actor held for a time, such as High Representative from 1 December 2024. */
@Entity
@Table(name = "actor_role")
public class ActorRole {

    /** A role as given by an editor or an import, before it belongs to an actor. */
    public record Draft(String title, Actor organisation, LocalDate validFrom, LocalDate validTo) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    private Actor actor;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Actor organisation;

    private LocalDate validFrom;

    private LocalDate validTo;

    protected ActorRole() {
    }

    ActorRole(Actor actor, int position, Draft draft) {
        this.actor = actor;
        this.position = position;
        redraft(draft);
    }

    void redraft(Draft draft) {
        this.title = draft.title();
        this.organisation = draft.organisation();
        this.validFrom = draft.validFrom();
        this.validTo = draft.validTo();
    }

    public String getTitle() {
        return title;
    }

    public Actor getOrganisation() {
        return organisation;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    boolean isHeldOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
