package eu.newsroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.NewsroomTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The layout at 390 px (issue 20 item 8): no horizontal overflow, a short header with the language switch on one
 * line, every figure of the commitments table visible, tracker figures on one line; and signed in at 1366 px the
 * navigation on one row.
 */
@NewsroomTest
class BrowserPhoneLayoutTest extends BrowserTest {

    private long number(String script, Object... args) {
        return ((Number) browser.driver.executeScript(script, args)).longValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/commitments", "/commitments/tracker", "/actors/kaja-kallas", "/briefings",
            "/statements/compare", "/initiatives/eastern-flank-watch"})
    void aPhoneNeverScrollsSideways(String path) {
        signedOutOnDesktop();
        browser.phone();
        browser.open(path);
        // on failure, the elements that reach past the screen's right edge say what widened the page
        String widest = String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "const w = document.documentElement.clientWidth; return Array.from(document.querySelectorAll('body *'))"
                        + ".filter(e => e.getBoundingClientRect().right > w + 1 && !e.closest('nav'))"
                        + ".slice(-3).map(e => e.tagName + '.' + e.className + ' ' + (e.textContent || '').trim()"
                        + ".slice(0, 80)).join(' | ')"));
        assertThat(number("return document.documentElement.scrollWidth"))
                .as(path + " " + widest).isLessThanOrEqualTo(number("return document.documentElement.clientWidth"));
    }

    @Test
    void aPhonesHeaderIsShortAndItsLanguageSwitchStaysOnOneLine() {
        signedOutOnDesktop();
        browser.phone();
        browser.open("/");
        assertThat(number("return document.querySelector('.site-header').getBoundingClientRect().height"))
                .isLessThan(120);
        List<WebElement> languages = browser.driver.findElements(By.cssSelector(".lang-switch li"));
        assertThat(languages).extracting(l -> l.getLocation().getY()).containsOnly(languages.get(0).getLocation().getY());
    }

    @Test
    void onAPhoneEveryAmountAndStatusOfTheCommitmentsIsInView() {
        signedOutOnDesktop();
        browser.phone();
        browser.open("/commitments");
        long width = number("return document.documentElement.clientWidth");
        for (WebElement cell : browser.driver.findElements(By.cssSelector(".commitment-table td.figure, .commitment-table .chip"))) {
            assertThat(cell.getRect().getX() + cell.getRect().getWidth()).as(cell.getText()).isLessThanOrEqualTo((int) width);
        }
        browser.open("/commitments/tracker");
        for (WebElement figure : browser.driver.findElements(By.cssSelector(".tracker-table td.figure a"))) {
            assertThat(figure.getRect().getHeight()).as(figure.getText()).isLessThan(30);
        }
    }

    @Test
    void signedInAtDesktopWidthTheNavigationStaysOnOneRow() {
        signedOutOnDesktop();
        browser.signIn("chief@newsroom.example");
        browser.driver.manage().window().setSize(new Dimension(1366, 900));
        browser.open("/");
        List<WebElement> entries = browser.driver.findElements(By.cssSelector(".main-nav > ul > li"));
        assertThat(entries).hasSizeGreaterThan(8);
        assertThat(entries).extracting(e -> e.getLocation().getY()).as("one row")
                .allMatch(y -> Math.abs(y - entries.get(0).getLocation().getY()) < 10);
        List<WebElement> own = browser.driver.findElements(By.cssSelector(".account-nav li"));
        assertThat(own).hasSize(4);
        assertThat(own).extracting(e -> e.getLocation().getY()).as("sign out beside the other account links")
                .allMatch(y -> Math.abs(y - own.get(0).getLocation().getY()) < 10);
        browser.driver.manage().deleteAllCookies();
    }
}
