package eu.newsroom.watch;

import static eu.newsroom.shared.NewsroomTime.BRUSSELS;

import eu.newsroom.account.Account;
import eu.newsroom.account.AccountRepository;
import eu.newsroom.search.PublicSearch;
import eu.newsroom.web.BadRequestException;
import eu.newsroom.web.NotFoundException;
import eu.newsroom.web.RateLimits;
import eu.newsroom.web.TooManyRequestsException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reader's saved searches: saving, listing with "new since last visit" counts, opening, deleting and
 * the private feed. Searches run through the search module and see public items only, whatever the
 * owner's role: a feed reader holding the token is not the signed-in owner.
 */
@Service
@Transactional
class SavedSearches {

    /** A reader keeps at most this many; working out the list runs every one of them (SavedSearchListings keeps it). */
    static final int MAX_PER_READER = 50;
    /** "New since last visit" is counted among the newest this many matches. */
    static final int NEWEST = PublicSearch.MAX_SIZE;
    /** A private feed holds the newest this many matches. */
    static final int FEED_ENTRIES = 50;

    /** Times on the newsroom's pages are Brussels times. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** One saved search as the list shows it; {@code newCount} counts matches that became public since it was opened. */
    record Listed(long id, String name, PublicSearch.Query search, long total, boolean totalExact, int newCount,
            boolean moreNew,
            ZonedDateTime lastSeen, String feedPath) {
    }

    /** What a private feed shows: the search's name and its newest public matches. */
    record Feed(String name, String searchPath, List<PublicSearch.Hit> hits) {
    }

    private final SavedSearchRepository saved;
    private final AccountRepository accounts;
    private final PublicSearch search;
    private final Clock clock;
    private final RateLimits limits;

    SavedSearches(SavedSearchRepository saved, AccountRepository accounts, PublicSearch search, Clock clock,
            RateLimits limits) {
        this.saved = saved;
        this.accounts = accounts;
        this.search = search;
        this.clock = clock;
        this.limits = limits;
    }

    long save(String username, PublicSearch.Query query, String name) {
        Account owner = owner(username);
        var checked = query.checked();
        if (saved.countByAccountId(owner.getId()) >= MAX_PER_READER) {
            throw new BadRequestException("watch.error.tooMany", MAX_PER_READER);
        }
        String title = name == null || name.isBlank() ? defaultName(checked) : name.strip();
        if (title.length() > 200) {
            throw new BadRequestException("watch.error.name", 200);
        }
        return saved.save(new SavedSearch(owner.getId(), title, checked, clock.instant())).getId();
    }

    @Transactional(readOnly = true)
    List<Listed> list(String username, Locale reader) {
        return saved.findByAccountIdOrderByCreatedAtAscIdAsc(owner(username).getId()).stream()
                .map(s -> listed(s, reader)).toList();
    }

    /** Marks the search as seen now and gives the address of its results. */
    String open(String username, long id) {
        SavedSearch search = owned(username, id);
        search.seen(clock.instant());
        return search.search().pagePath();
    }

    void delete(String username, long id) {
        saved.delete(owned(username, id));
    }

    void rotateFeedToken(String username, long id) {
        owned(username, id).rotateFeedToken();
    }

    /**
     * The feed behind a token, if the token is one and its owner's account is not locked. The private feeds of one
     * account are limited together (RateLimits.Kind.PRIVATE_FEED), whoever holds their addresses: each runs a search.
     */
    @Transactional(readOnly = true)
    Optional<Feed> feed(String token, Locale reader) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return saved.findByFeedToken(token)
                .filter(s -> accounts.findById(s.getAccountId()).map(a -> !a.isLocked()).orElse(false))
                .map(s -> {
                    limits.take(RateLimits.Kind.PRIVATE_FEED, "account " + s.getAccountId()).ifPresent(wait -> {
                        throw new TooManyRequestsException("error.rateLimited.feed", wait);
                    });
                    return new Feed(s.getName(), s.search().pagePath(),
                            search.run(s.search(), "date", 0, FEED_ENTRIES, reader).hits());
                });
    }

    private Listed listed(SavedSearch s, Locale reader) {
        var result = search.run(s.search(), "date", 0, NEWEST, reader);
        Instant seen = s.getLastSeenAt();
        int newCount = (int) result.hits().stream().filter(h -> h.publicSince() != null && h.publicSince().isAfter(seen))
                .count();
        boolean more = newCount == NEWEST && result.total() > NEWEST;
        return new Listed(s.getId(), s.getName(), s.search(), result.total(), result.totalExact(), newCount, more,
                seen.atZone(BRUSSELS),
                "/feeds/saved/" + s.getFeedToken() + ".atom");
    }

    private SavedSearch owned(String username, long id) {
        return saved.findByIdAndAccountId(id, owner(username).getId())
                .orElseThrow(() -> new NotFoundException("watch.error.notFound", id));
    }

    private Account owner(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("watch.error.noAccount", username));
    }

    private static String defaultName(PublicSearch.Query query) {
        String words = query.q() == null || query.q().isBlank() ? "*" : query.q().strip();
        return words.length() > 200 ? words.substring(0, 199) + "…" : words;
    }
}
