package eu.newsroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.NewsroomTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What journalists, readers, analysts and editors do, in a real headless Chromium against the running app. */
@NewsroomTest
class BrowserJourneysTest extends BrowserTest {

    static final String SEED_DE = "/briefings/2025-12-01-kallas-entscheidende-woche-fuer-die-diplomatie";
    static final String SEED_EN = "/briefings/2025-12-01-kallas-decisive-week-for-diplomacy";

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void freshSession() {
        signedOutOnDesktop();
    }

    @Test
    void journalistFollowsTheLatestBriefingAndFindsItsCitationWithThePermalink() {
        browser.open("/");
        WebElement latest = browser.driver.findElement(By.cssSelector(".home-latest .briefing-card h3 a"));
        String title = latest.getText();
        browser.clickToNextPage(latest);

        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        String permalink = browser.driver.getCurrentUrl();
        assertThat(permalink).contains("/briefings/");
        WebElement citation = browser.driver.findElement(By.id("citation-text"));
        assertThat(citation.isDisplayed()).isTrue();
        assertThat(citation.getText()).contains(publicAddress(permalink));
    }

    @Test
    void readerSwitchesToGermanAndFollowsTheGermanVersionOfABriefing() {
        browser.open("/");
        assertThat(navigationLabels()).contains("Statements");
        browser.clickToNextPage(browser.driver.findElement(By.cssSelector(".lang-switch a[lang='de']")));

        assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("de");
        assertThat(navigationLabels()).contains("Erklärungen", "Zusagen", "Themen").doesNotContain("Statements");

        browser.open(SEED_EN);
        assertThat(browser.driver.findElement(By.tagName("article")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(navigationLabels()).as("the interface stays German").contains("Erklärungen");
        browser.clickToNextPage(browser.driver.findElement(By.cssSelector(".versions a[hreflang='de']")));

        assertThat(browser.driver.getCurrentUrl()).endsWith(SEED_DE);
        assertThat(browser.driver.findElement(By.tagName("article")).getDomAttribute("lang")).isEqualTo("de");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).startsWith("Kallas nach dem Treffen");
    }

    @Test
    void analystSearchesFromTheHeaderAndNarrowsToGermanWithAFacet() {
        browser.open("/");
        WebElement box = browser.driver.findElement(By.cssSelector(".header-search input[name='q']"));
        box.sendKeys("military mobility");
        box.sendKeys(Keys.ENTER);
        browser.await().until(ExpectedConditions.urlContains("/search"));
        browser.waitForPage();

        List<String> before = hitLanguages();
        assertThat(before).as("languages of the hits").contains("de").anyMatch(lang -> !lang.equals("de"));
        // htmx swaps the results (the facet with them) in place and pushes the address
        browser.clickToNextPage(browser.driver.findElement(By.cssSelector(".facets a[href*='lang=de']")));
        browser.await().until(ExpectedConditions.urlContains("lang=de"));

        List<String> after = hitLanguages();
        assertThat(after).isNotEmpty().containsOnly("de");
        assertThat(browser.driver.findElements(By.cssSelector(".search-hits .lang-chip")))
                .extracting(WebElement::getText).containsOnly("DE");
        assertThat(browser.driver.findElement(By.cssSelector(".facets a[aria-current='true']")).getDomAttribute("href"))
                .as("the active facet").isNotBlank();
    }

    @Test
    void analystDrillsDownFromTheTrackerToADonorsCommitments() {
        browser.open("/commitments/tracker");
        WebElement row = browser.driver.findElement(By.xpath(
                "//table[contains(@class,'tracker-table')]//tr[.//a[contains(@href,'donor=')]]"));
        String donor = row.findElement(By.cssSelector("th")).getDomProperty("textContent").trim();
        int count = Integer.parseInt(row.findElement(By.cssSelector("td:last-child")).getDomProperty("textContent").trim());
        browser.clickToNextPage(row.findElement(By.cssSelector("a[href*='donor=']")));

        assertThat(browser.driver.getCurrentUrl()).contains("/commitments?").contains("donor=");
        assertThat(donor).isNotBlank();
        // the list shows 20 a page: a donor with more (other tests add commitments) continues on the next page
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#main table tbody tr"));
        assertThat(rows).hasSize(Math.min(count, 20));
        assertThat(browser.driver.findElements(By.cssSelector("#main a[rel='next']"))).hasSize(count > 20 ? 1 : 0);
        assertThat(rows).extracting(r -> r.findElement(By.cssSelector("td:nth-child(2)")).getText())
                .containsOnly(donor);
    }

    @Test
    void firstTabFocusesTheSkipLinkWhichMovesFocusToMain() {
        browser.open("/briefings");
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.driver.switchTo().activeElement();
        assertThat(focused.getDomAttribute("class")).contains("skip-link");
        assertThat(focused.getDomAttribute("href")).isEqualTo("#main");
        assertThat(focused.isDisplayed()).isTrue();
        assertThat(focused.getRect().getX()).as("the focused skip link is on screen").isNotNegative();

        focused.sendKeys(Keys.ENTER);
        browser.await().until(ExpectedConditions.urlContains("#main"));
        browser.await().until(d -> "main".equals(d.switchTo().activeElement().getDomAttribute("id")));
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        WebElement next = browser.driver.switchTo().activeElement();
        assertThat(browser.driver.findElement(By.id("main")).findElements(By.xpath(".//*")))
                .as("the next Tab stays in the main content").contains(next);
    }

    private List<String> navigationLabels() {
        return browser.driver.findElements(By.cssSelector(".main-nav > ul > li > a")).stream()
                .map(WebElement::getText).toList();
    }

    private List<String> hitLanguages() {
        // each hit's title carries the language of the item (the card itself speaks the interface language)
        return browser.driver.findElements(By.cssSelector(".search-hits > li h2")).stream()
                .map(title -> title.getDomAttribute("lang")).toList();
    }

    private static String seed() {
        try (InputStream in = BrowserJourneysTest.class.getResourceAsStream("/extraction/seed-de.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anEditorReviewsTheSeedBesideItsTextAndSavesADraft() {
        browser.signIn("editor@newsroom.example");

        browser.open("/editorial/assistant");
        WebElement text = browser.driver.findElement(By.name("text"));
        // typing 5 000 characters is slow: set the value as a paste would
        browser.driver.executeScript("arguments[0].value = arguments[1];", text, seed());
        browser.clickToNextPage(browser.driver.findElement(By.cssSelector("form[action$='/editorial/assistant'] button[type=submit]")));

        WebElement source = browser.driver.findElement(By.cssSelector(".source-text"));
        WebElement proposals = browser.driver.findElement(By.cssSelector("form.proposals"));
        assertThat(proposals.getRect().getX()).as("the proposals stand beside the text").isGreaterThan(source.getRect().getX()
                + source.getRect().getWidth() - 1);
        assertThat(browser.driver.findElements(By.cssSelector(".source-text mark.hl-commitment"))).isNotEmpty();
        browser.screenshot("assistant-review");

        browser.clickToNextPage(browser.driver.findElement(By.cssSelector("form.proposals button[type=submit]")));
        assertThat(browser.driver.getCurrentUrl()).contains("/editorial/assistant/saved?slug=");
        String slug = browser.driver.getCurrentUrl().replaceFirst(".*slug=", "");
        assertThat(jdbc.sql("select status from briefing where slug = ?").param(slug).query(String.class).single())
                .isEqualTo("DRAFT");
    }

    /**
     * A text whose speaker the newsroom does not know, quoted right after the "in short" points: the quotation is
     * not taken for a point, the speaker is proposed as a new person with the office the text gives, and the
     * saved draft has the new speaker, the quote's own words and the whole text as its body.
     */
    @Test
    void anEditorSavesAQuoteOfAnUnknownSpeakerThatFollowsThePoints() {
        browser.signIn("editor@newsroom.example");

        String text = eu.newsroom.ingest.AssistantFlowTestTexts.EVERY_KIND;
        browser.open("/editorial/assistant");
        browser.driver.executeScript("arguments[0].value = arguments[1];", browser.driver.findElement(By.name("text")), text);
        browser.clickToNextPage(browser.driver.findElement(By.cssSelector("form[action$='/editorial/assistant'] button[type=submit]")));

        assertThat(browser.driver.findElements(By.cssSelector("input[type=checkbox][name^=points]"))).hasSize(2);
        assertThat(browser.driver.findElement(By.name("statements[0].text")).getDomProperty("value"))
                .isEqualTo("Wir liefern, was wir versprochen haben");
        assertThat(browser.driver.findElement(By.name("statements[0].newSpeaker")).getDomProperty("value"))
                .isEqualTo("Aino Salmela");
        assertThat(browser.driver.findElement(By.name("statements[0].role")).getDomProperty("value"))
                .isEqualTo("finnische Verteidigungsministerin");
        assertThat(browser.driver.findElement(By.cssSelector("#p-statement-0 .speaker-note")).getText()).isNotBlank();
        browser.screenshot("assistant-review-unknown-speaker");

        browser.clickToNextPage(browser.driver.findElement(By.cssSelector("form.proposals button[type=submit]")));
        assertThat(browser.driver.getCurrentUrl()).contains("/editorial/assistant/saved?slug=");
        String slug = browser.driver.getCurrentUrl().replaceFirst(".*slug=", "");
        assertThat(jdbc.sql("select a.name || ' | ' || s.kind || ' | ' || s.text from statement s join actor a"
                + " on a.id = s.speaker_id join briefing b on b.id = s.briefing_id where b.slug = ? order by s.position")
                .param(slug).query(String.class).list())
                .contains("Aino Salmela | QUOTE | Wir liefern, was wir versprochen haben");
        assertThat(jdbc.sql("select body from briefing where slug = ?").param(slug).query(String.class).single())
                .isEqualTo(eu.newsroom.ingest.internal.PlainText.of(text));
    }
}
