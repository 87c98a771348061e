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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.WebRequest;

/**
 * An Atom 1.0 feed (RFC 4287) written with ROME, answered with conditional GET: a reader that sends the
 * feed's ETag or date back gets 304 while no entry was added, removed or edited. Used for every feed of
 * the newsroom, public ones and the private feeds of saved searches.
 */
public final class AtomFeed {

    public static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    /** What identifies a feed: its title, its own absolute address and the page it mirrors. */
    public record Description(String title, String selfUrl, String pageUrl) {
    }

    /** One entry; {@code id} is its permalink, {@code updated} changes whenever it is edited. */
    public record Entry(String id, String title, String author, Instant published, Instant updated, String summary) {
    }

    private AtomFeed() {
    }

    /** 304 to a reader whose copy is current, else the feed; {@code key} tells feeds with the same entries apart. */
    public static ResponseEntity<String> respond(Description description, String key, List<Entry> entries,
            WebRequest request) {
        Instant updated = entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
        if (request.checkNotModified(etag(key, entries), updated.toEpochMilli())) {
            // headers set by checkNotModified; no body
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
        }
        return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.noCache())
                .body(write(description, entries, updated));
    }

    static String write(Description description, List<Entry> entries, Instant updated) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(description.title());
        feed.setUri(description.selfUrl());
        feed.setLink(description.pageUrl());
        feed.setLinks(List.of(link("self", description.selfUrl(), "application/atom+xml"),
                link("alternate", description.pageUrl(), "text/html")));
        feed.setAuthor("EU Defence Newsroom");
        feed.setPublishedDate(Date.from(updated));
        feed.setEntries(entries.stream().map(AtomFeed::entry).toList());
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("could not write the feed", e);
        }
    }

    private static SyndEntry entry(Entry e) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(e.id());
        entry.setTitle(e.title());
        entry.setLink(e.id());
        entry.setAuthor(e.author());
        entry.setPublishedDate(Date.from(e.published()));
        entry.setUpdatedDate(Date.from(e.updated()));
        SyndContent summary = new SyndContentImpl();
        summary.setType("text");
        summary.setValue(e.summary());
        entry.setDescription(summary);
        return entry;
    }

    /** Changes whenever an entry is added, removed (say, by an embargo ending) or edited. */
    private static String etag(String key, List<Entry> entries) {
        StringBuilder text = new StringBuilder(key);
        entries.forEach(e -> text.append('|').append(e.id()).append('@').append(e.updated().toEpochMilli()));
        byte[] digest = DigestUtils.md5Digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return "\"" + HexFormat.of().formatHex(digest) + "\"";
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
