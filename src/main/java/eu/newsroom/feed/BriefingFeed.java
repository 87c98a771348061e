package eu.newsroom.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import eu.newsroom.briefing.Briefing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Writes public briefings as an Atom 1.0 feed (RFC 4287) with ROME. */
final class BriefingFeed {

    private BriefingFeed() {
    }

    /** What identifies and describes one feed: its title, its own address and the page it mirrors. */
    record Description(String title, String selfUrl, String pageUrl, String baseUrl) {
    }

    static String atom(Description description, List<Briefing> briefings, Instant updated) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(description.title());
        feed.setUri(description.selfUrl());
        feed.setLink(description.pageUrl());
        feed.setLinks(List.of(link("self", description.selfUrl(), "application/atom+xml"),
                link("alternate", description.pageUrl(), "text/html")));
        feed.setAuthor("EU Defence Newsroom");
        feed.setPublishedDate(Date.from(updated));
        List<SyndEntry> entries = new ArrayList<>();
        for (Briefing b : briefings) {
            entries.add(entry(b, description.baseUrl()));
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("could not write the feed", e);
        }
    }

    private static SyndEntry entry(Briefing b, String baseUrl) {
        String url = baseUrl + "/briefings/" + b.getSlug();
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(url);
        entry.setTitle(b.getTitle());
        entry.setLink(url);
        entry.setAuthor(b.getInstitution() != null ? b.getInstitution().getName() : "EU Defence Newsroom");
        entry.setPublishedDate(Date.from(b.getPublishedAt()));
        entry.setUpdatedDate(Date.from(latest(b)));
        SyndContent summary = new SyndContentImpl();
        summary.setType("text");
        summary.setValue(b.getPoints().isEmpty() ? firstParagraph(b.getBody()) : String.join(" ", b.getPoints()));
        entry.setDescription(summary);
        return entry;
    }

    static Instant latest(Briefing b) {
        Instant published = b.getPublishedAt();
        return b.getUpdatedAt() != null && b.getUpdatedAt().isAfter(published) ? b.getUpdatedAt() : published;
    }

    private static String firstParagraph(String body) {
        String first = body.strip().split("\\R", 2)[0];
        return first.length() > 600 ? first.substring(0, 600) + "…" : first;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
