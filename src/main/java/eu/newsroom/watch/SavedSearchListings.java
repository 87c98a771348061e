package eu.newsroom.watch;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A reader's list of saved searches with their "new since last visit" counts, worked out once and kept for a short
 * while: listing runs every saved search (up to 50), and 20 requests at once from one account stalled anonymous
 * readers (issue 19 finding 9). Requests for a list being worked out wait for it instead of running the searches
 * again; any committed change (a publication, the reader opening or saving a search) empties the lists, so a count
 * is never older than the last change, or than {@link SavedSearchProperties#listsKeptFor()} (30 s) for what time
 * alone changes (an embargo that ends).
 * With the limit per account on /me (web.AccountRateLimitFilter), one account runs its searches at most that often.
 */
@Component
class SavedSearchListings {

    /** Works out one reader's list: {@link SavedSearches#list}. */
    interface Lister {
        List<SavedSearches.Listed> list(String username, Locale reader);
    }

    private record Reader(String username, Locale locale) {
    }

    private final Lister lister;
    /** A list being worked out is shared with whoever asks meanwhile, however short the time lists are kept. */
    private final AsyncCache<Reader, List<SavedSearches.Listed>> lists;

    @Autowired
    SavedSearchListings(SavedSearches saved, SavedSearchProperties properties) {
        this(saved::list, properties.listsKeptFor());
    }

    SavedSearchListings(Lister lister, Duration keptFor) {
        this.lister = lister;
        this.lists = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(keptFor).buildAsync();
    }

    List<SavedSearches.Listed> of(String username, Locale locale) {
        Reader reader = new Reader(username, locale);
        CompletableFuture<List<SavedSearches.Listed>> mine = new CompletableFuture<>();
        CompletableFuture<List<SavedSearches.Listed>> running = lists.asMap().putIfAbsent(reader, mine);
        if (running != null) {
            return awaitOther(running);
        }
        try {
            List<SavedSearches.Listed> listed = lister.list(username, locale);
            mine.complete(listed);
            return listed;
        } catch (RuntimeException e) {
            // the waiting requests get the same failure; a failed list is not kept
            mine.completeExceptionally(e);
            lists.asMap().remove(reader, mine);
            throw e;
        }
    }

    private static List<SavedSearches.Listed> awaitOther(CompletableFuture<List<SavedSearches.Listed>> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Forgets every list: something they count may have changed ({@link SavedSearchListingsOnChange}). */
    void clear() {
        lists.synchronous().invalidateAll();
    }
}
