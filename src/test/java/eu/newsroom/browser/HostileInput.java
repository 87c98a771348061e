package eu.newsroom.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;

/**
 * The XSS payloads the hostile-input browser tests type in, and the check run after every page: shared so that the
 * desk forms, the import API and the ingest assistant's pasted text meet the same payloads and the same check.
 */
final class HostileInput {

    /** What a payload does when it runs: one of these must show, or the alert must open. */
    static final String TITLE_MARK = "XSS-RAN";
    static final String TEMPLATE = "{{7*7}} [[${7*7}]] [(${7*7})] ${7*7} *{7*7} __${7*7}__";

    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss=1</script>",
            "<img src=x onerror=\"window.__xss=1\">",
            "<svg onload=window.__xss=1><circle r=1></svg>",
            "<scr<script>ipt>window.__xss=1</scr</script>ipt>",
            "\" autofocus onfocus=\"window.__xss=1\" onmouseover=\"window.__xss=1\" x=\"",
            "' autofocus onfocus='window.__xss=1' x='",
            "</textarea><script>window.__xss=1</script>",
            "</title><script>document.title='" + TITLE_MARK + "'</script>",
            "</script><script>window.__xss=1</script>",
            "<details open ontoggle=window.__xss=1>x</details>",
            "<iframe src=\"javascript:parent.__xss=1\"></iframe>",
            "<a href=\"javascript:window.__xss=1\">link</a>",
            "<input autofocus onfocus=alert(1)>",
            "\uFF1Cscript\uFF1Ewindow.__xss=1\uFF1C/script\uFF1E",
            "\u202Egnp.<img src=x onerror=alert(1)>\u202C",
            "javascript:window.__xss=1",
            TEMPLATE);

    /**
     * Markdown links, images and an autolink with script and data URLs, and nothing that looks like HTML: the ingest
     * assistant reads a paste with tags or entities in it as HTML and keeps only its visible text.
     */
    static final String MARKDOWN_LINKS = String.join("\n\n",
            "[click me](javascript:window.__xss=1)",
            "[mixed case](JaVaScRiPt:window.__xss=1)",
            "![image](javascript:window.__xss=1)",
            "<javascript:window.__xss=1>",
            "[data](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)");

    /** The links above, an entity-encoded script URL, and raw HTML with event handlers. */
    static final String MARKDOWN = String.join("\n\n", MARKDOWN_LINKS,
            "[encoded](javascript&#58;window.__xss=1)",
            "<div onmouseover=\"window.__xss=1\">raw block</div>",
            "Inline <img src=x onerror=window.__xss=1> and <b onclick=window.__xss=1>bold</b>.");

    private HostileInput() {
    }

    /**
     * Lets inline scripts run in this browser (DevTools' Page.setBypassCSP): with the Content-Security-Policy
     * enforced, an escaping hole would not show, and the escaping is what is under test.
     */
    static void bypassThePolicy(Browser browser) {
        browser.driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
    }

    /** Opens a page and lists every sign that a payload ran or was kept as markup there. */
    static List<String> open(Browser browser, String path) {
        try {
            browser.open(path);
        } catch (UnhandledAlertException e) {
            return List.of(path + ": an alert opened while the page loaded");
        }
        return evidenceOnCurrentPage(browser, path);
    }

    /** Presses a form's button as the editor would and checks the page it leads to. */
    static List<String> submit(Browser browser, String button, String where) {
        try {
            browser.clickToNextPage(browser.driver.findElement(By.cssSelector(button)));
        } catch (UnhandledAlertException e) {
            return List.of(where + ": an alert opened while the page loaded");
        }
        return evidenceOnCurrentPage(browser, where);
    }

    /**
     * Every sign on the page the browser shows that a payload ran or was kept as markup: an open alert, the marker
     * variable, the marked title, an event-handler attribute, a script URL, a script with the marker, an embedded
     * frame or object.
     */
    static List<String> evidenceOnCurrentPage(Browser browser, String where) {
        List<String> evidence = new ArrayList<>();
        try {
            browser.driver.switchTo().alert().dismiss();
            evidence.add(where + ": an alert is open");
        } catch (NoAlertPresentException expected) {
            // nothing ran an alert
        }
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) browser.driver.executeScript("""
                const found = [];
                if (typeof window.__xss !== 'undefined') found.push('window.__xss is set');
                if (document.title === arguments[0]) found.push('the title was set by a payload');
                for (const el of document.querySelectorAll('*')) {
                  for (const a of el.attributes) {
                    const value = a.value.trim().toLowerCase();
                    if (a.name.startsWith('on')) found.push('<' + el.localName + ' ' + a.name + '="' + a.value + '">');
                    if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name)
                        && (value.startsWith('javascript:') || value.startsWith('data:text/html')))
                      found.push('<' + el.localName + ' ' + a.name + '="' + a.value + '">');
                  }
                  if (el.localName === 'script' && el.textContent.includes('__xss') && el.type !== 'application/ld+json')
                    found.push('<script>' + el.textContent + '</script>');
                  if (['iframe', 'object', 'embed'].includes(el.localName)) found.push('<' + el.localName + '>');
                }
                return found;""", TITLE_MARK);
        found.forEach(f -> evidence.add(where + ": " + f));
        return evidence;
    }
}
