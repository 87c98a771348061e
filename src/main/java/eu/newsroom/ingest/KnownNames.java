package eu.newsroom.ingest;

import eu.newsroom.actor.Actor;
import eu.newsroom.actor.ActorRepository;
import eu.newsroom.ingest.internal.Gazetteer;
import eu.newsroom.initiative.InitiativeAlias;
import eu.newsroom.initiative.InitiativeRepository;
import eu.newsroom.topic.TopicLabel;
import eu.newsroom.topic.TopicRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads what the newsroom knows (actors, initiatives, thesaurus) into a {@link Gazetteer} for one extraction. */
@Component
class KnownNames {

    private final ActorRepository actors;
    private final InitiativeRepository initiatives;
    private final TopicRepository topics;

    KnownNames(ActorRepository actors, InitiativeRepository initiatives, TopicRepository topics) {
        this.actors = actors;
        this.initiatives = initiatives;
        this.topics = topics;
    }

    @Transactional(readOnly = true)
    Gazetteer load() {
        return new Gazetteer(actors.findAll().stream().map(KnownNames::actor).toList(),
                initiatives.findAllByOrderByNameAsc().stream().map(i -> {
                    List<String> names = new ArrayList<>(List.of(i.getName()));
                    i.getAliases().stream().map(InitiativeAlias::alias).forEach(names::add);
                    return new Gazetteer.KnownInitiative(i.getSlug(), i.getName(), names);
                }).toList(),
                topics.findAllByOrderBySlugAsc().stream().map(t -> new Gazetteer.KnownTopic(t.getSlug(),
                        t.getLabels().stream().map(TopicLabel::label).toList())).toList());
    }

    private static Gazetteer.KnownActor actor(Actor actor) {
        return new Gazetteer.KnownActor(actor.getSlug(), actor.getKind().name().toLowerCase(Locale.ROOT), actor.getName(),
                List.copyOf(actor.getNames().values()), actor.getRoles().stream()
                        .map(r -> new Gazetteer.KnownRole(r.getTitle(), r.getValidFrom(), r.getValidTo())).toList());
    }
}
