package eu.newsroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.NewsroomTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * What only a browser shows of issue 20's pages (the HTTP-level checks are in PublicPagesTest and
 * EditorialCommitmentTest): one entry per statement in the reader's language with the other versions as "also in"
 * (item 5), a statement's citation in the page's date format (item 6), "Follow" seen and reached on every page with
 * a feed (item 7), and the desk's and filters' words and controls as an editor meets them (item 10).
 */
@NewsroomTest
class BrowserNewsroomPagesTest extends BrowserTest {

    /** The US long date ("December 1, 2025") a citation must not use. */
    private static final String US_DATE = ".*\\b(January|February|March|April|May|June|July|August|September|October"
            + "|November|December) \\d{1,2}, \\d{4}.*";

    @BeforeEach
    void freshSession() {
        signedOutOnDesktop();
    }

    // --- item 5 -----------------------------------------------------------------------------------------------------

    @Test
    void anActorsPageAndTimelineShowEachStatementOnceInTheReadersLanguage() {
        browser.open("/actors/kaja-kallas");
        assertOneEntryPerStatement("figure.statement", "blockquote", "en");

        browser.open("/actors/kaja-kallas/timeline");
        assertOneEntryPerStatement("li.tl-statement", "a[lang]", "en");

        // under a German interface the German version is the entry, the English one is "also in"
        browser.clickToNextPage(browser.driver.findElement(By.cssSelector(".lang-switch a[lang='de']")));
        assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("de");
        assertOneEntryPerStatement("li.tl-statement", "a[lang]", "de");
        browser.open("/actors/kaja-kallas");
        List<WebElement> alsoIn = assertOneEntryPerStatement("figure.statement", "blockquote", "de");
        assertThat(alsoIn).extracting(a -> a.getDomAttribute("hreflang")).contains("en");

        // an "also in" link leads to that version of the statement
        WebElement english = alsoIn.stream().filter(a -> "en".equals(a.getDomAttribute("hreflang"))).findFirst()
                .orElseThrow();
        browser.clickToNextPage(english);
        assertThat(browser.driver.getCurrentUrl()).contains("/statements/");
        assertThat(browser.driver.findElement(By.cssSelector("#main figure.statement blockquote")).getDomAttribute("lang"))
                .isEqualTo("en");
    }

    /**
     * The entries on the page: each statement once (no permalink twice, none shown both as an entry and as another's
     * "also in"), in the reader's language where the statement has it (no "also in" of that language), and every
     * "also in" link visible. Answers the "also in" links.
     */
    private List<WebElement> assertOneEntryPerStatement(String entryCss, String wordsCss, String readerLanguage) {
        List<WebElement> entries = browser.driver.findElements(By.cssSelector("#main " + entryCss));
        assertThat(entries).as("statements on " + browser.driver.getCurrentUrl()).isNotEmpty();
        List<String> permalinks = new ArrayList<>();
        Set<String> versions = new HashSet<>();
        List<WebElement> alsoIn = new ArrayList<>();
        int inReadersLanguage = 0;
        for (WebElement entry : entries) {
            WebElement words = entry.findElement(By.cssSelector(wordsCss));
            if (readerLanguage.equals(words.getDomAttribute("lang"))) {
                inReadersLanguage++;
            }
            permalinks.add(permalink(entry));
            for (WebElement version : entry.findElements(By.cssSelector(".also-in a"))) {
                assertThat(version.isDisplayed()).as("an 'also in' link is shown").isTrue();
                assertThat(version.getDomAttribute("hreflang")).as("the reader's language is the entry, not 'also in'")
                        .isNotEqualTo(readerLanguage);
                versions.add(version.getDomProperty("href"));
                alsoIn.add(version);
            }
        }
        assertThat(permalinks).as("each statement once").doesNotHaveDuplicates();
        assertThat(versions).as("no version is also an entry of its own").doesNotContainAnyElementsOf(permalinks);
        assertThat(alsoIn).as("statements in other languages as 'also in'").isNotEmpty();
        assertThat(inReadersLanguage).as("entries in the reader's language").isPositive();
        return alsoIn;
    }

    private static String permalink(WebElement entry) {
        return entry.findElements(By.cssSelector("a[href*='/statements/']")).stream()
                .filter(a -> a.findElements(By.xpath("ancestor::*[contains(@class,'also-in')]")).isEmpty())
                .map(a -> a.getDomProperty("href")).findFirst().orElseThrow();
    }

    // --- item 6 -----------------------------------------------------------------------------------------------------

    @Test
    void aStatementPageShowsItsCitationInThePagesDateFormat() {
        // a statement of the founding briefing (1 December 2025), not whichever statement by her is newest: other
        // tests of a full run add statements of their own
        browser.open("/briefings/2025-12-01-kallas-decisive-week-for-diplomacy");
        browser.clickToNextPage(browser.driver.findElement(By.cssSelector("#main a[href*='/statements/']")));
        assertCitationInThePagesDateFormat();

        browser.clickToNextPage(browser.driver.findElement(By.cssSelector(".lang-switch a[lang='de']")));
        assertThat(assertCitationInThePagesDateFormat()).contains("Dezember");
    }

    private String assertCitationInThePagesDateFormat() {
        String shownDate = browser.driver.findElement(By.cssSelector("#main figure.statement time")).getText();
        WebElement citation = browser.driver.findElement(By.id("citation-text"));
        assertThat(citation.isDisplayed()).isTrue();
        String address = publicAddress(browser.driver.getCurrentUrl().replaceFirst("\\?.*", ""));
        assertThat(citation.getText()).as("the date as the page shows it, and the permalink").contains(shownDate)
                .contains(address).doesNotMatch(US_DATE);
        // Copy citation: shown by newsroom.js; copied, or selected for the reader to copy where the clipboard is shut
        WebElement copy = browser.driver.findElement(By.cssSelector(".citation-copy button"));
        assertThat(copy.isDisplayed()).isTrue();
        copy.click();
        WebElement status = browser.driver.findElement(By.cssSelector(".citation-copy [role=status]"));
        browser.await().until(d -> !status.getText().isBlank());
        assertThat(status.getText()).isIn(status.getDomAttribute("data-copied"), status.getDomAttribute("data-selected"));
        return citation.getText();
    }

    // --- item 7 -----------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/actors/kaja-kallas", "/topics/support-to-ukraine", "/initiatives/eastern-flank-watch"})
    void aPageWithAFeedShowsFollowNearItsTopReachedByTheKeyboard(String page) {
        browser.open(page);
        WebElement follow = browser.driver.findElement(By.cssSelector("#main .follow a[type='application/atom+xml']"));
        assertFollowShownAndReached(follow, true);
        WebElement byMail = browser.driver.findElement(By.cssSelector("#main .follow a.follow-link"));
        assertThat(byMail.isDisplayed()).as("'Follow by e-mail' beside it").isTrue();
        assertThat(byMail.getRect().getY()).isEqualTo(follow.getRect().getY());
    }

    /**
     * "Follow" is on screen without scrolling, the same feed the head announces, reached with Tab (the feed's label
     * names it), and the address answers an Atom feed to the browser.
     */
    void assertFollowShownAndReached(WebElement follow, boolean aboveTheFold) {
        assertThat(follow.isDisplayed()).isTrue();
        assertThat(follow.getText()).isEqualTo("Follow");
        if (aboveTheFold) {
            assertThat(follow.getRect().getY() + follow.getRect().getHeight()).as("above the fold at 1280x900")
                    .isLessThan(900);
        }
        String href = follow.getDomProperty("href");
        assertThat(browser.driver.findElements(By.cssSelector("head link[rel=alternate][type='application/atom+xml']")))
                .extracting(l -> l.getDomProperty("href")).contains(href);
        assertThat(follow.getDomAttribute("aria-label")).startsWith("Follow ").endsWith("(Atom feed)");

        boolean reached = false;
        for (int i = 0; i < 80 && !reached; i++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            reached = browser.driver.switchTo().activeElement().equals(follow);
        }
        assertThat(reached).as("Tab reaches Follow").isTrue();

        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) browser.driver.executeAsyncScript("const done = arguments[1];"
                + " fetch(arguments[0]).then(r => r.text().then(t => done([r.status, r.headers.get('content-type'), t])))"
                + ".catch(e => done([0, String(e), '']));", href);
        assertThat(((Number) answer.get(0)).intValue()).as(href).isEqualTo(200);
        assertThat((String) answer.get(1)).startsWith("application/atom+xml");
        assertThat((String) answer.get(2)).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
    }

    /**
     * The search page offers its feed beside the search's other ways of following: to everyone, and to a signed-in
     * reader beside "Follow this search by e-mail"; on a phone, without opening the facets.
     */
    @Test
    void theSearchPageOffersItsFeedBesideFollowingByEmail() {
        browser.open("/search?q=military+mobility");
        WebElement follow = browser.driver.findElement(By.cssSelector("#main .follow a[type='application/atom+xml']"));
        assertThat(follow.getDomAttribute("href")).isEqualTo("/feeds/search.atom?q=military%20mobility");
        assertFollowShownAndReached(follow, false);

        browser.phone();
        browser.open("/search?q=military+mobility");
        assertThat(browser.driver.findElement(By.cssSelector("#main .follow a[type='application/atom+xml']")).isDisplayed())
                .as("shown on a phone with the facets closed").isTrue();
        browser.desktop();

        browser.signIn("journalist@newsroom.example");
        browser.open("/search?q=military+mobility");
        WebElement byMail = browser.driver.findElement(By.cssSelector("#main form.follow-search button[type=submit]"));
        WebElement feed = browser.driver.findElement(By.cssSelector("#main .follow a[type='application/atom+xml']"));
        assertThat(byMail.isDisplayed()).isTrue();
        assertThat(feed.isDisplayed()).isTrue();
        assertThat(Math.abs(feed.getRect().getY() - (byMail.getRect().getY() + byMail.getRect().getHeight())))
                .as("the feed just under 'Follow this search by e-mail'").isLessThan(120);
    }

    // --- item 10 ----------------------------------------------------------------------------------------------------

    @Test
    void theDeskAndTheFiltersUseAnEditorsWordsAndChoices() {
        browser.signIn("editor@newsroom.example");
        browser.open("/editorial?status=PUBLISHED");
        List<String> headings = browser.driver.findElements(By.cssSelector("#main .desk-table th")).stream()
                .map(WebElement::getText).toList();
        assertThat(headings).as("the column headings as shown").contains("LANGUAGE")
                .noneMatch(h -> h.contains("BCP") || h.contains("E.G."));

        // the language of a new briefing: a field that offers the EU's languages by name, any tag still typed
        browser.open("/editorial/briefings/new");
        WebElement lang = browser.driver.findElement(By.cssSelector("#main input[name=lang]"));
        assertThat(label(lang)).isEqualTo("Language");
        @SuppressWarnings("unchecked")
        List<String> offered = (List<String>) browser.driver.executeScript("return arguments[0].list == null ? []"
                + " : Array.from(arguments[0].list.options).map(o => o.value + '=' + o.label);", lang);
        assertThat(offered).contains("de=German", "fr=French", "en=English");

        // the statement explorer: a speaker chosen by name, a role in words
        browser.driver.manage().deleteAllCookies();
        browser.open("/statements");
        WebElement speaker = browser.driver.findElement(By.cssSelector("#main form.filters select[name=speaker]"));
        assertThat(label(speaker)).isEqualTo("Speaker");
        WebElement role = browser.driver.findElement(By.cssSelector("#main form.filters input[name=role]"));
        assertThat(label(role)).isEqualTo("Role");
        assertThat(role.getDomAttribute("placeholder")).isEqualTo("e.g. High Representative");
        new Select(speaker).selectByVisibleText("Kaja Kallas");
        browser.clickToNextPage(browser.driver.findElement(By.cssSelector("#main form.filters button[type=submit]")));
        assertThat(browser.driver.getCurrentUrl()).contains("speaker=kaja-kallas");
        assertThat(new Select(browser.driver.findElement(By.cssSelector("#main select[name=speaker]")))
                .getFirstSelectedOption().getText()).isEqualTo("Kaja Kallas");
        assertThat(browser.driver.findElements(By.cssSelector("#main figure.statement figcaption a[href^='/actors/']")))
                .isNotEmpty().extracting(WebElement::getText).containsOnly("Kaja Kallas");

        // the briefing list: the institution chosen from those that issued briefings
        browser.open("/briefings");
        WebElement institution = browser.driver.findElement(By.cssSelector("#main select[name=institution]"));
        assertThat(label(institution)).isEqualTo("Institution");
        Select choices = new Select(institution);
        String eeas = choices.getOptions().stream().filter(o -> "eeas".equals(o.getDomAttribute("value")))
                .map(WebElement::getText).findFirst().orElseThrow();
        choices.selectByValue("eeas");
        browser.clickToNextPage(institution.findElement(By.xpath("ancestor::form//button[@type='submit']")));
        assertThat(browser.driver.getCurrentUrl()).contains("institution=eeas");
        List<WebElement> cards = browser.driver.findElements(By.cssSelector("#main .briefing-card"));
        assertThat(cards).isNotEmpty().allSatisfy(card -> assertThat(card.getText()).contains(eeas));
    }

    /** The words of the label a field sits in, as the page shows them. */
    private static String label(WebElement field) {
        return field.findElement(By.xpath("ancestor::label/span[1]")).getText();
    }
}
