package eu.newsroom.editorial;

import eu.newsroom.actor.Actor;
import eu.newsroom.briefing.Briefing;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.topic.Topic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * What a briefing said at one save, kept as a revision: its content and the slugs of what it links to.
 * Revisions are compared field by field and restored from this record.
 */
public record BriefingSnapshot(String title, String kind, String lang, String translationGroup, LocalDate eventDate,
        String place, String eventName, String institution, String speaker, List<String> points, String body,
        String sourceUrl, List<String> topics, List<String> initiatives, String status) {

    public static BriefingSnapshot of(Briefing b) {
        return new BriefingSnapshot(b.getTitle(), b.getKind().name(), b.getLang(), b.getTranslationGroup(),
                b.getEventDate(), b.getPlace(), b.getEventName(), slugOf(b.getInstitution()), slugOf(b.getSpeaker()),
                b.getPoints(), b.getBody(), b.getSourceUrl(), sortedSlugs(b.getTopics(), Topic::getSlug),
                sortedSlugs(b.getInitiatives(), Initiative::getSlug), b.getStatus().name());
    }

    /** One labelled line per field, and one per line of the body, so that a line diff reads as a field diff. */
    List<String> lines() {
        List<String> lines = new ArrayList<>(List.of("title: " + title, "kind: " + kind, "language: " + lang,
                "translation group: " + translationGroup, "date: " + eventDate, "place: " + orNone(place),
                "event: " + orNone(eventName), "institution: " + orNone(institution), "speaker: " + orNone(speaker)));
        for (int i = 0; i < points.size(); i++) {
            lines.add("in short " + (i + 1) + ": " + points.get(i));
        }
        body.lines().forEach(line -> lines.add("body: " + line));
        lines.add("source: " + orNone(sourceUrl));
        lines.add("topics: " + String.join(", ", topics));
        lines.add("initiatives: " + String.join(", ", initiatives));
        return lines;
    }

    private static String orNone(String value) {
        return value == null ? "" : value;
    }

    private static String slugOf(Actor actor) {
        return actor == null ? null : actor.getSlug();
    }

    private static <T> List<String> sortedSlugs(Collection<T> items, Function<T, String> slug) {
        return items.stream().map(slug).sorted().toList();
    }
}
