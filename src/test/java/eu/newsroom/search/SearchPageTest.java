package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.search.internal.AnalysisVersionFile;
import eu.newsroom.search.internal.SearchAnalysis;
import eu.newsroom.support.HttpClientForTests.Http;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import eu.newsroom.support.NewsroomTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The /search page as a plain HTML page (a GET form, no JavaScript), and the index lifecycle. */
@NewsroomTest
class SearchPageTest {

    static final String SEED_DE = "/briefings/2025-12-01-kallas-entscheidende-woche-fuer-die-diplomatie";
    static final String SEED_EN = "/briefings/2025-12-01-kallas-decisive-week-for-diplomacy";

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndexAdmin indexAdmin;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void emptySearchPageShowsTheForm() {
        HttpResponse<String> page = http.page("/search?locale=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(page.body()).contains("<form").contains("action=\"/search\"").contains("method=\"get\"")
                .contains("name=\"q\"").contains("Search terms");
        // the only scripts are htmx and the keyboard helpers, served by the app itself; no inline script (the CSP would refuse it)
        assertThat(page.body().split("<script", -1)).hasSize(3);
        assertThat(page.body()).contains("<script src=\"/webjars/htmx.org/2.0.4/dist/htmx.min.js\" defer></script>")
                .contains("<script src=\"/js/newsroom.js\" defer></script>");
    }

    @Test
    void everyPageLinksToTheSearch() {
        assertThat(http.page("/topics?locale=en").body()).contains("href=\"/search\"").contains("action=\"/search\"");
        assertThat(http.page("/topics?locale=de").body()).contains(">Suche<");
        assertThat(http.page("/topics?locale=fr").body()).contains(">Recherche<");
    }

    @Test
    void resultsShowTheReadersVersionWithMarkedMatchesAndFacetLinks() {
        HttpResponse<String> page = http.page("/search?q=" + enc("Unterstützung") + "&type=briefing&locale=de");
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains(SEED_DE).contains("<mark>").contains("Treffer")
                .contains("/search?q=Unterst%C3%BCtzung&amp;type=briefing&amp;lang=de");
        // the English version is the same item: in English, the page shows it and links the German one
        String english = http.page("/search?q=" + enc("Kallas diplomacy") + "&type=briefing&locale=en").body();
        assertThat(english).contains("href=\"" + SEED_EN + "\"");
    }

    @Test
    void malformedQueryIsExplainedOnThePage() {
        HttpResponse<String> page = http.page("/search?q=" + enc("\"Unterstützung") + "&locale=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("its words were searched instead").contains(SEED_DE.substring(11));
        String french = http.page("/search?q=" + enc("AND OR (") + "&locale=fr").body();
        assertThat(french).contains("aucun mot");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced", "AND OR (", "*:*", "-", "\u0001\u0002", "<b>bold</b>"})
    void badQueriesAnswerAPage(String q) {
        HttpResponse<String> page = http.page("/search?q=" + enc(q));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<b>bold</b>").doesNotContain("Exception");
    }

    @Test
    void markupInTheTextIsEscapedInSnippets() {
        String line = "{\"externalId\":\"search-xss-1\",\"lang\":\"en\",\"kind\":\"press-release\","
                + "\"title\":\"Zebrafinch <b>report</b>\",\"date\":\"2025-06-03\","
                + "\"body\":\"<script>alert('x')</script> The zebrafinch flock <img src=x onerror=alert(1)> was counted.\"}";
        var imported = http.importNdjson(line + "\n", "editor@newsroom.example");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        String body = http.page("/search?q=zebrafinch&locale=en").body();
        assertThat(body).contains("<mark>zebrafinch</mark>").contains("&lt;script&gt;").contains("&lt;img")
                .doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>report</b>");
    }

    @Test
    void massIndexerRebuildsTheWholeIndex() throws InterruptedException {
        long rows = jdbc.sql("select (select count(*) from briefing) + (select count(*) from statement)"
                        + " + (select count(*) from initiative)")
                .query(Long.class).single();
        SearchIndexAdmin.Rebuild rebuild = indexAdmin.rebuild();
        assertThat(rebuild.documents()).isEqualTo(rows);
        assertThat(indexAdmin.indexedDocuments()).isEqualTo(rows);
        assertThat(http.page("/search?q=" + enc("Unterstützung") + "&lang=de").body()).contains(SEED_DE);
    }

    @Test
    void anIndexWrittenWithAnotherAnalysisIsRebuiltAtStart() throws Exception {
        long id = jdbc.sql("select id from briefing where slug = ?").param(SEED_DE.substring("/briefings/".length()))
                .query(Long.class).single();
        // an index of an older build: it lacks a document and records an older analysis version
        transactions.executeWithoutResult(t -> Search.session(entityManager).indexingPlan()
                .purge(Briefing.class, id, null));
        Path indexRoot = Path.of(entityManagerFactory.getProperties().get("hibernate.search.backend.directory.root")
                .toString());
        Files.writeString(indexRoot.resolve("analysis-version"), "1\n");
        assertThat(http.page("/search?q=" + enc("Unterstützung") + "&lang=de").body()).doesNotContain(SEED_DE);

        indexAdmin.afterPropertiesSet();
        indexAdmin.run(null);

        assertThat(new AnalysisVersionFile(indexRoot).read()).contains(SearchAnalysis.VERSION);
        assertThat(http.page("/search?q=" + enc("Unterstützung") + "&lang=de").body()).contains(SEED_DE);
    }

    /**
     * A field nothing reads is not written: a hit's type and id come from the document's identifier (the window's
     * entity reference), so the index holds no separate id field.
     */
    @Test
    void theIndexHoldsNoFieldNothingReads() {
        for (Class<?> type : java.util.List.of(Briefing.class, eu.newsroom.statement.Statement.class,
                eu.newsroom.initiative.Initiative.class)) {
            // a hit's type and id come from its identifier, what it shows from PostgreSQL (HitRows)
            for (String field : java.util.List.of("entityId", "slug", "externalId", "title", "group")) {
                assertThat(Search.mapping(entityManagerFactory).indexedEntity(type).indexManager().descriptor()
                        .field(field)).as("the %s field of %s", field, type.getSimpleName()).isEmpty();
            }
        }
    }

    @Test
    void aPartOfAGermanCompoundFindsTheCompound() {
        // "Antikorruptionsuntersuchungen" is in the German briefing's text, "Korruption" alone in no text: it is
        // searched as typed (not corrected to "corruption", which the English thesaurus label would find)
        String answer = http.json("/api/v1/search?q=" + enc("Korruption") + "&lang=de&type=briefing").body();
        assertThat(answer).contains("\"searched\":\"Korruption\"").contains(SEED_DE.substring("/briefings/".length()))
                // and "did you mean" knows the part as a word
                .contains("\"suggestion\":null");
    }
}
