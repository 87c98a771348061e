package eu.newsroom.ingest.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The names the newsroom already knows, read once per extraction: actors with their roles over time,
 * initiatives with their aliases in every language, and the labels of the thesaurus.
 */
public record Gazetteer(List<KnownActor> actors, List<KnownInitiative> initiatives, List<KnownTopic> topics) {

    /** An empty gazetteer: the readers then find only what needs no known names (amounts, dateline). */
    public static Gazetteer empty() {
        return new Gazetteer(List.of(), List.of(), List.of());
    }

    /** A person, institution or state; {@code kind} is "person", "institution" or "state". */
    public record KnownActor(String slug, String kind, String name, List<String> names, List<KnownRole> roles) {

        public boolean isPerson() {
            return "person".equals(kind);
        }

        /** The office held on a date, like {@code Actor.roleOn}. */
        public Optional<KnownRole> roleOn(LocalDate date) {
            if (date == null) {
                return roles.stream().filter(role -> role.to() == null).findFirst();
            }
            return roles.stream().filter(role -> role.isHeldOn(date)).findFirst();
        }
    }

    /** An office held for a time. */
    public record KnownRole(String title, LocalDate from, LocalDate to) {

        boolean isHeldOn(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    /** An initiative and every name it goes by. */
    public record KnownInitiative(String slug, String name, List<String> names) {
    }

    /** A thesaurus concept and all its labels, preferred and alternative, in every language. */
    public record KnownTopic(String slug, List<String> labels) {
    }
}
