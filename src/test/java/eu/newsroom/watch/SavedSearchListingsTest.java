package eu.newsroom.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The list of saved searches is worked out once per reader and language, however many requests ask for it at once,
 * and again only after a change (issue 19 finding 9: every request ran every saved search, up to 50).
 */
class SavedSearchListingsTest {

    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void requestsAskingAtOnceShareOneListingAndAChangeStartsAFreshOne() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SavedSearchListings listings = new SavedSearchListings((username, locale) -> {
            runs.incrementAndGet();
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }, Duration.ofMinutes(10));
        ExecutorService requests = Executors.newFixedThreadPool(20);
        try {
            List<Future<List<SavedSearches.Listed>>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(requests.submit(() -> listings.of("analyst@example.org", Locale.ENGLISH)));
            }
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            release.countDown();
            for (Future<List<SavedSearches.Listed>> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEmpty();
            }
        } finally {
            requests.shutdownNow();
        }
        assertThat(runs).as("20 requests at once: the searches ran once").hasValue(1);

        listings.of("analyst@example.org", Locale.ENGLISH);
        assertThat(runs).as("asked again with nothing changed").hasValue(1);
        listings.clear();
        listings.of("analyst@example.org", Locale.ENGLISH);
        assertThat(runs).as("after a change").hasValue(2);
        listings.of("journalist@example.org", Locale.ENGLISH);
        listings.of("analyst@example.org", Locale.GERMAN);
        assertThat(runs).as("another reader, another language").hasValue(4);
    }

    @Test
    void aListingThatFailedIsNotKept() {
        SavedSearchListings listings = new SavedSearchListings((username, locale) -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("the search index is being rebuilt");
            }
            return List.of();
        }, Duration.ofMinutes(10));
        assertThatThrownBy(() -> listings.of("analyst@example.org", Locale.ENGLISH)).isInstanceOf(IllegalStateException.class);
        assertThat(listings.of("analyst@example.org", Locale.ENGLISH)).isEmpty();
        assertThat(runs).hasValue(2);
    }
}
