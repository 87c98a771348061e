package eu.newsroom.editorial;

import eu.newsroom.actor.Actor;
import eu.newsroom.actor.ActorRepository;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.initiative.InitiativeRepository;
import eu.newsroom.shared.LanguageTags;
import eu.newsroom.topic.Topic;
import eu.newsroom.topic.TopicRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Component;

/**
 * Turns what an editor picked in a form (slugs, a language tag) into stored things, or into a
 * message next to the field when something is unknown.
 */
@Component
class References {

    private final ActorRepository actors;
    private final TopicRepository topics;
    private final InitiativeRepository initiatives;
    private final BriefingRepository briefings;
    private final Clock clock;

    References(ActorRepository actors, TopicRepository topics, InitiativeRepository initiatives,
            BriefingRepository briefings, Clock clock) {
        this.actors = actors;
        this.topics = topics;
        this.initiatives = initiatives;
        this.briefings = briefings;
        this.clock = clock;
    }

    /** The actor with this slug; null when none was picked. */
    Actor actor(String field, String slug) {
        String given = BriefingForm.blankToNull(slug);
        if (given == null) {
            return null;
        }
        return actors.findBySlug(given).orElseThrow(() -> new InvalidFieldException(field, "editorial.field.unknown", given));
    }

    Set<Topic> topics(String field, Collection<String> slugs) {
        return known(field, slugs, topics::findBySlugIn, Topic::getSlug);
    }

    /** The initiatives with these slugs (a commitment's: made public only with a status readers see, PendingChanges). */
    Set<Initiative> initiatives(String field, Collection<String> slugs) {
        return known(field, slugs, initiatives::findBySlugIn, Initiative::getSlug);
    }

    /**
     * The initiatives picked for an item public from {@code itemPublicFrom} (null: not published). One newly linked
     * to a published item must have a status its readers may see (issue 19, finding 1e): one that only an unpublished
     * item reported would stay hidden, and the editor is told why, rather than seeing the link vanish from the page.
     */
    Set<Initiative> initiatives(String field, Collection<String> slugs, Set<Initiative> linkedBefore,
            Instant itemPublicFrom) {
        Set<Initiative> picked = initiatives(field, slugs);
        if (itemPublicFrom != null) {
            Instant now = clock.instant();
            LongPredicate publicSource = briefings.publicAt(itemPublicFrom.isAfter(now) ? itemPublicFrom : now);
            picked.stream().filter(i -> !linkedBefore.contains(i) && !i.showsStatusTo(publicSource)).findFirst()
                    .ifPresent(i -> {
                        throw new InvalidFieldException(field, "editorial.field.initiativeStatusNotPublic", i.getSlug());
                    });
        }
        return picked;
    }

    /** The canonical BCP 47 form of the tag ("DE-at" gives "de-AT"). */
    static String language(String field, String tag) {
        return LanguageTags.canonical(tag).orElseThrow(() -> new InvalidFieldException(field, "editorial.field.langInvalid", tag));
    }

    private static <T> Set<T> known(String field, Collection<String> slugs, Function<Collection<String>, List<T>> find,
            Function<T, String> slugOf) {
        Set<String> wanted = new HashSet<>(slugs);
        wanted.removeIf(s -> s == null || s.isBlank());
        List<T> found = find.apply(wanted);
        if (found.size() != wanted.size()) {
            Set<String> missing = new HashSet<>(wanted);
            found.forEach(item -> missing.remove(slugOf.apply(item)));
            throw new InvalidFieldException(field, "editorial.field.unknown", String.join(", ", missing));
        }
        return new HashSet<>(found);
    }
}
