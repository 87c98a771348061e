package eu.newsroom.editorial;

import eu.newsroom.topic.Topic;
import eu.newsroom.topic.TopicLabel;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The form for a thesaurus concept: one preferred label and any alternatives per language. */
public class TopicForm {

    /** Given once, when the topic is created; derived from the first preferred label when left empty. */
    @Size(max = 120, message = "{editorial.field.tooLong}")
    private String slug;

    private List<DirectoryRows.Labels> labels = new ArrayList<>();

    private long version;

    static TopicForm of(Topic topic) {
        TopicForm form = new TopicForm();
        form.slug = topic.getSlug();
        Map<String, List<TopicLabel>> byLanguage = topic.getLabels().stream()
                .collect(Collectors.groupingBy(TopicLabel::lang, TreeMap::new, Collectors.toList()));
        byLanguage.forEach((lang, labels) -> form.labels.add(new DirectoryRows.Labels(lang,
                labels.stream().filter(TopicLabel::preferred).map(TopicLabel::label).findFirst().orElse(null),
                labels.stream().filter(l -> !l.preferred()).map(TopicLabel::label).sorted()
                        .collect(Collectors.joining(", ")))));
        form.version = topic.getVersion();
        return form;
    }

    TopicForm withSpareRows() {
        DirectoryRows.withSpare(labels, DirectoryRows.Labels::new);
        return this;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public List<DirectoryRows.Labels> getLabels() {
        return labels;
    }

    public void setLabels(List<DirectoryRows.Labels> labels) {
        this.labels = labels == null ? new ArrayList<>() : labels;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
