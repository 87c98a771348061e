package eu.newsroom.ingest;

import eu.newsroom.ingest.internal.Gazetteer;
import eu.newsroom.ingest.internal.Gazetteer.KnownActor;
import eu.newsroom.ingest.internal.Gazetteer.KnownInitiative;
import eu.newsroom.ingest.internal.Gazetteer.KnownRole;
import eu.newsroom.ingest.internal.Gazetteer.KnownTopic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The known names of the demo corpus, read straight from db/demo, for tests of the readers without a database. */
final class DemoGazetteer {

    private DemoGazetteer() {
    }

    static Gazetteer load() {
        Map<String, KnownActor> actors = new LinkedHashMap<>();
        Map<String, KnownInitiative> initiatives = new LinkedHashMap<>();
        Map<String, KnownTopic> topics = new LinkedHashMap<>();
        JsonMapper json = JsonMapper.builder().build();
        for (String file : List.of("db/demo/01-seed.ndjson", "db/demo/02-briefings.ndjson")) {
            try {
                for (String line : Files.readAllLines(Path.of(file))) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode item = json.readTree(line);
                    item.path("actors").forEach(a -> actors.put(a.path("slug").asString(), actor(a)));
                    item.path("initiatives").forEach(i -> {
                        if (i.has("name")) {
                            initiatives.put(i.path("slug").asString(), initiative(i));
                        }
                    });
                    item.path("thesaurus").forEach(t -> topics.put(t.path("slug").asString(), topic(t)));
                    item.path("topics").forEach(t -> {
                        if (t.isObject()) {
                            topics.put(t.path("slug").asString(), topic(t));
                        }
                    });
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Gazetteer(List.copyOf(actors.values()), List.copyOf(initiatives.values()), List.copyOf(topics.values()));
    }

    private static KnownActor actor(JsonNode a) {
        List<String> names = new ArrayList<>();
        a.path("names").forEach(n -> names.add(n.asString()));
        List<KnownRole> roles = new ArrayList<>();
        a.path("roles").forEach(r -> roles.add(new KnownRole(r.path("title").asString(), date(r.path("from")),
                date(r.path("to")))));
        return new KnownActor(a.path("slug").asString(), a.path("kind").asString(), a.path("name").asString(), names, roles);
    }

    private static KnownInitiative initiative(JsonNode i) {
        List<String> names = new ArrayList<>(List.of(i.path("name").asString()));
        i.path("aliases").forEach(list -> list.forEach(alias -> names.add(alias.asString())));
        return new KnownInitiative(i.path("slug").asString(), i.path("name").asString(), names);
    }

    private static KnownTopic topic(JsonNode t) {
        List<String> labels = new ArrayList<>();
        t.path("labels").forEach(l -> labels.add(l.asString()));
        t.path("altLabels").forEach(list -> list.forEach(l -> labels.add(l.asString())));
        return new KnownTopic(t.path("slug").asString(), labels);
    }

    private static LocalDate date(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : LocalDate.parse(node.asString());
    }
}
