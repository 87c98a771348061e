package eu.newsroom.feed;

import eu.newsroom.search.PublicSearch;
import eu.newsroom.web.BadRequestException;
import eu.newsroom.web.PageFeed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Names the search feed on the search page ({@link PageFeed}: the layout's {@code <link rel="alternate">} and the
 * page's "Follow"), for a search that was made and can have a feed; and builds the address of a search's feed.
 * An advice on the search module, so that the search's own code stays as it is.
 */
@ControllerAdvice(basePackages = "eu.newsroom.search")
class SearchFeedLinks {

    /** What the feed lists: items with a publication of their own. */
    static final List<String> KINDS = List.of("briefing", "statement");

    private final MessageSource messages;

    SearchFeedLinks(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The feed of the search on this page: only once a search was made ({@code q} sent, as the page shows results),
     * with values the page accepts; none for a search of initiatives only. Never fails: the page itself answers a
     * wrong value.
     */
    @ModelAttribute(PageFeed.MODEL_ATTRIBUTE)
    PageFeed searchFeed(@RequestParam(required = false) String q, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String type, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Locale locale) {
        if (q == null) {
            return null;
        }
        try {
            PublicSearch.Query query = new PublicSearch.Query(q, lang, type, date(from), date(to)).checked();
            return hasFeed(query) ? new PageFeed(feedPath(query), title(query, messages, locale)) : null;
        } catch (BadRequestException | DateTimeParseException wrong) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    static boolean hasFeed(PublicSearch.Query query) {
        return query.type() == null || KINDS.contains(query.type());
    }

    static String title(PublicSearch.Query query, MessageSource messages, Locale locale) {
        return query.q() == null || query.q().isBlank() ? messages.getMessage("feed.search.everything", null, locale)
                : messages.getMessage("feed.search.title", new Object[] {query.q().strip()}, locale);
    }

    /** The feed's address: the query and the filters that are set, in one order (one address per search). */
    static String feedPath(PublicSearch.Query query) {
        return query.path(SearchFeedController.PATH);
    }
}
