package eu.newsroom.browser;

import static eu.newsroom.browser.HostileInput.MARKDOWN;
import static eu.newsroom.browser.HostileInput.PAYLOADS;
import static eu.newsroom.browser.HostileInput.TEMPLATE;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import eu.newsroom.support.SignedInBrowser;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input in a real browser: XSS payloads typed by an editor into every field of briefings,
 * statements, commitments, actors, topics and initiatives, then every desk and public page showing them
 * opened in headless Chromium. The browser ignores the Content-Security-Policy (DevTools'
 * Page.setBypassCSP), so what is tested is the escaping itself, not the policy that would hide a hole.
 */
@NewsroomTest
class BrowserHostileInputTest extends BrowserTest {

    static final String EDITOR = "editor@newsroom.example";
    static final String CHIEF = "chief@newsroom.example";

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    final String word = "Xssprobe" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    final List<Item> items = new ArrayList<>();

    /** What one payload was stored as: the ids and slugs of the pages that show it. */
    record Item(String payload, long briefingId, String title, String briefingSlug, long statementId,
            String statementSlug, long commitmentId, String commitmentSlug, String actorSlug, String topicSlug,
            String initiativeSlug) {
    }

    @BeforeAll
    void storePayloadsAndSignIn() {
        SignedInBrowser editor = SignedInBrowser.as(http, EDITOR);
        SignedInBrowser chief = SignedInBrowser.as(http, CHIEF);
        for (int i = 0; i < PAYLOADS.size(); i++) {
            items.add(store(editor, chief, i, PAYLOADS.get(i)));
        }
        HostileInput.bypassThePolicy(browser);
        browser.signIn(EDITOR);
    }

    private Item store(SignedInBrowser editor, SignedInBrowser chief, int i, String payload) {
        String label = word + " " + i + " " + payload;
        saved(editor.postForm("/editorial/actors", List.of(entry("name", label), entry("kind", "PERSON"),
                entry("country", ""), entry("names[0].lang", "fr"), entry("names[0].text", payload + " fr"),
                entry("names[1].lang", "de"), entry("names[1].text", payload), entry("version", "0"))));
        String actor = slug("actor", "name", label);
        saved(editor.postForm("/editorial/topics", List.of(entry("labels[0].lang", "en"),
                entry("labels[0].preferred", label), entry("labels[0].alternatives", "alt " + i + " " + payload),
                entry("labels[1].lang", "de"), entry("labels[1].preferred", payload + " de"), entry("version", "0"))));
        String topic = jdbc.sql("select t.slug from topic t join topic_label l on l.topic_id = t.id where l.label = ?")
                .param(label).query(String.class).single();
        saved(editor.postForm("/editorial/initiatives", List.of(entry("name", label), entry("kind", "MISSION"),
                entry("status", "PLANNING"), entry("statusOn", "2026-01-15"), entry("description", payload + "\n" + MARKDOWN),
                entry("descriptionLang", "en"), entry("leads", actor), entry("aliases[0].lang", "de"),
                entry("aliases[0].text", payload), entry("topics", topic), entry("version", "0"))));
        String initiative = slug("initiative", "name", label);

        HttpResponse<String> created = editor.postForm("/editorial/briefings", List.of(entry("title", label),
                entry("kind", "PRESS_RELEASE"), entry("lang", "en"), entry("eventDate", "2026-11-20"),
                entry("place", payload), entry("eventName", payload), entry("institution", "council-of-the-eu"),
                entry("points", payload + "\nSecond point " + payload), entry("body", word + " " + payload + "\n\n" + MARKDOWN),
                entry("sourceUrl", "https://example.org/\"><script>window.__xss=1</script>"),
                entry("topics", topic), entry("initiatives", initiative), entry("version", "0")));
        saved(created);
        long briefing = Long.parseLong(created.headers().firstValue("Location").orElseThrow()
                .replaceAll(".*/editorial/briefings/(\\d+).*", "$1"));
        saved(editor.postForm("/editorial/briefings/" + briefing + "/statements", List.of(entry("speaker", actor),
                entry("speakerRole", payload), entry("kind", "QUOTE"), entry("text", word + " " + payload),
                entry("lang", "en"), entry("saidOn", "2026-11-20"), entry("place", payload), entry("topics", topic),
                entry("initiatives", initiative), entry("version", "0"))));
        saved(editor.postForm("/editorial/briefings/" + briefing + "/commitments", List.of(entry("title", label),
                entry("donor", actor), entry("recipient", "ukraine"), entry("category", "MILITARY"),
                entry("status", "PLEDGED"), entry("initiative", initiative), entry("qualifier", "EXACT"),
                entry("amount", "1000"), entry("currency", "EUR"), entry("announcedOn", "2026-11-20"),
                entry("reportedOn", "2026-11-20"), entry("version", "0"))));
        saved(editor.postForm("/editorial/briefings/" + briefing + "/workflow",
                List.of(entry("step", "SUBMIT"), entry("version", String.valueOf(version(briefing))))));
        saved(chief.postForm("/editorial/briefings/" + briefing + "/workflow",
                List.of(entry("step", "PUBLISH"), entry("version", String.valueOf(version(briefing))))));

        Map<String, Object> statement = jdbc.sql("select id, slug from statement where briefing_id = ?").param(briefing)
                .query().singleRow();
        Map<String, Object> commitment = jdbc.sql("select id, slug from commitment where title = ?").param(label)
                .query().singleRow();
        return new Item(payload, briefing, label, slug("briefing", "id", briefing), (Long) statement.get("id"),
                (String) statement.get("slug"), (Long) commitment.get("id"), (String) commitment.get("slug"), actor,
                topic, initiative);
    }

    private static void saved(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.uri() + ": " + answer.body()).isEqualTo(302);
    }

    private String slug(String table, String column, Object value) {
        return jdbc.sql("select slug from " + table + " where " + column + " = ?").param(value).query(String.class)
                .single();
    }

    private long version(long briefing) {
        return jdbc.sql("select version from briefing where id = ?").param(briefing).query(Long.class).single();
    }

    private List<String> open(String path) {
        return HostileInput.open(browser, path);
    }

    private List<String> evidenceOnCurrentPage(String path) {
        return HostileInput.evidenceOnCurrentPage(browser, path);
    }

    private String text(String js) {
        return (String) browser.driver.executeScript(js);
    }

    @Test
    void theCheckSeesAScriptThatRunsAndAnAlertThatOpens() {
        assertThat(open("/")).isEmpty();
        browser.driver.executeScript("const s = document.createElement('script');"
                + " s.textContent = 'window.__xss = 1'; document.body.appendChild(s);");
        assertThat(evidenceOnCurrentPage("/")).as("an inline script runs: the policy is bypassed, the marker seen")
                .contains("/: window.__xss is set");
        browser.driver.executeScript("setTimeout(() => alert('control'), 0)");
        browser.await().until(d -> {
            try {
                d.switchTo().alert();
                return true;
            } catch (NoAlertPresentException e) {
                return false;
            }
        });
        assertThat(evidenceOnCurrentPage("/")).contains("/: an alert is open");
        assertThat(open("/")).as("a fresh page is clean again").isEmpty();
    }

    @Test
    void noPayloadRunsOnTheDesk() {
        List<String> evidence = new ArrayList<>();
        evidence.addAll(open("/editorial?status=PUBLISHED"));
        evidence.addAll(open("/editorial/directory"));
        for (Item item : items) {
            String briefing = "/editorial/briefings/" + item.briefingId();
            evidence.addAll(open(briefing));
            assertThat(text("return document.querySelector('#main h1').textContent.trim()")).isEqualTo(item.title());
            evidence.addAll(open(briefing + "/edit"));
            assertThat(text("return document.querySelector('[name=title]').value")).isEqualTo(item.title());
            assertThat(text("return document.querySelector('[name=place]').value")).isEqualTo(item.payload());
            assertThat(text("return document.querySelector('[name=body]').value"))
                    .isEqualTo(word + " " + item.payload() + "\n\n" + MARKDOWN);
            evidence.addAll(open("/editorial/statements/" + item.statementId() + "/edit"));
            assertThat(text("return document.querySelector('[name=speakerRole]').value")).isEqualTo(item.payload());
            evidence.addAll(open(briefing + "/commitments/" + item.commitmentId() + "/edit"));
            evidence.addAll(open("/editorial/actors/" + item.actorSlug() + "/edit"));
            assertThat(text("return document.querySelector('[name=name]').value")).isEqualTo(item.title());
            evidence.addAll(open("/editorial/topics/" + item.topicSlug() + "/edit"));
            evidence.addAll(open("/editorial/initiatives/" + item.initiativeSlug() + "/edit"));
        }
        assertThat(evidence).isEmpty();
    }

    @Test
    void noPayloadRunsOnThePublicPagesAndEachShowsAsText() {
        List<String> evidence = new ArrayList<>();
        evidence.addAll(open("/"));
        evidence.addAll(open("/briefings"));
        evidence.addAll(open("/search?q=" + word));
        evidence.addAll(open("/actors"));
        evidence.addAll(open("/topics"));
        evidence.addAll(open("/initiatives"));
        evidence.addAll(open("/commitments"));
        // the timelines list the same names as the pages of their actor and initiative: one of each is enough
        evidence.addAll(open("/actors/" + items.get(0).actorSlug() + "/timeline"));
        evidence.addAll(open("/initiatives/" + items.get(0).initiativeSlug() + "/timeline"));
        for (Item item : items) {
            evidence.addAll(open("/briefings/" + item.briefingSlug()));
            assertThat(text("return document.querySelector('#main h1').textContent.trim()")).isEqualTo(item.title());
            evidence.addAll(open("/statements/" + item.statementSlug()));
            evidence.addAll(open("/statements?speaker=" + item.actorSlug() + "&role=" + encode(item.payload())));
            evidence.addAll(open("/commitments/" + item.commitmentSlug()));
            evidence.addAll(open("/actors/" + item.actorSlug()));
            assertThat(text("return document.querySelector('#main').textContent")).contains(item.title());
            evidence.addAll(open("/actors/" + item.actorSlug() + "?locale=fr"));
            evidence.addAll(open("/topics/" + item.topicSlug()));
            assertThat(text("return document.querySelector('#main').textContent")).contains(item.title());
            evidence.addAll(open("/topics/" + item.topicSlug() + "?locale=de"));
            evidence.addAll(open("/initiatives/" + item.initiativeSlug()));
            assertThat(text("return document.querySelector('#main').textContent")).contains(item.title());
            // a payload typed into the search box comes back in the box and the page: reflected, not run
            evidence.addAll(open("/search?q=" + encode(item.payload())));
        }
        assertThat(evidence).isEmpty();
    }

    @Test
    void theFeedsStayWellFormedXmlWithThePayloadsAsText() throws Exception {
        List<String> feeds = new ArrayList<>(List.of("/feeds/briefings.atom"));
        for (Item item : items) {
            feeds.add("/feeds/actors/" + item.actorSlug() + ".atom");
            feeds.add("/feeds/topics/" + item.topicSlug() + ".atom");
            feeds.add("/feeds/initiatives/" + item.initiativeSlug() + ".atom");
        }
        for (String feed : feeds) {
            HttpResponse<String> answer = http.get(feed, "application/atom+xml");
            assertThat(answer.statusCode()).as(feed).isEqualTo(200);
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document xml = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(xml.getDocumentElement().getLocalName()).as(feed).isEqualTo("feed");
        }
        HttpResponse<String> all = http.get("/feeds/briefings.atom", "application/atom+xml");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(all.body().getBytes(StandardCharsets.UTF_8)));
        var titles = xml.getElementsByTagName("title");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            texts.add(titles.item(i).getTextContent());
        }
        assertThat(texts).as("the titles come back as the editor typed them").contains(items.get(0).title(),
                items.get(items.size() - 1).title());
    }

    @Test
    void noPayloadRunsWhenItCameThroughTheImportApi() {
        String key = word.toLowerCase();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("externalId", key);
        line.put("slug", key + "-import");
        line.put("lang", "en");
        line.put("kind", "press-release");
        line.put("title", word + " import " + PAYLOADS.get(8));
        line.put("date", "2026-11-21");
        line.put("body", PAYLOADS.get(0) + "\n\n" + MARKDOWN);
        line.put("place", PAYLOADS.get(1));
        line.put("event", PAYLOADS.get(4));
        line.put("summary", List.of(PAYLOADS.get(2), TEMPLATE));
        line.put("sourceUrl", "https://example.org/'><svg/onload=window.__xss=1>");
        line.put("actors", List.of(Map.of("slug", key + "-actor", "kind", "person", "name", word + " " + PAYLOADS.get(5),
                "names", Map.of("fr", PAYLOADS.get(6)))));
        line.put("topics", List.of(Map.of("slug", key + "-topic", "labels", Map.of("en", word + " " + PAYLOADS.get(7)),
                "altLabels", Map.of("en", List.of(PAYLOADS.get(9))))));
        line.put("initiatives", List.of(Map.of("slug", key + "-initiative", "name", word + " " + PAYLOADS.get(10),
                "kind", "project", "status", "planning", "description", PAYLOADS.get(11) + "\n" + MARKDOWN,
                "aliases", Map.of("de", List.of(PAYLOADS.get(12))))));
        line.put("commitments", List.of(Map.of("slug", key + "-commitment", "title", word + " " + PAYLOADS.get(13),
                "donor", key + "-actor", "recipient", "ukraine", "category", "military", "amount", "1000",
                "currency", "EUR", "qualifier", "exact", "status", "pledged")));
        line.put("statements", List.of(Map.of("speaker", key + "-actor", "role", PAYLOADS.get(14), "kind", "quote",
                "text", word + " " + PAYLOADS.get(3), "place", PAYLOADS.get(15), "topics", List.of(key + "-topic"),
                "initiatives", List.of(key + "-initiative"), "commitments", List.of(key + "-commitment"))));
        HttpResponse<String> imported = http.importNdjson(JsonMapper.builder().build().writeValueAsString(line) + "\n",
                EDITOR);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"rejected\":0");
        String statement = jdbc.sql("select s.slug from statement s join briefing b on b.id = s.briefing_id where b.slug = ?")
                .param(key + "-import").query(String.class).single();

        List<String> evidence = new ArrayList<>(open("/briefings/" + key + "-import"));
        assertThat(text("return document.querySelector('#main h1').textContent.trim()"))
                .isEqualTo(word + " import " + PAYLOADS.get(8));
        assertThat(text("return document.querySelector('#main').textContent")).contains(TEMPLATE);
        for (String path : List.of("/statements/" + statement, "/commitments/" + key + "-commitment",
                "/actors/" + key + "-actor", "/actors/" + key + "-actor?locale=fr", "/topics/" + key + "-topic",
                "/initiatives/" + key + "-initiative", "/search?q=" + word + "+import")) {
            evidence.addAll(open(path));
        }
        assertThat(evidence).isEmpty();
    }

    @Test
    void aScriptUrlIsNotAcceptedAsTheSourceOfABriefing() {
        SignedInBrowser editor = SignedInBrowser.as(http, EDITOR);
        HttpResponse<String> refused = editor.postForm("/editorial/briefings", List.of(entry("title", word + " source"),
                entry("kind", "PRESS_RELEASE"), entry("lang", "en"), entry("eventDate", "2026-11-20"),
                entry("body", "Body"), entry("sourceUrl", "javascript:window.__xss=1"), entry("version", "0")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from briefing where title = ?").param(word + " source").query(Long.class)
                .single()).isZero();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
