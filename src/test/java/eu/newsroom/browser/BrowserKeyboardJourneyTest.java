package eu.newsroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The main journeys with the keyboard alone (issue 10): only Tab, Shift+Tab, Enter, Space, arrow keys
 * and typing reach the page, never a click. Every element that takes the focus on the way must show it
 * (a computed outline or box-shadow). Addresses are only typed where a reader would type one.
 */
@NewsroomTest
class BrowserKeyboardJourneyTest extends BrowserTest {

    /** Enough Tab presses to cross the longest page of these journeys; more means the target is unreachable. */
    private static final int MAX_TABS = 200;

    @BeforeEach
    void freshSession() {
        signedOutOnDesktop();
    }

    @Test
    void aJournalistReachesTheLatestBriefingAndCopiesItsCitation() {
        browser.open("/");
        press(Keys.TAB);
        assertThat(focusMatches(".skip-link")).as("the skip link is the first Tab stop").isTrue();
        assertVisibleFocus();
        browser.screenshot("keyboard-skip-link");
        press(Keys.ENTER);
        browser.await().until(d -> "main".equals(focusedId()));

        WebElement latest = tabTo(".home-latest .briefing-card h3 a");
        assertThat(browser.driver.findElements(By.cssSelector(".home-latest .briefing-card h3 a")).get(0))
                .as("the first briefing link after the skip is the latest briefing").isEqualTo(latest);
        String title = latest.getText();
        follow(Keys.ENTER);
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);

        // the copy button copies to the clipboard, which the test may read back
        browser.driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", browser.url(""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        tabTo(".citation-copy button[data-copy]");
        press(Keys.SPACE);
        WebElement status = browser.driver.findElement(By.cssSelector(".citation-copy [role=status]"));
        browser.await().until(d -> !status.getText().isEmpty());
        assertThat(status.getText()).isEqualTo("Citation copied.");
        String citation = browser.driver.findElement(By.id("citation-text")).getText();
        assertThat(citation).contains(publicAddress(browser.driver.getCurrentUrl()));
        Object copied = browser.driver.executeAsyncScript(
                "var done = arguments[0]; navigator.clipboard.readText().then(done, function (e) { done('refused: ' + e); });");
        assertThat(copied).isEqualTo(citation);
        browser.screenshot("keyboard-citation-copied");
    }

    @Test
    void anAnalystSearchesFiltersByYearPagesAndPicksASuggestionWithTheKeyboard() {
        browser.open("/");
        tabTo(".header-search input[name='q']");
        // a broad word: its busiest year has more than one page of entries in the demo corpus ("ukraine" had too,
        // until the translation lexicon stopped matching items that do not mention Ukraine at all)
        type("defence");
        follow(Keys.ENTER);
        assertThat(browser.driver.getCurrentUrl()).contains("/search?q=defence");
        awaitHtmx();

        // the year with the most hits, so that it has a second page
        WebElement year = browser.driver.findElements(By.cssSelector(".facets a[href*='-01-01']")).stream()
                .max(Comparator.comparingLong(BrowserKeyboardJourneyTest::facetCount)).orElseThrow();
        assertThat(facetCount(year)).as("hits in the busiest year").isGreaterThan(20);
        String yearHref = year.getDomAttribute("href");
        tabTo(".facets a[href='" + yearHref.replace("'", "\\'") + "']");
        press(Keys.ENTER);
        browser.await().until(d -> d.getCurrentUrl().endsWith(yearHref));
        browser.await().until(d -> "search-results".equals(focusedId()));
        assertVisibleFocus();
        assertThat(browser.driver.findElement(By.cssSelector(".facets a[aria-current='true']")).getDomAttribute("href"))
                .as("the year is now the active facet").doesNotContain("-01-01");

        tabTo(".pager a[rel='next']");
        press(Keys.ENTER);
        browser.await().until(d -> d.getCurrentUrl().contains("page=1"));
        browser.await().until(d -> "search-results".equals(focusedId()));
        assertThat(browser.driver.findElement(By.cssSelector(".pager")).getText()).contains("Page 2 of");
        assertThat(browser.driver.findElements(By.cssSelector(".search-hits > li"))).isNotEmpty();
        browser.screenshot("keyboard-search-page-2");

        // back to the search box, then into the suggestions with the arrow keys
        shiftTabTo("#main input[name='q']");
        new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
        type("eastern fl");
        browser.await().until(d -> d.findElement(By.id("search-suggestions")).getText().contains("Eastern Flank Watch"));
        press(Keys.ARROW_DOWN);
        List<WebElement> offered = browser.driver.findElements(By.cssSelector("#search-suggestions .suggestions a"));
        assertThat(browser.driver.switchTo().activeElement()).as("Down enters the suggestions").isEqualTo(offered.get(0));
        assertVisibleFocus();
        press(Keys.ARROW_UP);
        assertThat(focusMatches("#main input[name='q']")).as("Up from the first suggestion returns to the box").isTrue();
        // Down again walks the list to the initiative
        press(Keys.ARROW_DOWN);
        for (int i = 1; i < offered.size() && !browser.driver.switchTo().activeElement().getText().contains("Eastern Flank Watch"); i++) {
            press(Keys.ARROW_DOWN);
            assertThat(browser.driver.switchTo().activeElement()).isEqualTo(offered.get(i));
            assertVisibleFocus();
        }
        WebElement suggestion = browser.driver.switchTo().activeElement();
        assertThat(suggestion.getText()).contains("Eastern Flank Watch");
        String suggested = suggestion.findElement(By.cssSelector("span[lang]")).getText();
        browser.screenshot("keyboard-search-suggestions");
        follow(Keys.ENTER);
        assertThat(browser.driver.getCurrentUrl()).contains("/search?q=");
        assertThat(browser.driver.findElement(By.cssSelector("#main input[name='q']")).getDomProperty("value"))
                .isEqualTo(suggested);
        assertThat(browser.driver.findElements(By.cssSelector(".search-hits > li"))).isNotEmpty();
    }

    @Test
    void aReaderSwitchesToGermanAndReachesTheGermanVersionOfABriefing() {
        browser.open("/");
        tabTo(".lang-switch a[lang='de']");
        follow(Keys.ENTER);
        assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("de");

        // the reader has the English briefing's address
        browser.open(BrowserJourneysTest.SEED_EN);
        tabTo(".versions a[hreflang='de']");
        follow(Keys.ENTER);
        assertThat(browser.driver.getCurrentUrl()).endsWith(BrowserJourneysTest.SEED_DE);
        assertThat(browser.driver.findElement(By.tagName("article")).getDomAttribute("lang")).isEqualTo("de");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).startsWith("Kallas nach dem Treffen");
        assertThat(browser.driver.findElement(By.cssSelector(".main-nav")).getText()).contains("Erklärungen");
        browser.screenshot("keyboard-german-briefing");
    }

    @Test
    void anEditorSignsInAndReachesTheDeskWithTheKeyboard() {
        browser.open("/");
        tabTo(".site-footer a[href='/login']");
        follow(Keys.ENTER);
        tabTo("input[name='username']");
        type("editor@newsroom.example");
        press(Keys.TAB);
        assertThat(focusMatches("input[name='password']")).isTrue();
        assertVisibleFocus();
        type(Http.DEMO_PASSWORD);
        follow(Keys.ENTER);
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("/login");

        tabTo(".main-nav a[href='/editorial']");
        follow(Keys.ENTER);
        assertThat(browser.driver.getCurrentUrl()).endsWith("/editorial");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(browser.driver.findElements(By.cssSelector("#main a[href*='/editorial/briefings/']")))
                .as("the desk lists briefings to open").isNotEmpty();
        tabTo("#main a[href*='/editorial/briefings/']");
        browser.screenshot("keyboard-desk");
    }

    // --- the keyboard, and nothing else -------------------------------------------------------------

    private void press(CharSequence key) {
        new Actions(browser.driver).sendKeys(key).perform();
    }

    /** Types into the focused element, key by key. */
    private void type(String text) {
        new Actions(browser.driver).sendKeys(text).perform();
    }

    /** Presses a key that leads to another page and waits for it. */
    private void follow(CharSequence key) {
        String before = browser.driver.getCurrentUrl();
        Object document = browser.driver.executeScript("return document.documentElement;");
        press(key);
        browser.await().until(d -> !d.getCurrentUrl().equals(before) || !isCurrent(document));
        browser.waitForPage();
    }

    private boolean isCurrent(Object documentElement) {
        try {
            return Boolean.TRUE.equals(browser.driver.executeScript("return arguments[0] === document.documentElement;",
                    documentElement));
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            // asked during the navigation, Chromium can answer "Node with given id does not belong to the document"
            // (not a stale element): the old document is gone too; any other answer is asked again (as Browser.isGone)
            return e.getMessage() == null || !e.getMessage().contains("does not belong to the document");
        }
    }

    /** Presses Tab until the focus is on an element matching css; every stop on the way shows its focus. */
    private WebElement tabTo(String css) {
        return moveFocusTo(css, false);
    }

    private WebElement shiftTabTo(String css) {
        return moveFocusTo(css, true);
    }

    private WebElement moveFocusTo(String css, boolean backwards) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (backwards) {
                new Actions(browser.driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            } else {
                press(Keys.TAB);
            }
            assertVisibleFocus();
            if (focusMatches(css)) {
                return browser.driver.switchTo().activeElement();
            }
        }
        throw new AssertionError("not reached with the keyboard in " + MAX_TABS + " steps: " + css + " on "
                + browser.driver.getCurrentUrl());
    }

    private void awaitHtmx() {
        browser.await().until(d -> Boolean.TRUE.equals(browser.driver.executeScript("return typeof htmx === 'object'")));
    }

    private boolean focusMatches(String css) {
        return Boolean.TRUE.equals(browser.driver.executeScript(
                "return document.activeElement !== null && document.activeElement.matches(arguments[0]);", css));
    }

    private String focusedId() {
        return (String) browser.driver.executeScript("return document.activeElement ? document.activeElement.id : null;");
    }

    /** The focused element has a visible focus indicator: a computed outline or box-shadow. */
    private void assertVisibleFocus() {
        @SuppressWarnings("unchecked")
        Map<String, Object> focus = (Map<String, Object>) browser.driver.executeScript("""
                var e = document.activeElement, s = getComputedStyle(e);
                return {element: e.outerHTML.substring(0, 160), tag: e.tagName, outlineStyle: s.outlineStyle,
                        outlineWidth: parseFloat(s.outlineWidth), boxShadow: s.boxShadow};""");
        assertThat(focus.get("tag")).as("the focus is on an element of the page, not lost").isNotEqualTo("BODY");
        boolean outline = !"none".equals(focus.get("outlineStyle")) && ((Number) focus.get("outlineWidth")).doubleValue() > 0;
        boolean shadow = !"none".equals(focus.get("boxShadow"));
        assertThat(outline || shadow).as("visible focus on %s (%s)", focus.get("element"), focus).isTrue();
    }

    private static long facetCount(WebElement facet) {
        return Long.parseLong(facet.findElement(By.cssSelector(".meta")).getText().replaceAll("\\D", ""));
    }
}
