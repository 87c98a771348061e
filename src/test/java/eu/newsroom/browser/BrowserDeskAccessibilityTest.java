package eu.newsroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.NewsroomTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * axe-core on the pages only signed-in people see (the editorial desk and its forms, the directory, the
 * import assistant, the chief editor's admin pages, one's own account and saved searches), signed in as
 * the chief editor, who may open all of them. Same rule as for public pages: no serious or critical
 * violation. Screenshots go to target/screenshots/desk-*.png.
 */
@NewsroomTest
class BrowserDeskAccessibilityTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void signIn() {
        browser.signIn("chief@newsroom.example");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "desk, /editorial",
            "desk-new-briefing, /editorial/briefings/new",
            "desk-briefing, /editorial/briefings/{seed}",
            "desk-briefing-edit, /editorial/briefings/{seed}/edit",
            "desk-statement-new, /editorial/briefings/{seed}/statements/new",
            "desk-commitment-new, /editorial/briefings/{seed}/commitments/new",
            "desk-directory, /editorial/directory",
            "desk-actor-edit, /editorial/actors/kaja-kallas/edit",
            "desk-topic-new, /editorial/topics/new",
            "desk-initiative-edit, /editorial/initiatives/eastern-flank-watch/edit",
            "desk-assistant, /editorial/assistant",
            "admin-audit, /admin/audit",
            "admin-accounts, /admin/accounts",
            "admin-reference-rates, /admin/reference-rates",
            "account, /account",
            "saved-searches, /me/searches"
    })
    void deskPageHasNoSeriousOrCriticalViolations(String name, String path) {
        long seed = jdbc.sql("select id from briefing where slug = '2025-12-01-kallas-decisive-week-for-diplomacy'")
                .query(Long.class).single();
        browser.desktop();
        browser.open(path.replace("{seed}", String.valueOf(seed)));
        assertThat(browser.driver.findElements(By.cssSelector(".error-code")))
                .as("%s is a real page, not an error page", path).isEmpty();
        assertThat(browser.driver.getCurrentUrl()).as("still signed in").doesNotContain("/login");
        BrowserAccessibilityTest.assertNoBlockingViolations(browser, name);
        browser.screenshot("desktop-" + name);
        browser.phone();
        browser.screenshot("phone-" + name);
        browser.desktop();
    }
}
