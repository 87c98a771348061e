package eu.newsroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.NewsroomTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

/** An editor in a real Chromium: paste the seed, see the text and the proposals side by side, save a draft. */
@NewsroomTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistantBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start("http://localhost:" + port, false);
    }

    @AfterAll
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String seed() {
        try (InputStream in = AssistantBrowserTest.class.getResourceAsStream("/extraction/seed-de.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anEditorReviewsTheSeedBesideItsTextAndSavesADraft() {
        browser.open("/login");
        browser.driver.findElement(By.name("username")).sendKeys("editor@newsroom.example");
        browser.driver.findElement(By.name("password")).sendKeys("newsroom-demo-2025");
        browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForPage();

        browser.open("/editorial/assistant");
        WebElement text = browser.driver.findElement(By.name("text"));
        // typing 5 000 characters is slow: set the value as a paste would
        browser.driver.executeScript("arguments[0].value = arguments[1];", text, seed());
        browser.driver.findElement(By.cssSelector("form[action$='/editorial/assistant'] button[type=submit]")).click();
        browser.waitForPage();

        WebElement source = browser.driver.findElement(By.cssSelector(".source-text"));
        WebElement proposals = browser.driver.findElement(By.cssSelector("form.proposals"));
        assertThat(proposals.getRect().getX()).as("the proposals stand beside the text").isGreaterThan(source.getRect().getX()
                + source.getRect().getWidth() - 1);
        assertThat(browser.driver.findElements(By.cssSelector(".source-text mark.hl-commitment"))).isNotEmpty();
        browser.screenshot("assistant-review");

        browser.driver.findElement(By.cssSelector("form.proposals button[type=submit]")).click();
        browser.waitForPage();
        assertThat(browser.driver.getCurrentUrl()).contains("/editorial/assistant/saved?slug=");
        String slug = browser.driver.getCurrentUrl().replaceFirst(".*slug=", "");
        assertThat(jdbc.sql("select status from briefing where slug = ?").param(slug).query(String.class).single())
                .isEqualTo("DRAFT");
    }
}
