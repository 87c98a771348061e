package eu.newsroom.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.newsroom.shared.CommittedChanges;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Pages as an anonymous reader got them, kept for a short while so that the next reader of the same page in the
 * same interface language gets the same bytes without rendering them again (docs/benchmarks.md: rendering a
 * page cost 10 to 25 ms of CPU). Every committed change of any entity empties the cache, and a page that was
 * being rendered while a change was committed is not kept (it may show the old state). What time alone changes
 * (an embargo that ends) shows after at most the time to live, measured on the application's clock.
 * <p>
 * A page is rendered once however many readers ask for it at the same moment: the first renders it, the others
 * wait for that rendering ({@link #rendering}). Each edit empties the cache, and then every reader of the home page
 * rendered it at once, a stampede that took the CPU from all other requests (docs/reliability.md, the soak).
 */
@Component
class PageCache extends CommittedChanges {

    /** A rendered page: its headers (without cookies) and its body. */
    record Page(int status, Map<String, List<String>> headers, byte[] body, String etag, Instant renderedAt) {
    }

    private final PageCacheProperties properties;
    private final Clock clock;
    private final Cache<String, Page> pages;
    /** Counts emptyings: a page rendered across one is not stored. */
    private final AtomicLong generation = new AtomicLong();
    /** The pages being rendered, by generation and key: a reader who comes after an emptying renders anew. */
    private final ConcurrentMap<String, Rendering> renderings = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();

    /**
     * A page being rendered by one reader, for the others who ask for it meanwhile. {@link #mine()} tells the
     * reader who renders it, who must call {@link #done} (in a finally: the others wait for it).
     */
    final class Rendering {
        private final String id;
        private final boolean mine;
        private final CompletableFuture<Page> page;

        private Rendering(String id, boolean mine, CompletableFuture<Page> page) {
            this.id = id;
            this.mine = mine;
            this.page = page;
        }

        boolean mine() {
            return mine;
        }

        /**
         * The page the other reader rendered, or null when it was not a page to share (an error, a personal
         * page) or took longer than {@code maxWait}: then the caller renders it itself.
         */
        Page await(Duration maxWait) throws InterruptedException {
            waiting.incrementAndGet();
            try {
                return page.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                return null;
            } finally {
                waiting.decrementAndGet();
            }
        }

        /** The rendered page, or null when it is not to be shared; for the reader who rendered it. */
        void done(Page rendered) {
            renderings.remove(id, this);
            page.complete(rendered);
        }
    }

    PageCache(PageCacheProperties properties, Clock clock, EntityManagerFactory entityManagerFactory) {
        super(entityManagerFactory);
        this.properties = properties;
        this.clock = clock;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(properties.maxSize().toBytes())
                .weigher((String key, Page page) -> key.length() + page.body().length + 512)
                .expireAfterWrite(properties.timeToLive())
                .build();
    }

    boolean enabled() {
        return properties.enabled();
    }

    long generation() {
        return generation.get();
    }

    Page get(String key) {
        Page page = pages.getIfPresent(key);
        if (page == null) {
            return null;
        }
        Instant now = clock.instant();
        if (now.isBefore(page.renderedAt()) || !now.isBefore(page.renderedAt().plus(properties.timeToLive()))) {
            pages.invalidate(key);
            return null;
        }
        return page;
    }

    /**
     * The rendering of the page under this key in this generation: a new one for the caller to do, or the one
     * another reader is doing. A reader after an emptying never waits for a page rendered before it.
     */
    Rendering rendering(String key, long generationBefore) {
        String id = generationBefore + " " + key;
        Rendering mine = new Rendering(id, true, new CompletableFuture<>());
        Rendering running = renderings.putIfAbsent(id, mine);
        return running == null ? mine : new Rendering(id, false, running.page);
    }

    /** How many readers wait for a page another is rendering (for tests). */
    int waiting() {
        return waiting.get();
    }

    /** Keeps a page unless the content changed since {@code generationBefore} was read. */
    void put(String key, Page page, long generationBefore) {
        if (generation.get() == generationBefore) {
            pages.put(key, page);
            if (generation.get() != generationBefore) {
                pages.invalidate(key); // a change committed meanwhile
            }
        }
    }

    Instant now() {
        return clock.instant();
    }

    void clear() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    @Override
    protected void committed(Object entity) {
        clear();
    }
}
