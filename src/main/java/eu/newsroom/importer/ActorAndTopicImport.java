package eu.newsroom.importer;

import static eu.newsroom.importer.LineFields.choice;
import static eu.newsroom.importer.LineFields.country;
import static eu.newsroom.importer.LineFields.date;
import static eu.newsroom.importer.LineFields.language;
import static eu.newsroom.importer.LineFields.required;
import static eu.newsroom.importer.LineFields.requiredSlug;

import eu.newsroom.actor.Actor;
import eu.newsroom.actor.ActorKind;
import eu.newsroom.actor.ActorRepository;
import eu.newsroom.actor.ActorRole;
import eu.newsroom.briefing.PendingChange;
import eu.newsroom.importer.BriefingLine.ActorEntry;
import eu.newsroom.importer.BriefingLine.RoleEntry;
import eu.newsroom.importer.BriefingLine.TopicEntry;
import eu.newsroom.topic.Topic;
import eu.newsroom.topic.TopicRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Stores the actors and thesaurus topics an import line defines, and resolves the ones it names. */
@Component
class ActorAndTopicImport {

    private final ActorRepository actors;
    private final TopicRepository topics;
    private final JsonMapper json;

    ActorAndTopicImport(ActorRepository actors, TopicRepository topics, LineJson lineJson) {
        this.actors = actors;
        this.topics = topics;
        this.json = lineJson.mapper();
    }

    void defineActors(List<ActorEntry> entries, LineContext context) {
        if (entries == null) {
            return;
        }
        // first the actors themselves, so that roles may name an organisation defined further down
        for (int i = 0; i < entries.size(); i++) {
            ActorEntry entry = entries.get(i);
            String path = "actors[" + i + "]";
            String slug = requiredSlug(path + ".slug", entry.slug());
            ActorKind kind = choice(path + ".kind", entry.kind(), ActorKind.class, null);
            String name = required(path + ".name", entry.name(), 300);
            String country = country(path + ".country", entry.country());
            var names = names(path + ".names", entry.names());
            Actor stored = context.actors.containsKey(slug) ? null : actors.findBySlug(slug).orElse(null);
            if (stored != null && context.deferred) {
                // checked like the rest of the line, but what it changes waits for the briefing's publication
                context.keep(PendingChange.Target.ACTOR, stored.getId(), slug, entry);
                context.actors.put(slug, stored);
                continue;
            }
            Actor actor = stored != null ? stored : context.actors.getOrDefault(slug, new Actor(slug, kind, name));
            actor.describe(kind, name, country);
            actor.putNames(names);
            context.actors.put(slug, actors.save(actor));
        }
        for (int i = 0; i < entries.size(); i++) {
            ActorEntry entry = entries.get(i);
            if (entry.roles() != null) {
                var roles = roles("actors[" + i + "].roles", entry.roles(), context);
                if (!context.isKept(entry.slug())) {
                    context.actors.get(entry.slug()).replaceRoles(roles);
                }
            }
        }
    }

    private Map<String, String> names(String path, Map<String, String> given) {
        Map<String, String> names = new LinkedHashMap<>();
        if (given != null) {
            given.forEach((lang, name) -> names.put(language(path, lang), required(path + "." + lang, name, 300)));
        }
        return names;
    }

    private List<ActorRole.Draft> roles(String path, List<RoleEntry> entries, LineContext context) {
        List<ActorRole.Draft> drafts = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            RoleEntry role = entries.get(i);
            String at = path + "[" + i + "]";
            Actor organisation = role.organisation() == null ? null : actor(at + ".organisation", role.organisation(), context);
            var from = date(at + ".from", role.from());
            var to = date(at + ".to", role.to());
            if (from != null && to != null && to.isBefore(from)) {
                throw new InvalidLineException(at + ": 'to' is before 'from'");
            }
            drafts.add(new ActorRole.Draft(required(at + ".title", role.title(), 300), organisation, from, to));
        }
        return drafts;
    }

    /** An actor named by slug: defined in this line or stored before. */
    Actor actor(String path, String slug, LineContext context) {
        requiredSlug(path, slug);
        Actor known = context.actors.get(slug);
        if (known != null) {
            return known;
        }
        Actor stored = actors.findBySlug(slug).orElseThrow(() -> new InvalidLineException(
                path + ": unknown actor '" + slug + "'; define it in 'actors'"));
        context.actors.put(slug, stored);
        return stored;
    }

    Actor optionalActor(String path, String slug, LineContext context) {
        return slug == null || slug.isBlank() ? null : actor(path, slug, context);
    }

    /** Topics given as slugs or as thesaurus entries; entries are stored or merged first. */
    Set<Topic> topics(String path, List<Object> given, LineContext context) {
        Set<Topic> result = new LinkedHashSet<>();
        if (given == null) {
            return result;
        }
        for (int i = 0; i < given.size(); i++) {
            Object item = given.get(i);
            String at = path + "[" + i + "]";
            if (item instanceof String slug) {
                result.add(topic(at, slug, context));
            } else if (item instanceof Map<?, ?> map) {
                result.add(defineTopic(at, json.convertValue(map, TopicEntry.class), context));
            } else {
                throw new InvalidLineException(at + ": a topic is a slug or an object with slug and labels");
            }
        }
        return result;
    }

    private Topic defineTopic(String path, TopicEntry entry, LineContext context) {
        String slug = requiredSlug(path + ".slug", entry.slug());
        Topic stored = context.topics.containsKey(slug) ? null : topics.findBySlug(slug).orElse(null);
        if (stored != null && context.deferred) {
            // new labels of a topic readers know wait for the briefing's publication
            context.keep(PendingChange.Target.TOPIC, stored.getId(), slug, entry);
            context.topics.put(slug, stored);
            return stored;
        }
        Topic topic = stored != null ? stored : context.topics.containsKey(slug) ? context.topics.get(slug)
                : new Topic(slug);
        if (entry.labels() != null) {
            entry.labels().forEach((lang, label) ->
                    topic.prefer(language(path + ".labels", lang), required(path + ".labels." + lang, label, 200)));
        }
        if (entry.altLabels() != null) {
            entry.altLabels().forEach((lang, labels) -> topic.addAlternatives(language(path + ".altLabels", lang),
                    labels.stream().map(label -> required(path + ".altLabels." + lang, label, 200)).toList()));
        }
        if (topic.getLabels().isEmpty()) {
            throw new InvalidLineException(path + ": a new topic needs at least one label");
        }
        Topic saved = topics.save(topic);
        context.topics.put(slug, saved);
        return saved;
    }

    private Topic topic(String path, String slug, LineContext context) {
        requiredSlug(path, slug);
        Topic known = context.topics.get(slug);
        if (known != null) {
            return known;
        }
        Topic stored = topics.findBySlug(slug).orElseThrow(() -> new InvalidLineException(
                path + ": unknown topic '" + slug + "'; define it with labels"));
        context.topics.put(slug, stored);
        return stored;
    }
}
