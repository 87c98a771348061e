package eu.newsroom.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A step in an initiative's life, dated and traced to the briefing that reported it. */
@Entity
@Table(name = "initiative_status_change")
public class InitiativeStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "initiative_id")
    private Initiative initiative;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InitiativeStatus status;

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    /** Kept as an id: briefings mention initiatives, so the reverse link would make a cycle. */
    @Column(name = "source_briefing_id")
    private Long sourceBriefingId;

    protected InitiativeStatusChange() {
    }

    InitiativeStatusChange(Initiative initiative, InitiativeStatus status, LocalDate changedOn, Long sourceBriefingId) {
        this.initiative = initiative;
        this.status = status;
        this.changedOn = changedOn;
        this.sourceBriefingId = sourceBriefingId;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public Long getSourceBriefingId() {
        return sourceBriefingId;
    }
}
