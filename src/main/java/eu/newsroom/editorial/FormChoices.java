package eu.newsroom.editorial;

import eu.newsroom.actor.ActorKind;
import eu.newsroom.actor.ActorRepository;
import eu.newsroom.commitment.CommitmentRepository;
import eu.newsroom.initiative.InitiativeRepository;
import eu.newsroom.topic.TopicRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The choices offered by the briefing form: institutions, speakers, topics and initiatives, named in the editor's language. */
@Service
@Transactional(readOnly = true)
class FormChoices {

    /** One option of a select or checkbox list. */
    record Choice(String slug, String name) {
    }

    /** All the lists the form shows. */
    record Lists(List<Choice> institutions, List<Choice> speakers, List<Choice> topics, List<Choice> initiatives) {
    }

    private final ActorRepository actors;
    private final TopicRepository topics;
    private final InitiativeRepository initiatives;
    private final CommitmentRepository commitments;

    FormChoices(ActorRepository actors, TopicRepository topics, InitiativeRepository initiatives,
            CommitmentRepository commitments) {
        this.actors = actors;
        this.topics = topics;
        this.initiatives = initiatives;
        this.commitments = commitments;
    }

    /** Every commitment by title, for "part of" (a commitment is never offered as part of itself). */
    List<Choice> wholes(Long except) {
        return commitments.findAll(Sort.by("title", "id")).stream().filter(c -> !c.getId().equals(except))
                .map(c -> new Choice(c.getSlug(), c.getTitle())).toList();
    }

    /** Every actor (people, institutions, states), for donors and recipients. */
    List<Choice> actors(Locale locale) {
        return actors.findAllByOrderByNameAsc(Pageable.unpaged()).getContent().stream()
                .map(a -> new Choice(a.getSlug(), a.nameIn(locale)))
                .sorted(Comparator.comparing(Choice::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    Lists all(Locale locale) {
        var everyone = actors.findAllByOrderByNameAsc(Pageable.unpaged()).getContent();
        List<Choice> institutions = everyone.stream().filter(a -> a.getKind() != ActorKind.PERSON)
                .map(a -> new Choice(a.getSlug(), a.nameIn(locale))).toList();
        List<Choice> speakers = everyone.stream().filter(a -> a.getKind() == ActorKind.PERSON)
                .map(a -> new Choice(a.getSlug(), a.nameIn(locale))).toList();
        List<Choice> topicChoices = topics.findAllByOrderBySlugAsc().stream()
                .map(t -> new Choice(t.getSlug(), t.labelIn(locale)))
                .sorted(Comparator.comparing(Choice::name, String.CASE_INSENSITIVE_ORDER)).toList();
        List<Choice> initiativeChoices = initiatives.findAllByOrderByNameAsc().stream()
                .map(i -> new Choice(i.getSlug(), i.nameIn(locale))).toList();
        return new Lists(institutions, speakers, topicChoices, initiativeChoices);
    }
}
