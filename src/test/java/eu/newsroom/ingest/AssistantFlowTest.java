package eu.newsroom.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import assistant as an editor uses it, over real HTTP with a session and CSRF: paste the seed, see the
 * proposals highlighted beside the text, submit the form as a browser would, and find the draft in the database
 * with its statements, commitments and initiatives linked.
 */
@NewsroomTest
class AssistantFlowTest {

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(http.base() + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) throws Exception {
        String form = fields.stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create(http.base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(String user) throws Exception {
        String csrf = Jsoup.parse(get("/login").body()).selectFirst("input[name=_csrf]").val();
        var signedIn = post("/login", List.of(Map.entry("username", user), Map.entry("password", Http.DEMO_PASSWORD),
                Map.entry("_csrf", csrf)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
    }

    /** The review page an editor gets for a pasted text. */
    private Document pastedByAnEditor(String text, String lang) throws Exception {
        signIn("editor@newsroom.example");
        String csrf = Jsoup.parse(get("/editorial/assistant").body()).selectFirst("input[name=_csrf]").val();
        return Jsoup.parse(post("/editorial/assistant", List.of(Map.entry("text", text), Map.entry("lang", lang),
                Map.entry("_csrf", csrf))).body());
    }

    /** What a browser sends for a form: inputs, ticked boxes, selected options and text areas. */
    private static List<Map.Entry<String, String>> submitted(Element form) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            String type = field.attr("type");
            if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                continue;
            }
            String value = switch (field.normalName()) {
                case "select" -> field.select("option[selected]").isEmpty() ? field.select("option").first().val()
                        : field.select("option[selected]").first().val();
                case "textarea" -> field.wholeText();
                default -> field.val();
            };
            fields.add(Map.entry(field.attr("name"), value));
        }
        return fields;
    }

    @Test
    void theAssistantIsForEditorsOnly() throws Exception {
        assertThat(get("/editorial/assistant").statusCode()).isEqualTo(302);
        assertThat(get("/editorial/assistant").headers().firstValue("Location").orElse("")).endsWith("/login");
        signIn("analyst@newsroom.example");
        assertThat(get("/editorial/assistant").statusCode()).isEqualTo(403);
    }

    @Test
    void pastingTheSeedAndSavingGivesADraftWithEverythingLinked() throws Exception {
        signIn("editor@newsroom.example");
        Document paste = Jsoup.parse(get("/editorial/assistant").body());
        String csrf = paste.selectFirst("form[action$=/editorial/assistant] input[name=_csrf]").val();

        var review = post("/editorial/assistant", List.of(Map.entry("text", ExtractApiTest.seed()), Map.entry("lang", ""),
                Map.entry("_csrf", csrf)));
        assertThat(review.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(review.body());
        assertThat(page.select(".source-text mark.hl-commitment").eachText()).contains("über 187 Milliarden EUR",
                "zweijähriges Finanzpaket");
        assertThat(page.select(".source-text mark.hl-dateline").text()).isEqualTo("Brüssel, 1. Dezember 2025");
        assertThat(page.select(".source-text mark.hl-point[id]")).hasSize(3);
        assertThat(page.select(".source-text").text().replaceAll("\\s+", " "))
                .isEqualTo(ExtractApiTest.seed().replaceAll("\\s+", " ").strip());
        assertThat(page.select("input[name=date]").val()).isEqualTo("2025-12-01");
        assertThat(page.select("select[name=statements[0].speaker] option[selected]").val()).isEqualTo("kaja-kallas");

        Element form = page.selectFirst("form[action$=/editorial/assistant/draft]");
        List<Map.Entry<String, String>> fields = new ArrayList<>(submitted(form));
        fields.removeIf(f -> f.getKey().equals("title"));
        fields.add(Map.entry("title", "Kallas: entscheidende Woche für die Diplomatie (Assistent)"));
        // the editor drops the last topic: it must not be linked
        String droppedTopic = page.select("input[name$=.slug][name^=topics]").last().val();
        String lastTopicBox = page.select("input[type=checkbox][name^=topics]").last().attr("name");
        fields.removeIf(f -> f.getKey().equals(lastTopicBox));
        // the text names no donor for the "zweijähriges Finanzpaket": the assistant leaves the donor open (it never
        // guesses one), and the editor chooses it
        List<String> openDonors = fields.stream().filter(f -> f.getKey().matches("commitments\\[\\d+]\\.donor")
                && f.getValue().isBlank()).map(Map.Entry::getKey).toList();
        assertThat(openDonors).as("commitments without a named donor").hasSize(1);
        fields.removeIf(f -> openDonors.contains(f.getKey()));
        openDonors.forEach(key -> fields.add(Map.entry(key, "eu")));
        openDonors.forEach(key -> {
            String accepted = key.replace(".donor", ".accepted");
            assertThat(fields).as("a commitment without a donor is proposed unticked").noneMatch(f -> f.getKey().equals(accepted));
            fields.add(Map.entry(accepted, "true"));
        });

        var saved = post("/editorial/assistant/draft", fields);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        String slug = location.replaceFirst(".*slug=", "");
        assertThat(get("/editorial/assistant/saved?slug=" + slug).body()).contains(slug);

        long id = jdbc.sql("select id from briefing where slug = ?").param(slug).query(Long.class).single();
        assertThat(jdbc.sql("select status from briefing where id = ?").param(id).query(String.class).single())
                .isEqualTo("DRAFT");
        assertThat(jdbc.sql("select count(*) from briefing_point where briefing_id = ?").param(id).query(Integer.class)
                .single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from statement s join actor a on a.id = s.speaker_id"
                + " where s.briefing_id = ? and a.slug = 'kaja-kallas'").param(id).query(Integer.class).single())
                .isGreaterThanOrEqualTo(8);
        List<String> amounts = jdbc.sql("select c.amount::text || ' ' || c.currency || ' ' || c.qualifier from commitment c"
                + " join briefing_commitment bc on bc.commitment_id = c.id where bc.briefing_id = ? and c.amount is not null")
                .param(id).query(String.class).list();
        assertThat(amounts).containsExactly("187000000000.00 EUR OVER");
        assertThat(jdbc.sql("select count(*) from briefing_commitment bc join commitment c on c.id = bc.commitment_id"
                + " where bc.briefing_id = ? and c.amount is null").param(id).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from statement_commitment sc join statement s on s.id = sc.statement_id"
                + " where s.briefing_id = ?").param(id).query(Integer.class).single()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select i.slug from briefing_initiative bi join initiative i on i.id = bi.initiative_id"
                + " where bi.briefing_id = ?").param(id).query(String.class).list())
                .contains("eastern-flank-watch", "defence-readiness-roadmap", "military-mobility-package",
                        "capability-coalitions");
        assertThat(jdbc.sql("select t.slug from briefing_topic bt join topic t on t.id = bt.topic_id where bt.briefing_id = ?")
                .param(id).query(String.class).list()).isNotEmpty().doesNotContain(droppedTopic);
        assertThat(get("/briefings/" + slug).statusCode()).as("a draft is not public").isEqualTo(404);

        int before = jdbc.sql("select count(*) from briefing").query(Integer.class).single();
        assertThat(post("/editorial/assistant/draft", fields).statusCode()).as("saving again updates the draft").isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from briefing").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void theSavedBodyIsTheWholePastedTextWhateverTheEditorUnticks() throws Exception {
        signIn("editor@newsroom.example");
        String csrf = Jsoup.parse(get("/editorial/assistant").body()).selectFirst("input[name=_csrf]").val();
        Document page = Jsoup.parse(post("/editorial/assistant", List.of(Map.entry("text", AssistantFlowTestTexts.EVERY_KIND),
                Map.entry("lang", "de"), Map.entry("_csrf", csrf))).body());
        Element form = page.selectFirst("form[action$=/editorial/assistant/draft]");
        String expected = eu.newsroom.ingest.internal.PlainText.of(AssistantFlowTestTexts.EVERY_KIND);
        assertThat(page.select("input[type=checkbox][name^=points]")).as("the quotation is not a point").hasSize(2);
        for (String kind : List.of("points", "statements", "commitments", "initiatives", "topics", "everything")) {
            List<Map.Entry<String, String>> fields = new ArrayList<>(submitted(form));
            assertThat(kind.equals("everything") || fields.stream().anyMatch(f -> f.getKey().startsWith(kind + "[")
                    && f.getKey().endsWith(".accepted"))).as("a proposal of each kind: " + kind).isTrue();
            fields.removeIf(f -> f.getKey().endsWith(".accepted") && (kind.equals("everything") || f.getKey().startsWith(kind + "[")));
            // a statement whose speaker the assistant left open is dropped with it
            fields.removeIf(f -> f.getKey().startsWith("statements[") && f.getKey().endsWith(".accepted")
                    && speakerLeftOpen(fields, f.getKey()));
            var saved = post("/editorial/assistant/draft", fields);
            assertThat(saved.statusCode()).as(kind + ": " + saved.body()).isEqualTo(302);
            String slug = saved.headers().firstValue("Location").orElseThrow().replaceFirst(".*slug=", "");
            assertThat(jdbc.sql("select body from briefing where slug = ?").param(slug).query(String.class).single())
                    .as("body after unticking " + kind).isEqualTo(expected);
        }
    }

    /**
     * A donor the newsroom does not know is proposed as the text names it, unticked with a note; ticked by the editor,
     * saving adds it as a new institution and makes it the commitment's donor.
     */
    @Test
    void aDonorTheNewsroomDoesNotKnowIsProposedAsTheTextNamesItAndAddedWhenTheEditorTicksIt() throws Exception {
        Document page = pastedByAnEditor("Neue Hilfe für die Ukraine\nBerlin, 4. März 2026 – Die Bundesregierung hat"
                + " der Ukraine im Februar 300 Millionen Euro für die Luftverteidigung bereitgestellt.\n", "de");
        assertThat(page.select("input[name=commitments[0].newDonor]").val()).isEqualTo("Bundesregierung");
        assertThat(page.select("select[name=commitments[0].donor] option[selected]").val()).isIn(null, "");
        assertThat(page.select("#p-commitment-0 .speaker-note").text()).contains("Bundesregierung");
        Element form = page.selectFirst("form[action$=/editorial/assistant/draft]");
        List<Map.Entry<String, String>> fields = new ArrayList<>(submitted(form));
        assertThat(fields).as("proposed unticked").noneMatch(f -> f.getKey().equals("commitments[0].accepted"));
        fields.add(Map.entry("commitments[0].accepted", "true"));

        var saved = post("/editorial/assistant/draft", fields);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String slug = saved.headers().firstValue("Location").orElseThrow().replaceFirst(".*slug=", "");
        assertThat(jdbc.sql("select a.slug || ' ' || a.kind from commitment c join briefing_commitment bc on"
                + " bc.commitment_id = c.id join briefing b on b.id = bc.briefing_id join actor a on a.id = c.donor_id"
                + " where b.slug = ?").param(slug).query(String.class).single())
                .isEqualToIgnoringCase("bundesregierung institution");
    }

    private static boolean speakerLeftOpen(List<Map.Entry<String, String>> fields, String acceptedKey) {
        String prefix = acceptedKey.substring(0, acceptedKey.length() - "accepted".length());
        return fields.stream().filter(f -> f.getKey().equals(prefix + "speaker") || f.getKey().equals(prefix + "newSpeaker"))
                .allMatch(f -> f.getValue().isBlank());
    }

    @Test
    void aStatementWithoutSpeakerIsRefusedWithAMessageAndNothingIsSaved() throws Exception {
        Document page = pastedByAnEditor("Brussels, 2 June 2025 – The Council said the work would go on, and the"
                + " ministers agreed.\nMinister Hanna Virtanen said that \"we will keep going\".", "en");
        List<Map.Entry<String, String>> fields = new ArrayList<>(submitted(page.selectFirst("form[action$=/draft]")));
        fields.replaceAll(f -> f.getKey().endsWith(".newSpeaker") ? Map.entry(f.getKey(), "") : f);
        int before = jdbc.sql("select count(*) from briefing").query(Integer.class).single();
        var refused = post("/editorial/assistant/draft", fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text()).contains("speaker");
        assertThat(jdbc.sql("select count(*) from briefing").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void anEmptyPasteShowsTheFormAgainWithAMessage() throws Exception {
        signIn("editor@newsroom.example");
        String csrf = Jsoup.parse(get("/editorial/assistant").body()).selectFirst("input[name=_csrf]").val();
        var response = post("/editorial/assistant", List.of(Map.entry("text", " "), Map.entry("_csrf", csrf)));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select("[role=alert]").text()).contains("empty");
    }
}
