package eu.newsroom.briefing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What an unpublished briefing brings to or changes in a shared object (an actor, topic, initiative or commitment
 * that readers may already see): kept until the briefing becomes public, applied then and dated then, dropped if
 * it is withdrawn or deleted. The payload is the part of the briefing's import line that describes the object.
 */
@Entity
@Table(name = "pending_change")
public class PendingChange {

    /** What kind of shared object the change is for. */
    public enum Target {
        ACTOR, TOPIC, INITIATIVE, COMMITMENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "briefing_id", nullable = false, updatable = false)
    private long briefingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, updatable = false)
    private Target target;

    @Column(name = "target_id", nullable = false, updatable = false)
    private long targetId;

    @Column(name = "target_slug", nullable = false, updatable = false)
    private String targetSlug;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    private String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PendingChange() {
    }

    public PendingChange(long briefingId, Target target, long targetId, String targetSlug, String payload,
            Instant createdAt) {
        this.briefingId = briefingId;
        this.target = target;
        this.targetId = targetId;
        this.targetSlug = targetSlug;
        this.payload = payload;
        this.createdAt = createdAt;
    }

    /** A change that only makes the object public with the briefing (it was new in it). */
    public static final String REVEAL = "{\"reveal\": true}";

    public boolean isReveal() {
        return payload.replace(" ", "").equals(REVEAL.replace(" ", ""));
    }

    public Long getId() {
        return id;
    }

    public long getBriefingId() {
        return briefingId;
    }

    public Target getTarget() {
        return target;
    }

    public long getTargetId() {
        return targetId;
    }

    public String getTargetSlug() {
        return targetSlug;
    }

    public String getPayload() {
        return payload;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
