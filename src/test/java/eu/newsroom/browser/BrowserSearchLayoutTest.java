package eu.newsroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.NewsroomTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The search page's layout (issue 20 item 4): at 1366 px the facets beside the results, so the first result starts
 * near the top; at 390 px the facets a closed panel (closed by newsroom.js; open as sent) and no sideways scrolling; results a list whose snippet never
 * repeats the title; a reversed date range said beside the date fields, the query kept.
 */
@NewsroomTest
class BrowserSearchLayoutTest extends BrowserTest {

    private static final String SEARCH = "/search?q=military+mobility&locale=en";

    private double number(String script, Object... args) {
        return ((Number) browser.driver.executeScript(script, args)).doubleValue();
    }

    private double rect(String selector, String side) {
        return number("return document.querySelector(arguments[0]).getBoundingClientRect()[arguments[1]]", selector,
                side);
    }

    private boolean facetShown() {
        return browser.driver.findElement(By.cssSelector(".facets a")).isDisplayed();
    }

    @Test
    void atDesktopWidthTheFacetsAreBesideTheResults() {
        signedOutOnDesktop();
        browser.driver.manage().window().setSize(new Dimension(1366, 900));
        browser.open(SEARCH);
        assertThat(browser.driver.findElements(By.cssSelector(".search-hits > li"))).hasSizeGreaterThan(1);
        assertThat(rect(".search-hits > li", "top")).as("the first result's top").isLessThan(400);
        assertThat(rect(".search-hits > li", "left")).as("the first result right of the facets")
                .isGreaterThan(rect(".facets", "right"));
        assertThat(rect(".facets", "top")).as("the facets beside, not above").isLessThan(rect(".search-hits > li", "bottom"));
        assertThat(facetShown()).as("the facets show without opening the panel").isTrue();
        browser.desktop();
    }

    @Test
    void onAPhoneTheFacetsAreAClosedPanelAndNothingScrollsSideways() {
        signedOutOnDesktop();
        browser.phone();
        browser.open(SEARCH);
        assertThat(number("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(number("return document.documentElement.clientWidth"));
        assertThat(facetShown()).as("closed at first").isFalse();
        browser.driver.findElement(By.cssSelector(".refine summary")).click();
        assertThat(facetShown()).as("opened").isTrue();
        assertThat(number("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(number("return document.documentElement.clientWidth"));
        browser.desktop();
    }

    @Test
    void eachResultIsAListEntryWhoseSnippetDoesNotRepeatItsTitle() {
        signedOutOnDesktop();
        browser.open(SEARCH);
        List<WebElement> entries = browser.driver.findElements(By.cssSelector(".search-hits > li"));
        assertThat(entries).isNotEmpty();
        for (WebElement entry : entries) {
            assertThat(entry.findElements(By.cssSelector(".kind"))).hasSize(1);
            assertThat(entry.findElements(By.cssSelector(".lang-chip"))).hasSize(1);
            String title = entry.findElement(By.cssSelector("h2")).getText().strip();
            for (WebElement snippet : entry.findElements(By.cssSelector(":scope > .snippet"))) {
                String[] words = title.split(" ");
                String lastWords = String.join(" ", List.of(words).subList(Math.max(0, words.length - 3), words.length));
                assertThat(snippet.getText().strip()).as(title).doesNotStartWith(title)
                        .doesNotStartWith(lastWords.length() >= 12 ? lastWords : title);
            }
        }
        // one column of entries, not cards side by side
        assertThat(entries.stream().map(e -> e.getLocation().getX()).distinct()).hasSize(1);
    }

    @Test
    void aReversedDateRangeIsSaidBesideTheDatesWithTheQueryKept() {
        signedOutOnDesktop();
        browser.open("/search?q=ukraine&from=2025-12-31&to=2025-01-01&locale=en");
        WebElement error = browser.driver.findElement(By.id("date-range-error"));
        assertThat(error.getText()).isEqualTo("The end date is before the start date.");
        assertThat(browser.driver.findElement(By.cssSelector("form.filters")).findElements(By.id("date-range-error")))
                .hasSize(1);
        assertThat(browser.driver.findElement(By.cssSelector("#main input[name=q]")).getDomProperty("value"))
                .isEqualTo("ukraine");
        WebElement from = browser.driver.findElement(By.cssSelector("#main input[name=from]"));
        assertThat(from.getDomProperty("value")).isEqualTo("2025-12-31");
        assertThat(from.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(from.getDomAttribute("aria-describedby")).isEqualTo("date-range-error");
        assertThat(browser.driver.findElement(By.cssSelector("#main input[name=to]")).getDomProperty("value")).isEqualTo("2025-01-01");
    }
}
