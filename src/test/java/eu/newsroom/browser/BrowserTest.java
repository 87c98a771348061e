package eu.newsroom.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One headless Chromium per test class, against the running newsroom, closed after the class. A subclass's own
 * {@code @BeforeAll} (signing in, storing data) runs after the browser has started.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    final void startBrowser() {
        browser = Browser.start("http://localhost:" + port, false);
    }

    @AfterAll
    final void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * The public address of a page of the test application, as absolute links (citations, canonical links) give it:
     * the test profile's newsroom.site.base-url, not the address the browser uses.
     */
    final String publicAddress(String browserUrl) {
        return browserUrl.replaceFirst("^http://localhost:" + port, "https://newsroom.test");
    }

    /** A reader who has not signed in, on the home page, at desktop width. */
    final void signedOutOnDesktop() {
        browser.open("/");
        browser.driver.manage().deleteAllCookies();
        browser.desktop();
    }
}
