package eu.newsroom.shared;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A row that items share (an actor, a topic, an initiative): public from the moment the first public item that carries
 * it became public, or an editor wrote it; hidden while only unpublished items carry it (issue 19,
 * {@code visibility.Visibility#SHARED}).
 */
@MappedSuperclass
public abstract class SharedEntity extends AuditedEntity {

    /** When it became public with an item that carries it; null while only unpublished items carry it. */
    private Instant publicFrom;

    public Instant getPublicFrom() {
        return publicFrom;
    }

    /** Public from this instant on (an item carrying it is published, or an editor wrote it), unless earlier already. */
    public void becomesPublicAt(Instant at) {
        if (publicFrom == null || at.isBefore(publicFrom)) {
            publicFrom = at;
        }
    }

    /** Not public after all: the only item that was to make it public was withdrawn before that moment. */
    public void withdrawPublication() {
        publicFrom = null;
    }
}
