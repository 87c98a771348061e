package eu.newsroom.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.newsroom.shared.CommittedChanges;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Pages as an anonymous reader got them, kept for a short while so that the next reader of the same page in the
 * same interface language gets the same bytes without rendering them again (docs/benchmarks.md: rendering a
 * page cost 10 to 25 ms of CPU). Every committed change of any entity empties the cache, and a page that was
 * being rendered while a change was committed is not kept (it may show the old state). What time alone changes
 * (an embargo that ends) shows after at most the time to live, measured on the application's clock.
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
