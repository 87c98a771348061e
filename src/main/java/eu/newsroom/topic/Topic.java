package eu.newsroom.topic;

import eu.newsroom.shared.SharedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A concept of the multilingual thesaurus: one preferred label per language plus alternative labels,
 * so that "military mobility", "Militärische Mobilität" and "mobilité militaire" are one topic.
 */
@Entity
@Table(name = "topic")
public class Topic extends SharedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String slug;

    @ElementCollection
    @CollectionTable(name = "topic_label", joinColumns = @JoinColumn(name = "topic_id"))
    private Set<TopicLabel> labels = new HashSet<>();

    protected Topic() {
    }

    public Topic(String slug) {
        this.slug = slug;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public Set<TopicLabel> getLabels() {
        return Set.copyOf(labels);
    }

    /** The preferred label in the reader's language, else in English, else any; the slug as a last resort. */
    public String labelIn(Locale locale) {
        return preferred(locale.getLanguage())
                .or(() -> preferred("en"))
                .orElseGet(() -> labels.stream().filter(TopicLabel::preferred).map(TopicLabel::label)
                        .sorted().findFirst().orElse(slug));
    }

    private java.util.Optional<String> preferred(String lang) {
        return labels.stream().filter(l -> l.preferred() && l.lang().equals(lang)).map(TopicLabel::label).findFirst();
    }

    /** Sets the preferred label of a language, replacing the previous one. */
    public void prefer(String lang, String label) {
        labels.removeIf(l -> l.preferred() && l.lang().equals(lang));
        labels.removeIf(l -> l.lang().equals(lang) && l.label().equals(label));
        labels.add(new TopicLabel(lang, label, true));
    }

    /** Replaces every label with the given ones (an editor's full list). */
    public void replaceLabels(java.util.Collection<TopicLabel> newLabels) {
        labels.clear();
        labels.addAll(newLabels);
    }

    public void addAlternatives(String lang, List<String> alternatives) {
        for (String label : alternatives) {
            boolean known = labels.stream().anyMatch(l -> l.lang().equals(lang) && l.label().equals(label));
            if (!known) {
                labels.add(new TopicLabel(lang, label, false));
            }
        }
    }
}
