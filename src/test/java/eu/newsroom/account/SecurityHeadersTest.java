package eu.newsroom.account;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.net.http.HttpHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The response headers that keep a browser from being turned against the reader: on public pages,
 * signed-in pages, error pages and the JSON API alike.
 */
@NewsroomTest
class SecurityHeadersTest {

    @Autowired
    Http http;

    private static void assertProtective(HttpHeaders headers) {
        String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'").contains("script-src 'self'").contains("object-src 'none'")
                .contains("frame-ancestors 'none'").contains("base-uri 'self'").contains("form-action 'self'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("camera=()").contains("microphone=()").contains("geolocation=()"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void publicPagesCarryEveryProtectiveHeader() {
        assertProtective(http.page("/").headers());
        assertProtective(http.page("/briefings").headers());
    }

    @Test
    void errorPagesCarryThemToo() {
        var missing = http.page("/briefings/no-such-briefing");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertProtective(missing.headers());
    }

    @Test
    void theJsonApiCarriesThemToo() {
        assertProtective(http.json("/api/v1/briefings").headers());
    }

    @Test
    void signedInPagesAreNeitherCachedNorStored() {
        WebSession editor = new WebSession(http.base()).signedIn("editor@newsroom.example", Http.DEMO_PASSWORD);
        HttpHeaders headers = editor.get("/account").headers();
        assertProtective(headers);
        assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(
                cache -> assertThat(cache).contains("no-store"));
    }

    @Test
    void strictTransportSecurityOnlyOverHttps() {
        assertThat(http.page("/").headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(http.getWithHeader("/", "X-Forwarded-Proto", "https").headers()
                .firstValue("Strict-Transport-Security")).hasValueSatisfying(
                        hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
    }
}
