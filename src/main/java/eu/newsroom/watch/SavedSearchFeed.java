package eu.newsroom.watch;

import eu.newsroom.feed.AtomFeed;
import eu.newsroom.web.NotFoundException;
import eu.newsroom.web.PublicLinks;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The private Atom feed of a saved search, at an address only its owner knows (feed readers cannot sign
 * in). It lists public items only, newest first, whoever owns it; an unknown or rotated token is a 404.
 */
@RestController
class SavedSearchFeed {

    private final SavedSearches saved;
    private final MessageSource messages;
    private final PublicLinks links;

    SavedSearchFeed(SavedSearches saved, MessageSource messages, PublicLinks links) {
        this.saved = saved;
        this.messages = messages;
        this.links = links;
    }

    @GetMapping("/feeds/saved/{token}.atom")
    ResponseEntity<String> feed(@PathVariable String token, WebRequest request, Locale locale) {
        var feed = saved.feed(token, locale).orElseThrow(() -> new NotFoundException("watch.error.feed"));
        String title = messages.getMessage("app.name", null, locale) + " · " + feed.name();
        var description = new AtomFeed.Description(title, links.absolute("/feeds/saved/" + token + ".atom"),
                links.absolute(feed.searchPath()));
        String author = messages.getMessage("app.name", null, locale);
        var entries = feed.hits().stream().map(h -> {
            Instant since = h.publicSince() == null ? Instant.EPOCH : h.publicSince();
            return new AtomFeed.Entry(links.absolute(h.url()), h.title(), author, since, since, h.snippet());
        }).toList();
        return AtomFeed.respond(description, token, entries, request);
    }
}
