package eu.newsroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.account.Account;
import eu.newsroom.account.AccountRepository;
import eu.newsroom.account.Role;
import eu.newsroom.alert.AlertSenderForTests;
import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import eu.newsroom.support.DeskOverHttp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 21's journey in a real browser: a journalist follows an actor from its page, confirms the address from the
 * mail in the demo mailbox, an editor publishes an item quoting the actor at the desk, and the journalist reads the
 * alert in the demo mailbox, opens the item and unsubscribes with the mailbox's one-click button (the POST a mail
 * program sends from List-Unsubscribe). The sender runs when the test says (AlertSenderForTests.sendDue): no waiting for a
 * clock.
 */
@NewsroomTest
class BrowserAlertJourneyTest extends BrowserTest {

    @Autowired
    Http http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountRepository accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    ApplicationContext application;

    @Test
    void aJournalistFollowsAnActorReadsTheAlertOfADeskPublicationInTheDemoMailboxAndUnsubscribesWithOneClick() {
        // a new journalist, whose mailbox holds only this journey's mails, and a speaker of the demo corpus (an actor
        // has a public page once a public item names them; other tests of a full run add and hide actors)
        String reader = "alert-journey-" + UUID.randomUUID().toString().substring(0, 8) + "@newsroom.example";
        accounts.save(new Account(reader, "Alert journey reader", passwords.encode(Http.DEMO_PASSWORD), Role.JOURNALIST));
        var actor = jdbc.sql("select slug, name from actor where slug = 'kaja-kallas'")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).single();
        String name = actor.getValue();

        signedOutOnDesktop();
        browser.signIn(reader);
        browser.open("/actors/" + actor.getKey());
        click("#main a.follow-link");
        assertThat(heading()).contains(name);
        click("#main form button[type=submit]");
        assertThat(text(".notice")).contains("You follow it now");

        // the confirmation mail, in the demo mailbox: its link, then the button of the page it opens
        browser.open("/demo/mailbox");
        WebElement confirmation = mail("Confirm your address for alerts");
        follow(confirmation.findElement(By.cssSelector("a[href*='/alerts/confirm?']")));
        click("#main form button[type=submit]");
        assertThat(text(".notice")).contains("Your address is confirmed");

        // an editor publishes an item quoting the actor at the desk
        String title = "Desk journey " + UUID.randomUUID().toString().substring(0, 8);
        DeskOverHttp desk = DeskOverHttp.asEditor(http, jdbc);
        long item = desk.draft(title, "The desk wrote " + title + ".");
        desk.quote(item, actor.getKey(), "We said it in " + title + ".");
        assertThat(desk.step(item, "SUBMIT").statusCode()).isEqualTo(302);
        assertThat(desk.step(item, "PUBLISH").statusCode()).isEqualTo(302);
        assertThat(AlertSenderForTests.sendDue(application, Instant.now())).isGreaterThanOrEqualTo(1);

        // the alert in the mailbox: why it came, the item's permalink (followed) and the one-click button
        browser.open("/demo/mailbox");
        WebElement alert = mail(title);
        assertThat(alert.findElement(By.tagName("pre")).getText()).contains("You follow", "Press release", title);
        follow(alert.findElement(By.cssSelector("a[href^='/briefings/']")));
        assertThat(heading()).isEqualTo(title);

        browser.open("/demo/mailbox");
        WebElement unsubscribe = mail(title).findElement(By.cssSelector("form.one-click button[type=submit]"));
        assertThat(unsubscribe.getText()).isEqualTo("Unsubscribe");
        follow(unsubscribe);
        assertThat(text(".notice")).contains("You will get no more mails for", name);
        click("#main .notice a[href='/me/alerts']");
        assertThat(text(".card.alert")).contains(name, "Stopped: you unsubscribed from this alert.");
    }

    /** The one mail in the mailbox page whose subject contains the text. */
    private WebElement mail(String subject) {
        List<WebElement> found = browser.driver.findElements(By.cssSelector("#main article.mail")).stream()
                .filter(m -> m.findElement(By.tagName("h2")).getText().contains(subject)).toList();
        assertThat(found).as("one mail about " + subject).hasSize(1);
        return found.get(0);
    }

    private void click(String css) {
        follow(browser.driver.findElement(By.cssSelector(css)));
    }

    /** Clicks a link or button that leads to another page, and waits for that page. */
    private void follow(WebElement element) {
        browser.clickToNextPage(element);
    }

    private String heading() {
        return browser.driver.findElement(By.cssSelector("#main h1")).getText();
    }

    private String text(String css) {
        return browser.driver.findElement(By.cssSelector("#main " + css)).getText();
    }
}
