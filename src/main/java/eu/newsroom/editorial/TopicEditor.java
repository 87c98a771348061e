package eu.newsroom.editorial;

import eu.newsroom.shared.ActingUser;
import eu.newsroom.topic.Topic;
import eu.newsroom.topic.TopicLabel;
import eu.newsroom.topic.TopicRepository;
import eu.newsroom.web.ConflictException;
import eu.newsroom.web.NotFoundException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing thesaurus topics at the desk. Search applies the labels at index and query time,
 * so a new label reaches items indexed after the save (docs/search.md).
 */
@Service
public class TopicEditor {

    private final TopicRepository topics;
    private final DirectoryRecords records;

    private final java.time.Clock clock;

    TopicEditor(TopicRepository topics, DirectoryRecords records, java.time.Clock clock) {
        this.clock = clock;
        this.topics = topics;
        this.records = records;
    }

    @Transactional(readOnly = true)
    public TopicForm form(String slug) {
        return TopicForm.of(load(slug));
    }

    @Transactional
    public String create(TopicForm form, ActingUser editor) {
        Set<TopicLabel> labels = labels(form);
        String name = labels.stream().filter(TopicLabel::preferred).map(TopicLabel::label).findFirst().orElseThrow();
        String slug = DirectoryRecords.newSlug(form.getSlug(), name, s -> topics.findBySlug(s).isPresent());
        Topic topic = new Topic(slug);
        topic.replaceLabels(labels);
        // written by an editor in the directory, not brought by an unpublished item: public at once
        topic.becomesPublicAt(clock.instant());
        topics.saveAndFlush(topic);
        records.keep(RevisionLog.EntityType.TOPIC, topic.getId(), TopicForm.of(topic), editor, "topic.created");
        return slug;
    }

    @Transactional
    public void update(String slug, TopicForm form, ActingUser editor) {
        Topic topic = load(slug);
        if (topic.getVersion() != form.getVersion()) {
            throw new ConflictException("editorial.workflow.stale");
        }
        topic.replaceLabels(labels(form));
        topics.saveAndFlush(topic);
        records.keep(RevisionLog.EntityType.TOPIC, topic.getId(), TopicForm.of(topic), editor, "topic.saved");
    }

    private Topic load(String slug) {
        return topics.findBySlug(slug).orElseThrow(() -> new NotFoundException("error.notFound.topic", slug));
    }

    /** One preferred label per language, with its alternatives; at least one language. */
    private static Set<TopicLabel> labels(TopicForm form) {
        Set<TopicLabel> labels = new LinkedHashSet<>();
        Set<String> languages = new HashSet<>();
        for (int i = 0; i < form.getLabels().size(); i++) {
            DirectoryRows.Labels row = form.getLabels().get(i);
            if (row.isEmpty()) {
                continue;
            }
            String path = "labels[" + i + "]";
            String lang = References.language(path + ".lang", row.getLang());
            if (!languages.add(lang)) {
                throw new InvalidFieldException(path + ".lang", "editorial.directory.languageTwice", lang);
            }
            String preferred = DirectoryRecords.required(path + ".preferred", row.getPreferred(), 200);
            labels.add(new TopicLabel(lang, preferred, true));
            String alternatives = DirectoryRecords.text(path + ".alternatives", row.getAlternatives(), 2000);
            if (alternatives != null) {
                Arrays.stream(alternatives.split(",")).map(String::strip).filter(a -> !a.isEmpty())
                        .filter(a -> !a.equals(preferred)).distinct()
                        .forEach(a -> labels.add(new TopicLabel(lang, a, false)));
            }
        }
        if (labels.isEmpty()) {
            throw new InvalidFieldException("labels[0].preferred", "editorial.directory.labelRequired");
        }
        return labels;
    }
}
