package eu.newsroom.browser;

import static eu.newsroom.browser.HostileInput.MARKDOWN_LINKS;
import static eu.newsroom.browser.HostileInput.PAYLOADS;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import eu.newsroom.support.SignedInBrowser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hostile input through the ingest assistant, in headless Chromium as the demo editor: a press text carrying one
 * XSS payload in its title line, dateline line, "in short" points, quoted speech (and the speaker's name the editor
 * types), beside an amount, with Markdown links to script URLs, is pasted into the assistant, reviewed, saved as a
 * draft, published, and every page that shows it is checked as in {@link BrowserHostileInputTest} (the
 * Content-Security-Policy bypassed, so the escaping itself is tested).
 */
@NewsroomTest
class BrowserHostilePasteTest extends BrowserTest {

    private static final String DATE = "2026-11-20";

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    final String word = "Pasteprobe" + UUID.randomUUID().toString().substring(0, 6);
    private int pagesChecked;

    /** One saved paste: what the editor typed, and whether the assistant read the paste as plain text. */
    record Draft(String payload, String title, String speaker, long briefingId, String slug, boolean readAsPlainText) {
    }

    @BeforeAll
    void signIn() {
        HostileInput.bypassThePolicy(browser);
        browser.signIn(BrowserHostileInputTest.EDITOR);
    }

    /** A press release in the assistant's format, with the payload wherever an editor's paste puts words. */
    private String pressText(String title, int i, String payload) {
        return String.join("\n", title,
                "Brussels, 20 November 2026 - " + payload + " Defence ministers met in the Council.",
                "In short",
                "- First point " + payload,
                "- Second point " + payload,
                "",
                "Minister Hanna Virtanen said: \"We will deliver " + payload + " together and fast.\"",
                "\"Our support will last,\" said " + payload + ".",
                "The EU pledged EUR 1" + i + " million " + payload + " to Ukraine for air defence.",
                "",
                MARKDOWN_LINKS);
    }

    @Test
    void aPastedPressTextCarryingThePayloadsRunsNothingFromPasteToPublicPages() {
        List<String> evidence = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            drafts.add(pasteReviewAndSave(i, PAYLOADS.get(i), evidence));
        }
        evidence.addAll(open("/editorial?status=DRAFT"));
        for (Draft draft : drafts) {
            evidence.addAll(deskPages(draft));
        }
        publish(drafts);
        evidence.addAll(open("/editorial?status=PUBLISHED"));
        evidence.addAll(open("/search?q=" + word));
        for (Draft draft : drafts) {
            evidence.addAll(publicPages(draft));
        }
        long plain = drafts.stream().filter(Draft::readAsPlainText).count();
        System.out.printf("BrowserHostilePasteTest: %d pastes (%d read as plain text, %d as HTML), %d pages checked%n",
                drafts.size(), plain, drafts.size() - plain, pagesChecked);
        assertThat(evidence).isEmpty();
        // the payloads without markup are read as plain text, the others as pasted HTML: both readings were met
        assertThat(drafts).anyMatch(Draft::readAsPlainText).anyMatch(d -> !d.readAsPlainText());
    }

    /**
     * The editor pastes the text with a language the assistant refuses (the text comes back in the box), reads
     * it, corrects the proposals (title, date, the speaker's name), saves once without a donor (the review comes
     * back with the edits) and then as it should be.
     */
    private Draft pasteReviewAndSave(int i, String payload, List<String> evidence) {
        String title = word + " " + i + " " + payload;
        String speaker = word + " speaker " + i + " " + payload;
        String paste = pressText(title, i, payload);
        browser.open("/editorial/assistant");
        browser.fill(field("text"), paste);
        browser.fill(field("lang"), "x!");
        evidence.addAll(submit("#main form button[type=submit]", "paste " + i + " refused"));
        assertThat(browser.driver.findElement(By.cssSelector("#main .notice.error")).getText()).isNotBlank();
        assertThat(field("text").getDomProperty("value")).as("the refused text comes back as pasted").isEqualTo(paste);

        browser.fill(field("lang"), "en");
        evidence.addAll(submit("#main form button[type=submit]", "review " + i));
        String read = text("return document.querySelector('.source-text').textContent");
        boolean plain = read.equals(paste);
        if (plain) {
            assertThat(value("title")).as("the title line, proposed as pasted").isEqualTo(title);
            assertThat(value("date")).isEqualTo(DATE);
            assertThat(value("points[0].text")).isEqualTo("First point " + payload);
            // a quote is the words inside its marks: a payload with quotation marks of its own may end it early
            assertThat(value("statements[0].text")).isNotBlank();
            assertThat(paste).contains(value("statements[0].text"));
            // the title is the clause that holds the amount: it ends at the payload's own colon, if it has one
            assertThat(value("commitments[0].title")).startsWith("The EU pledged EUR 1" + i + " million ");
        }
        browser.fill(field("title"), title);
        browser.fill(field("date"), DATE);
        // a new speaker for every statement: the earlier drafts' speakers are known names by now
        for (WebElement known : browser.driver.findElements(By.cssSelector("select[name$='.speaker']"))) {
            new Select(known).selectByValue("");
        }
        for (WebElement newSpeaker : browser.driver.findElements(By.cssSelector("input[name$='.newSpeaker']"))) {
            browser.fill(newSpeaker, speaker);
        }
        new Select(field("commitments[0].donor")).selectByValue("");
        evidence.addAll(submit("form.proposals button[type=submit]", "review " + i + " without a donor"));
        assertThat(browser.driver.findElement(By.cssSelector("#main .notice.error")).getText()).isNotBlank();
        assertThat(value("title")).as("the edited title comes back").isEqualTo(title);
        assertThat(value("statements[0].newSpeaker")).isEqualTo(speaker);

        new Select(field("commitments[0].donor")).selectByValue("eu");
        evidence.addAll(submit("form.proposals button[type=submit]", "saved " + i));
        evidence.addAll(submit("#main a[href*='/editorial/briefings/by-slug/']", "draft " + i));
        long id = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*/editorial/briefings/(\\d+).*", "$1"));
        assertThat(text("return document.querySelector('#main h1').textContent.trim()")).isEqualTo(title);
        String slug = jdbc.sql("select slug from briefing where id = ?").param(id).query(String.class).single();
        return new Draft(payload, title, speaker, id, slug, plain);
    }

    /** The draft's edit forms: the briefing, its statements and commitment, and the new speaker. */
    private List<String> deskPages(Draft draft) {
        List<String> evidence = new ArrayList<>(open("/editorial/briefings/" + draft.briefingId() + "/edit"));
        assertThat(value("title")).isEqualTo(draft.title());
        for (long statement : ids("select id from statement where briefing_id = ?", draft)) {
            evidence.addAll(open("/editorial/statements/" + statement + "/edit"));
        }
        for (long commitment : ids("select commitment_id from briefing_commitment where briefing_id = ?", draft)) {
            evidence.addAll(open("/editorial/briefings/" + draft.briefingId() + "/commitments/" + commitment + "/edit"));
        }
        evidence.addAll(open("/editorial/actors/" + speakerSlug(draft) + "/edit"));
        assertThat(value("name")).as("the speaker's name as the editor typed it").isEqualTo(draft.speaker());
        return evidence;
    }

    /** The published briefing, its statements and commitment, and the speaker's page. */
    private List<String> publicPages(Draft draft) {
        List<String> evidence = new ArrayList<>(open("/briefings/" + draft.slug()));
        assertThat(text("return document.querySelector('#main h1').textContent.trim()")).isEqualTo(draft.title());
        if (draft.readAsPlainText()) {
            assertThat(text("return document.querySelector('#main').textContent")).contains("First point " + draft.payload());
        }
        for (String statement : jdbc.sql("select slug from statement where briefing_id = ?").param(draft.briefingId())
                .query(String.class).list()) {
            evidence.addAll(open("/statements/" + statement));
        }
        for (String commitment : jdbc.sql("select c.slug from commitment c join briefing_commitment bc"
                + " on bc.commitment_id = c.id where bc.briefing_id = ?").param(draft.briefingId()).query(String.class).list()) {
            evidence.addAll(open("/commitments/" + commitment));
        }
        evidence.addAll(open("/actors/" + speakerSlug(draft)));
        assertThat(text("return document.querySelector('#main').textContent")).contains(draft.speaker());
        return evidence;
    }

    /** Sent to review by the editor and published by the chief editor (four eyes), over HTTP. */
    private void publish(List<Draft> drafts) {
        SignedInBrowser editor = SignedInBrowser.as(http, BrowserHostileInputTest.EDITOR);
        SignedInBrowser chief = SignedInBrowser.as(http, BrowserHostileInputTest.CHIEF);
        for (Draft draft : drafts) {
            step(editor, draft, "SUBMIT");
            step(chief, draft, "PUBLISH");
        }
    }

    private void step(SignedInBrowser who, Draft draft, String step) {
        long version = jdbc.sql("select version from briefing where id = ?").param(draft.briefingId()).query(Long.class)
                .single();
        HttpResponse<String> answer = who.postForm("/editorial/briefings/" + draft.briefingId() + "/workflow",
                List.of(entry("step", step), entry("version", String.valueOf(version))));
        assertThat(answer.statusCode()).as(step + " " + draft.title() + ": " + answer.body()).isEqualTo(302);
    }

    private List<Long> ids(String sql, Draft draft) {
        return jdbc.sql(sql).param(draft.briefingId()).query(Long.class).list();
    }

    private String speakerSlug(Draft draft) {
        return jdbc.sql("select distinct a.slug from actor a join statement s on s.speaker_id = a.id where s.briefing_id = ?")
                .param(draft.briefingId()).query(String.class).single();
    }

    private List<String> open(String path) {
        pagesChecked++;
        return HostileInput.open(browser, path);
    }

    private List<String> submit(String button, String where) {
        pagesChecked++;
        return HostileInput.submit(browser, button, where);
    }

    private WebElement field(String name) {
        return browser.driver.findElement(By.name(name));
    }

    private String value(String name) {
        return field(name).getDomProperty("value");
    }

    private String text(String js) {
        return (String) browser.driver.executeScript(js);
    }
}
