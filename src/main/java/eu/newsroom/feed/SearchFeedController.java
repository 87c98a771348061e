package eu.newsroom.feed;

import eu.newsroom.search.PublicSearch;
import eu.newsroom.web.BadRequestException;
import eu.newsroom.web.PublicLinks;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The Atom feed of a search: {@code /feeds/search.atom} with the search page's query and filters lists the newest
 * public briefings and statements that match, as the search page's entries (one per item, in the reader's language),
 * newest first. Entries are dated by the item's own publication (a statement by its briefing's), never by load time.
 * Initiatives are left out: they have no publication of their own to date an entry by. Runs through
 * {@link PublicSearch}, so public items only, whoever asks; rate-limited as the search page is.
 */
@RestController
class SearchFeedController {

    static final String PATH = "/feeds/search.atom";
    private static final int ENTRIES = 50;
    /** The newest matches are read before initiatives are left out, so that up to {@link #ENTRIES} remain. */
    private static final int READ = PublicSearch.MAX_SIZE;

    private final PublicSearch search;
    private final MessageSource messages;
    private final PublicLinks links;

    SearchFeedController(PublicSearch search, MessageSource messages, PublicLinks links) {
        this.search = search;
        this.messages = messages;
        this.links = links;
    }

    @GetMapping(PATH)
    ResponseEntity<String> feed(@RequestParam(required = false) String q, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String type, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, WebRequest request, Locale locale) {
        PublicSearch.Query query = new PublicSearch.Query(q, lang, type, from, to).checked();
        if (!SearchFeedLinks.hasFeed(query)) {
            throw new BadRequestException("feed.search.error.type");
        }
        String author = messages.getMessage("app.name", null, locale);
        List<AtomFeed.Entry> entries = search.run(query, "date", 0, READ, locale).hits().stream()
                .filter(h -> SearchFeedLinks.KINDS.contains(h.type()) && h.publicSince() != null)
                .sorted(Comparator.comparing(PublicSearch.Hit::publicSince).reversed())
                .limit(ENTRIES)
                .map(h -> new AtomFeed.Entry(links.absolute(h.url()), h.title(), author, h.publicSince(), h.publicSince(),
                        h.snippet()))
                .toList();
        String self = SearchFeedLinks.feedPath(query);
        var description = new AtomFeed.Description(author + " · " + SearchFeedLinks.title(query, messages, locale),
                links.absolute(self), links.absolute(query.pagePath()));
        return AtomFeed.respond(description, self + "|" + locale.toLanguageTag(), entries, request);
    }
}
