package eu.newsroom.feed;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.web.PublicLinks;
import java.time.Instant;

/** Public briefings as Atom entries. */
final class BriefingFeed {

    private BriefingFeed() {
    }

    static AtomFeed.Entry entry(Briefing b, PublicLinks links) {
        String author = b.getInstitution() != null ? b.getInstitution().getName() : "EU Defence Newsroom";
        String summary = b.getPoints().isEmpty() ? firstParagraph(b.getBody()) : String.join(" ", b.getPoints());
        return new AtomFeed.Entry(links.briefing(b.getSlug()), b.getTitle(), author, b.getPublishedAt(),
                latest(b), summary);
    }

    static Instant latest(Briefing b) {
        Instant published = b.getPublishedAt();
        return b.getUpdatedAt() != null && b.getUpdatedAt().isAfter(published) ? b.getUpdatedAt() : published;
    }

    private static String firstParagraph(String body) {
        String first = body.strip().split("\\R", 2)[0];
        return first.length() > 600 ? first.substring(0, 600) + "…" : first;
    }
}
