package eu.newsroom.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One label of a topic in one language: preferred (one per language) or alternative. */
@Embeddable
public record TopicLabel(
        @Column(name = "lang", nullable = false) String lang,
        @Column(name = "label", nullable = false) String label,
        @Column(name = "preferred", nullable = false) boolean preferred) {
}
