package eu.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.account.WebSession;
import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import eu.newsroom.support.RawHttp;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rendered-page cache for anonymous readers, in an application of its own with the cache on (the shared test
 * application runs without it: other tests change rows with plain SQL, which the cache cannot see).
 */
@NewsroomTest
@TestPropertySource(properties = "newsroom.page-cache.enabled=true")
@Import(PageCacheTest.SlowPage.class)
class PageCacheTest {

    private static final int READERS = 6;

    /**
     * A page for everyone that counts its renderings; the first waits until the other readers wait for it, so
     * that they ask while it is being rendered (without a shared rendering none waits, and each renders it after
     * the bounded wait).
     */
    @RestController
    static class SlowPage {
        static final String PATH = "/page-cache-test/slow";
        final AtomicInteger renderings = new AtomicInteger();
        private final PageCache cache;

        SlowPage(PageCache cache) {
            this.cache = cache;
        }

        @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
        String render() throws InterruptedException {
            int rendering = renderings.incrementAndGet();
            for (int i = 0; i < 500 && cache.waiting() < READERS - 1; i++) {
                Thread.sleep(10);
            }
            return "<!DOCTYPE html><html lang=\"en\"><title>Slow</title><p>Rendering " + rendering + "</p></html>";
        }
    }

    @Autowired
    SlowPage slowPage;

    private static final String EDITOR = "editor@newsroom.example";

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private String importBriefing(String externalId, String title) {
        String line = "{\"externalId\":\"" + externalId + "\",\"lang\":\"en\",\"kind\":\"press-release\",\"title\":\""
                + title + "\",\"date\":\"2025-06-01\",\"body\":\"First paragraph.\"}\n";
        var response = http.importNdjson(line, EDITOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return jdbc.sql("select slug from briefing where external_id = ?").param(externalId).query(String.class).single();
    }

    private static String cacheStatus(HttpResponse<String> response) {
        return response.headers().firstValue(PageCacheFilter.STATUS_HEADER).orElse("none");
    }

    @Test
    void anAnonymousPageIsServedFromMemoryTheSecondTimeWithTheSameBodyAndHeaders() {
        String slug = importBriefing("cache-same", "Cache test briefing");
        HttpResponse<String> first = http.page("/briefings/" + slug);
        HttpResponse<String> second = http.page("/briefings/" + slug);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(cacheStatus(first)).isEqualTo("MISS");
        assertThat(cacheStatus(second)).isEqualTo("HIT");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body()).contains("Cache test briefing");
        for (String header : new String[] {"Content-Security-Policy", "X-Frame-Options", "ETag", "Cache-Control",
                "Content-Type", "Content-Language"}) {
            assertThat(second.headers().allValues(header)).as(header).isEqualTo(first.headers().allValues(header));
        }
        assertThat(second.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void anUnchangedCachedPageIsAnswered304() {
        String slug = importBriefing("cache-etag", "Cache test conditional");
        String etag = http.page("/briefings/" + slug).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> revalidated = http.getWithHeader("/briefings/" + slug, "If-None-Match", etag);
        assertThat(cacheStatus(revalidated)).isEqualTo("HIT");
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
    }

    @Test
    void eachInterfaceLanguageHasItsOwnPage() {
        String slug = importBriefing("cache-lang", "Cache test languages");
        http.page("/briefings/" + slug);
        assertThat(cacheStatus(http.page("/briefings/" + slug))).isEqualTo("HIT");

        HttpResponse<String> german = http.getWithHeader("/briefings/" + slug, "Accept-Language", "de-DE,de;q=0.9");
        assertThat(cacheStatus(german)).isEqualTo("MISS");
        assertThat(german.body()).contains("<html lang=\"de\"");
        HttpResponse<String> germanAgain = http.getWithHeader("/briefings/" + slug, "Accept-Language", "de");
        assertThat(cacheStatus(germanAgain)).isEqualTo("HIT");
        assertThat(germanAgain.body()).contains("<html lang=\"de\"");
        assertThat(http.page("/briefings/" + slug).body()).contains("<html lang=\"en\"");
    }

    @Test
    void aCommittedChangeShowsAtOnce() {
        String slug = importBriefing("cache-change", "Cache test before the change");
        http.page("/briefings/" + slug);
        http.page("/");
        assertThat(cacheStatus(http.page("/"))).isEqualTo("HIT");

        importBriefing("cache-change", "Cache test after the change");

        HttpResponse<String> page = http.page("/briefings/" + slug);
        assertThat(cacheStatus(page)).isEqualTo("MISS");
        assertThat(page.body()).contains("Cache test after the change").doesNotContain("before the change");
        assertThat(cacheStatus(http.page("/"))).isEqualTo("MISS");
    }

    @Test
    void signedInReadersSearchesAndMissingPagesAreNeverCached() {
        String slug = importBriefing("cache-personal", "Cache test personal");
        http.page("/briefings/" + slug);

        WebSession journalist = new WebSession(http.base()).signedIn("journalist@newsroom.example", Http.DEMO_PASSWORD);
        HttpResponse<String> signedIn = journalist.get("/briefings/" + slug);
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(cacheStatus(signedIn)).isEqualTo("none");
        assertThat(signedIn.headers().firstValue("Cache-Control")).contains(HttpCaching.PERSONAL);

        http.page("/search?q=cache");
        assertThat(cacheStatus(http.page("/search?q=cache"))).isEqualTo("none");
        http.page("/briefings/no-such-briefing");
        HttpResponse<String> missing = http.page("/briefings/no-such-briefing");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(cacheStatus(missing)).isEqualTo("MISS");
    }

    /**
     * A page rendered for a request with a forged Host and X-Forwarded-Host is kept and served to everyone: none of
     * it may come from those headers (issue 19 finding 3; before, its canonical link, og:url, JSON-LD and citation
     * pointed at the forged host for the cache's lifetime).
     */
    @Test
    void aForgedHostNeverReachesTheCachedPageOthersGet() {
        String slug = importBriefing("cache-host", "Cache test forged host");
        RawHttp.Answer forged = RawHttp.send(port, "GET /briefings/" + slug + " HTTP/1.1\r\nHost: evil.example\r\n"
                + "X-Forwarded-Host: evil.example\r\nAccept: text/html", new byte[0]);
        assertThat(forged.status()).isEqualTo(200);
        assertThat(forged.header(PageCacheFilter.STATUS_HEADER)).isEqualTo("MISS");

        HttpResponse<String> reader = http.page("/briefings/" + slug);
        assertThat(cacheStatus(reader)).isEqualTo("HIT");
        assertThat(reader.body()).doesNotContain("evil.example")
                .contains("<link rel=\"canonical\" href=\"https://newsroom.test/briefings/" + slug + "\">");
    }

    /** The exclusions match the path the controllers answer (issue 19 finding 4): /%73earch is the search page. */
    @Test
    void encodedSpellingsOfUncachedRoutesAreNotCachedEither() {
        for (String spelling : List.of("/%73earch?q=cache", "/%73%65%61%72%63%68?q=cache",
                "/%65xports/commitments.csv", "/%61pi/v1/briefings", "/%66eeds/briefings.atom")) {
            HttpResponse<String> first = http.get(spelling, "*/*");
            HttpResponse<String> second = http.get(spelling, "*/*");
            assertThat(first.statusCode()).as(spelling).isEqualTo(200);
            assertThat(cacheStatus(second)).as(spelling).isEqualTo("none");
        }
    }

    @Test
    void readersWhoAskForAPageWhileItIsRenderedGetThatRendering() throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        try {
            List<Future<HttpResponse<String>>> responses = IntStream.range(0, READERS)
                    .mapToObj(i -> readers.submit(() -> http.page(SlowPage.PATH))).toList();
            for (Future<HttpResponse<String>> response : responses) {
                assertThat(response.get().statusCode()).isEqualTo(200);
                assertThat(response.get().body()).contains("Rendering 1<");
            }
        } finally {
            readers.shutdownNow();
        }
        assertThat(slowPage.renderings).hasValue(1);
        assertThat(cacheStatus(http.page(SlowPage.PATH))).isEqualTo("HIT");
    }
}
