package eu.newsroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import eu.newsroom.support.NewsroomTest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * axe-core (WCAG 2.x A/AA and best-practice rules) on every page type in a real headless Chromium at
 * desktop width: no violation of impact "serious" or "critical" is allowed; the others are listed in the
 * failure message. Each page is also photographed at desktop and phone width under target/screenshots/.
 */
@NewsroomTest
class BrowserAccessibilityTest extends BrowserTest {

    static final Set<String> BLOCKING = Set.of("serious", "critical");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "home, /",
            "briefings, /briefings",
            "briefing, /briefings/2025-12-01-kallas-decisive-week-for-diplomacy",
            "briefing-de, /briefings/2025-12-01-kallas-entscheidende-woche-fuer-die-diplomatie?locale=de",
            "statements, /statements",
            "commitments, /commitments",
            "tracker, /commitments/tracker",
            "initiatives, /initiatives",
            "initiative, /initiatives/eastern-flank-watch",
            "actors, /actors",
            "actor, /actors/kaja-kallas",
            "topics, /topics",
            "search, /search?q=military+mobility",
            "search-date-error, /search?q=ukraine&from=2025-12-31&to=2025-01-01",
            "login, /login",
            "not-found, /briefings/no-such-briefing-anywhere",
            "home-fr, /?locale=fr",
            "statements-filtered, /statements?topic=support-to-ukraine&speaker=kaja-kallas",
            "compare, /statements/compare?left=kaja-kallas&right=ursula-von-der-leyen&topic=support-to-ukraine",
            "actor-timeline, /actors/kaja-kallas/timeline",
            "initiative-timeline, /initiatives/eastern-flank-watch/timeline",
            "commitment-foreign, /commitments/g7-era-loans-usd50bn"
    })
    void pageHasNoSeriousOrCriticalViolations(String name, String path) {
        browser.desktop();
        browser.open("/");
        browser.driver.manage().deleteAllCookies();
        browser.open(path);
        if (!name.equals("not-found")) {
            assertThat(browser.driver.findElements(By.cssSelector(".error-code")))
                    .as("%s is a real page, not an error page", path).isEmpty();
        }
        assertNoBlockingViolations(name);
        browser.screenshot("desktop-" + name);
        browser.phone();
        browser.screenshot("phone-" + name);
        browser.desktop();
    }

    @Test
    void aTopicPageHasNoSeriousOrCriticalViolations() {
        browser.desktop();
        browser.open("/");
        browser.driver.manage().deleteAllCookies();
        browser.open("/topics");
        List<String> topics = browser.driver.findElements(By.cssSelector("#main a[href*='/topics/']")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
        assertThat(topics).as("topic links on /topics").isNotEmpty();
        browser.open(topics.get(0));
        assertThat(browser.driver.getCurrentUrl()).contains("/topics/");
        assertNoBlockingViolations("topic");
        browser.screenshot("desktop-topic");
    }

    @Test
    void theNotFoundPageReallyIsTheErrorPage() {
        browser.open("/briefings/no-such-briefing-anywhere");
        assertThat(browser.driver.findElement(By.cssSelector(".error-code")).getText()).isEqualTo("404");
    }

    /** The check itself can fail: an unlabelled field and an image without text are reported as blocking. */
    @Test
    void axeReportsABrokenPageAsBlocking() {
        browser.open("/login");
        browser.driver.executeScript("var main = document.getElementById('main');"
                + "var input = document.createElement('input'); input.type = 'text'; main.appendChild(input);"
                + "var img = document.createElement('img'); img.src = '/css/newsroom.css'; main.appendChild(img);");
        List<Rule> violations = new AxeBuilder().analyze(browser.driver).getViolations();
        assertThat(violations).filteredOn(r -> BLOCKING.contains(r.getImpact())).extracting(Rule::getId)
                .contains("label", "image-alt");
    }

    private void assertNoBlockingViolations(String page) {
        assertNoBlockingViolations(browser, page);
    }

    static void assertNoBlockingViolations(Browser browser, String page) {
        Results results = new AxeBuilder().analyze(browser.driver);
        assertThat(results.isErrored()).as("axe ran on %s: %s", page, results.getErrorMessage()).isFalse();
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            System.out.printf("axe on %s: %d minor/moderate violation(s)%n%s%n", page, violations.size(),
                    describe(violations));
        }
        List<Rule> blocking = violations.stream().filter(r -> BLOCKING.contains(r.getImpact())).toList();
        assertThat(blocking).as("serious/critical axe violations on %s (%s):%n%s", page,
                browser.driver.getCurrentUrl(), describe(violations)).isEmpty();
    }

    static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp()
                + rule.getNodes().stream().limit(5).map(BrowserAccessibilityTest::node)
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    private static String node(CheckedNode node) {
        String html = node.getHtml() == null ? "" : node.getHtml();
        return "\n    " + node.getTarget() + " " + (html.length() > 160 ? html.substring(0, 160) + "…" : html)
                + (node.getFailureSummary() == null ? "" : "\n      " + node.getFailureSummary().replace("\n", " "));
    }
}
