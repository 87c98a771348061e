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

    /**
     * An entry is updated only by a correction of what it says: a re-tag, a re-import of the same text or a
     * new commitment reported in it leaves it as readers saw it, so their feed readers do not show it again.
     */
    static Instant latest(Briefing b) {
        Instant published = b.getPublishedAt();
        return b.getCorrectedAt() != null && b.getCorrectedAt().isAfter(published) ? b.getCorrectedAt() : published;
    }

    private static String firstParagraph(String body) {
        String first = body.strip().split("\\R", 2)[0];
        return first.length() > 600 ? first.substring(0, 600) + "…" : first;
    }
}
