package eu.newsroom.briefing;

import java.time.LocalDate;
import java.util.List;

/** The editorial content of one language version of a briefing, as written by an editor or an import. */
public record BriefingContent(
        String title,
        BriefingKind kind,
        String lang,
        String translationGroup,
        LocalDate eventDate,
        String place,
        String eventName,
        String body,
        String sourceUrl,
        List<String> points) {
}
