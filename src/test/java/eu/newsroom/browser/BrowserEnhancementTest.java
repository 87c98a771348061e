package eu.newsroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.NewsroomTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;

/**
 * Progressive enhancement with htmx on the search page, in a real browser: suggestions while typing,
 * facets and paging swapped in place without a page load, the address kept in step, and no script
 * blocked by the Content-Security-Policy.
 */
@NewsroomTest
class BrowserEnhancementTest extends BrowserTest {

    /** A mark on the window that a full page load would wipe out. */
    private void markWindow() {
        browser.driver.executeScript("window.newsroomMark = 'still here';");
    }

    private Object mark() {
        return browser.driver.executeScript("return window.newsroomMark;");
    }

    @Test
    void suggestionsAppearWhileTypingAndLeadToASearch() {
        browser.open("/search");
        browser.await().until(d -> Boolean.TRUE.equals(browser.driver.executeScript("return typeof htmx === 'object'")));
        WebElement box = browser.driver.findElement(By.cssSelector("#main input[name=q]"));
        box.sendKeys("eastern fl");
        browser.await().until(d -> !d.findElements(By.cssSelector("#search-suggestions .suggestions a")).isEmpty());
        List<String> offered = browser.driver.findElements(By.cssSelector("#search-suggestions .suggestions a")).stream()
                .map(WebElement::getText).toList();
        assertThat(offered).anySatisfy(text -> assertThat(text).contains("Eastern Flank Watch"));

        browser.clickToNextPage(browser.driver.findElement(By.cssSelector("#search-suggestions .suggestions a")));
        assertThat(browser.driver.getCurrentUrl()).contains("/search?q=");
        assertThat(browser.driver.findElements(By.cssSelector(".search-hits li"))).isNotEmpty();
    }

    @Test
    void facetsAndPagesAreSwappedInPlaceAndTheAddressFollows() {
        browser.open("/search?q=ukraine");
        browser.await().until(d -> Boolean.TRUE.equals(browser.driver.executeScript("return typeof htmx === 'object'")));
        markWindow();
        String before = browser.driver.findElement(By.cssSelector("#search-results .meta strong")).getText();

        WebElement facet = browser.driver.findElement(By.cssSelector(".facets a:not([aria-current])"));
        String facetHref = facet.getAttribute("href");
        facet.click();
        browser.await().until(d -> d.getCurrentUrl().equals(facetHref));
        browser.await().until(d -> !d.findElement(By.cssSelector("#search-results .meta strong")).getText().equals(before));
        assertThat(mark()).as("no full page load").isEqualTo("still here");
        assertThat(browser.driver.findElements(By.cssSelector(".facets a[aria-current]"))).isNotEmpty();

        browser.driver.findElement(By.cssSelector("#main input[name=q]")).clear();
        browser.driver.findElement(By.cssSelector("#main input[name=q]")).sendKeys("kallas");
        browser.driver.findElement(By.cssSelector("#main form.filters button[type=submit]")).click();
        browser.await().until(d -> d.getCurrentUrl().contains("q=kallas"));
        assertThat(mark()).as("the form swaps results in place too").isEqualTo("still here");
        assertThat(browser.driver.findElements(By.cssSelector(".search-hits li"))).isNotEmpty();

        List<String> blocked = browser.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(e -> e.getMessage()).filter(m -> m.contains("Content Security Policy") || m.contains("Refused")).toList();
        assertThat(blocked).as("nothing refused by the CSP").isEmpty();
    }
}
