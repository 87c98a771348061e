package eu.newsroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The editor's journey in a real browser: paste the seed text into the import assistant, accept the
 * proposals, save a draft, send it to review and publish it under embargo; an accredited journalist
 * then reads it, marked as embargoed, and an anonymous reader does not find it.
 */
@NewsroomTest
class BrowserEditorJourneyTest extends BrowserTest {

    @Autowired
    Http http;

    private void signIn(String username) {
        browser.signIn(username);
    }

    private void click(String css) {
        browser.clickToNextPage(browser.driver.findElement(By.cssSelector(css)));
    }

    private static String seed() {
        try (InputStream in = BrowserEditorJourneyTest.class.getResourceAsStream("/extraction/seed-de.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anEditorImportsTheSeedAndPublishesItUnderEmbargoForAccreditedJournalists() {
        signIn("editor@newsroom.example");
        browser.open("/editorial/assistant");
        browser.fill(browser.driver.findElement(By.name("text")), seed() + "\n\nDieser Absatz kam im Browsertest hinzu.");
        click("#main form button[type=submit]");

        assertThat(browser.driver.findElements(By.cssSelector(".source-text mark"))).isNotEmpty();
        for (WebElement accept : browser.driver.findElements(By.cssSelector("form.proposals input[type=checkbox]"))) {
            // a statement the assistant could not give a speaker, or a commitment whose donor the text does not name,
            // stays unticked: the editor would have to name one
            boolean noSpeaker = Boolean.TRUE.equals(browser.driver.executeScript("const p = arguments[0].closest('.proposal');"
                    + " const s = p.querySelector(\"select[name$='.speaker']\"); const n = p.querySelector(\"input[name$='.newSpeaker']\");"
                    + " const d = p.querySelector(\"select[name$='.donor']\");"
                    + " return s != null && n != null && !s.value && !n.value || d != null && !d.value;", accept));
            if (!accept.isSelected() && !noSpeaker) {
                browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", accept);
                accept.click();
            }
        }
        browser.screenshot("desktop-import-assistant");
        click("form.proposals button[type=submit]");
        click("#main a[href*='/editorial/briefings/by-slug/']");

        assertThat(browser.driver.findElement(By.cssSelector(".chip")).getText()).isEqualTo("Drafts");
        assertThat(browser.driver.findElements(By.cssSelector(".desk-statements .statement"))).isNotEmpty();
        click("form.workflow-step button[type=submit]");
        assertThat(browser.driver.findElement(By.cssSelector(".chip")).getText()).isEqualTo("In review");

        WebElement publish = browser.driver.findElements(By.cssSelector("form.workflow-step")).stream()
                .filter(f -> f.findElements(By.cssSelector("input[name=step][value=PUBLISH]")).size() == 1)
                .findFirst().orElseThrow();
        String tomorrow = LocalDateTime.now(ZoneId.of("Europe/Brussels")).plusDays(1).truncatedTo(ChronoUnit.MINUTES)
                .toString();
        browser.fill(publish.findElement(By.name("embargoUntil")), tomorrow);
        browser.clickToNextPage(publish.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.driver.findElement(By.cssSelector(".chip")).getText()).isEqualTo("Published");
        browser.screenshot("desktop-editorial-overview");
        String permalink = browser.driver.findElement(By.cssSelector(".facts a[href^='/briefings/']")).getAttribute("href");
        String title = browser.driver.findElement(By.tagName("h1")).getText();

        String path = permalink.substring(permalink.indexOf("/briefings/"));
        assertThat(http.page(path).statusCode()).as("anonymous readers do not see it").isEqualTo(404);

        browser.driver.manage().deleteAllCookies();
        signIn("journalist@newsroom.example");
        browser.open(path);
        assertThat(browser.driver.findElement(By.cssSelector(".notice.embargo")).getText()).contains("Embargoed until");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.driver.findElement(By.cssSelector(".briefing")).getText()).contains("Kallas");
    }
}
