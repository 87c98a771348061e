package eu.newsroom.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Another name of an initiative in one language ("Militärmobilitätspaket" for the military mobility package). */
@Embeddable
public record InitiativeAlias(
        @Column(name = "lang", nullable = false) String lang,
        @Column(name = "alias", nullable = false) String alias) {
}
