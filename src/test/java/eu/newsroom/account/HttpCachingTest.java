package eu.newsroom.account;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * HTTP caching (web.HttpCaching): an anonymous reader's page carries an ETag and is answered 304 while it is
 * unchanged, and 200 again as soon as it changes; a signed-in reader's pages and the personal areas are never
 * stored and carry no ETag.
 */
@NewsroomTest
class HttpCachingTest {

    private static final String EDITOR = "editor@newsroom.example";

    @Autowired
    Http http;

    @Test
    void anAnonymousPageIsRevalidatedWithItsEtag() {
        HttpResponse<String> first = http.page("/");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = http.getWithHeader("/", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void aChangedPageIsSentAgainInFull() {
        String slug = "2001-03-04-http-caching-probe";
        importProbe(slug, "Primeira versão da nota");
        HttpResponse<String> first = http.page("/briefings/" + slug);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(http.getWithHeader("/briefings/" + slug, "If-None-Match", etag).statusCode()).isEqualTo(304);

        importProbe(slug, "Segunda versão da nota");
        HttpResponse<String> changed = http.getWithHeader("/briefings/" + slug, "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("Segunda versão da nota");
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    }

    @Test
    void aSignedInReadersPagesAreNeitherStoredNorTagged() {
        WebSession editor = new WebSession(http.base()).signedIn(EDITOR, Http.DEMO_PASSWORD);
        for (String path : new String[] {"/", "/briefings", "/editorial"}) {
            HttpResponse<String> page = editor.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValue("private, no-store");
            assertThat(page.headers().firstValue("ETag")).as(path).isEmpty();
        }
    }

    @Test
    void personalAreasAreNeverStoredForAnonymousRequestsEither() {
        // Spring Security turns them away before any page is rendered, with its own never-store header
        for (String path : new String[] {"/editorial", "/admin/audit", "/account", "/me/searches"}) {
            HttpResponse<String> answer = http.page(path);
            assertThat(answer.statusCode()).as(path).isIn(302, 401, 403);
            assertThat(answer.headers().firstValue("Cache-Control")).as(path)
                    .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
            assertThat(answer.headers().firstValue("ETag")).as(path).isEmpty();
        }
    }

    private void importProbe(String slug, String title) {
        String line = "{\"externalId\":\"http-caching-probe\",\"slug\":\"" + slug + "\",\"lang\":\"pt\","
                + "\"kind\":\"statement\",\"title\":\"" + title + "\",\"date\":\"2001-03-04\",\"body\":\"Texto.\"}\n";
        HttpResponse<String> answer = http.importNdjson(line, EDITOR);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"rejected\":0");
    }
}
