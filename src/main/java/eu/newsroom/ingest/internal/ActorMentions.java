package eu.newsroom.ingest.internal;

import eu.newsroom.ingest.internal.Gazetteer.KnownActor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the known actors a text names: people by full name or surname ("Kaja Kallas", "Kallas"),
 * institutions and states by their name in any language, and the Union also as "EU", "Europe".
 */
public final class ActorMentions {

    private static final List<String> UNION = List.of("EU", "UE", "EÚ", "Europa", "Europe", "Union", "Unia", "Unione");

    private final PhraseIndex<String> index = new PhraseIndex<>();
    private final Map<String, KnownActor> bySlug = new HashMap<>();

    public ActorMentions(Gazetteer gazetteer) {
        for (KnownActor actor : gazetteer.actors()) {
            bySlug.put(actor.slug(), actor);
            index.add(actor.name(), actor.slug());
            actor.names().forEach(name -> index.add(name, actor.slug()));
            if (actor.isPerson()) {
                List<String> words = PhraseIndex.words(actor.name());
                String surname = words.get(words.size() - 1);
                if (words.size() > 1 && surname.length() >= 4) {
                    index.add(surname, actor.slug());
                }
            }
        }
        if (bySlug.containsKey("eu")) {
            UNION.forEach(name -> index.add(name, "eu"));
        }
    }

    public List<PhraseIndex.Hit<String>> in(String text) {
        return index.find(text);
    }

    public KnownActor actor(String slug) {
        return bySlug.get(slug);
    }
}
