package eu.newsroom.portal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public pages and read API over real HTTP, on the demo corpus loaded at start. */
@NewsroomTest
class PublicPagesTest {

    /** The public address of the test profile (application-test.yaml): absolute links use it, never the request's host. */
    private static final String PUBLIC_BASE = "https://newsroom.test";

    static final String SEED_DE = "/briefings/2025-12-01-kallas-entscheidende-woche-fuer-die-diplomatie";
    static final String SEED_EN = "/briefings/2025-12-01-kallas-decisive-week-for-diplomacy";

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void healthIsUp() {
        var response = http.json("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).path("status").asString()).isEqualTo("UP");
    }

    @Test
    void seedBriefingIsAtItsPermalinkInGermanWithEverythingLinked() {
        var page = http.page(SEED_DE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("lang=\"de\"")
                .contains("Brüssel")
                .contains("Die EU-Führer sagen, dass die Ukraine schnell Geld")
                .contains("/actors/kaja-kallas")
                .contains("High Representative")
                .contains("gemeinsam aufbauen, gemeinsam produzieren und gemeinsam innovieren")
                .contains("/commitments/eu-support-ukraine-187bn")
                .contains("/commitments/ukraine-two-year-financing-package")
                .contains("/initiatives/eastern-flank-watch")
                .contains("/initiatives/defence-readiness-roadmap")
                .contains("/initiatives/military-mobility-package")
                .contains("hreflang=\"en\"")
                .contains(SEED_EN);
    }

    @Test
    void englishVersionLinksBackToTheGermanOneAndCarriesACitation() {
        var page = http.page(SEED_EN);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("hreflang=\"de\"").contains(SEED_DE)
                .contains("EU Defence Newsroom. " + PUBLIC_BASE + SEED_EN)
                .contains("over EUR 187 bn");
        // the page's own date format, not the US form ("December 1, 2025")
        assertThat(page.body()).contains("1 December 2025. EU Defence Newsroom.").doesNotContain("December 1, 2025");
    }

    @Test
    void aStatementPageCarriesACitationInThePagesDateFormat() {
        String slug = jdbc.sql("select s.slug from statement s join briefing b on b.id = s.briefing_id"
                + " where b.slug = ? order by s.position limit 1").param(SEED_EN.substring("/briefings/".length()))
                .query(String.class).single();
        String page = http.page("/statements/" + slug).body();
        assertThat(page).contains("Cite this statement").contains("In: ")
                .contains("1 December 2025. EU Defence Newsroom. " + PUBLIC_BASE + "/statements/" + slug)
                .doesNotContain("December 1, 2025");
        String german = http.getWithHeader("/statements/" + slug, "Accept-Language", "de").body();
        assertThat(german).contains("Diese Aussage zitieren").contains("1. Dezember 2025. EU Defence Newsroom.");
    }

    @Test
    void briefingCarriesNewsArticleJsonLdAndOpenGraphTags() {
        String page = http.page(SEED_DE).body();
        int start = page.indexOf("<script type=\"application/ld+json\">");
        assertThat(start).as("a JSON-LD block").isPositive();
        String json = page.substring(page.indexOf('>', start) + 1, page.indexOf("</script>", start));
        JsonNode article = this.json.readTree(json);
        assertThat(article.path("@type").asString()).isEqualTo("NewsArticle");
        assertThat(article.path("inLanguage").asString()).isEqualTo("de");
        assertThat(article.path("datePublished").asString()).isEqualTo("2025-12-01");
        assertThat(article.path("headline").asString()).startsWith("Kallas nach dem Treffen");
        assertThat(article.path("url").asString()).isEqualTo(PUBLIC_BASE + SEED_DE);
        assertThat(page).contains("<meta property=\"og:type\" content=\"article\">")
                .contains("<meta property=\"og:url\" content=\"" + PUBLIC_BASE + SEED_DE + "\">")
                .contains("<link rel=\"alternate\" hreflang=\"en\" href=\"" + SEED_EN + "\">");
    }

    @Test
    void commitmentsApiGivesTheSeedAmountInUnitsWithCurrencyAndQualifier() {
        var response = http.json("/api/v1/commitments?size=100");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode seed = null;
        for (JsonNode item : json.readTree(response.body()).path("items")) {
            if (item.path("slug").asString().equals("eu-support-ukraine-187bn")) {
                seed = item;
            }
        }
        assertThat(seed).as("the 187 bn commitment").isNotNull();
        assertThat(seed.path("amount").decimalValue()).isEqualByComparingTo(new BigDecimal("187000000000"));
        assertThat(seed.path("amount").toString()).isEqualTo("187000000000");
        assertThat(seed.path("currency").asString()).isEqualTo("EUR");
        assertThat(seed.path("qualifier").asString()).isEqualTo("over");
        assertThat(seed.path("amountEur").decimalValue()).isEqualByComparingTo(new BigDecimal("187000000000"));
        assertThat(seed.path("status").asString()).isEqualTo("delivered");
        assertThat(seed.path("donor").path("slug").asString()).isEqualTo("eu");
        assertThat(seed.path("recipient").path("slug").asString()).isEqualTo("ukraine");
    }

    @Test
    void twoYearPackageHasNoAmountYet() {
        var response = http.json("/api/v1/commitments/ukraine-two-year-financing-package");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode commitment = json.readTree(response.body()).path("commitment");
        assertThat(commitment.path("amount").isNull()).isTrue();
        assertThat(commitment.path("status").asString()).isEqualTo("proposed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/briefings", "/statements", "/commitments", "/initiatives", "/actors", "/topics",
            "/login", "/actors/kaja-kallas", "/initiatives/eastern-flank-watch", "/commitments/eu-support-ukraine-187bn",
            "/topics/military-mobility", "/briefings?lang=de", "/briefings?topic=military-mobility&from=2025-01-01&to=2025-12-31",
            "/statements?speaker=kaja-kallas", "/api/v1/briefings", "/api/v1/statements", "/api/v1/initiatives",
            "/api/v1/actors", "/api/v1/topics", "/api-docs"})
    void everyPublicPageAnswers(String path) {
        assertThat(http.get(path, "text/html,application/json;q=0.9,*/*;q=0.8").statusCode()).isEqualTo(200);
    }

    @Test
    void anInitiativeWithoutAStartIsDatedByTheBriefingThatFirstReportedItNeverByItsLoading() {
        String page = http.page("/initiatives/air-defence-capability-coalition").body();
        assertThat(page).contains("First reported").contains("datetime=\"2025-12-01\"")
                .doesNotContain("datetime=\"" + java.time.LocalDate.now().getYear());
    }

    private static int count(String text, String needle) {
        return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }

    @Test
    void actorPageAndTimelineShowEachStatementOnceInTheReadersLanguageWithTheOthersAlsoIn() {
        // statements of one item in several languages: same position in the language versions of one briefing
        var groups = jdbc.sql("select coalesce(b.translation_group, b.id::text) || '#' || s.position as item,"
                + " bool_or(s.lang = 'en') as english from statement s join briefing b on b.id = s.briefing_id"
                + " join actor a on a.id = s.speaker_id where a.slug = 'kaja-kallas' and b.status = 'PUBLISHED'"
                + " and b.embargo_until is null group by 1").query().listOfRows();
        long english = groups.stream().filter(g -> Boolean.TRUE.equals(g.get("english"))).count();
        assertThat(groups.size()).isLessThan(jdbc.sql("select count(*) from statement s join actor a on a.id = s.speaker_id"
                + " where a.slug = 'kaja-kallas'").query(Integer.class).single());

        String page = http.page("/actors/kaja-kallas").body();
        assertThat(count(page, "<figure class=\"statement")).isEqualTo(groups.size());
        assertThat(count(page, "<blockquote lang=\"en\"")).isEqualTo((int) english);
        assertThat(page).contains("Also in").contains("hreflang=\"de\"");

        String timeline = http.page("/actors/kaja-kallas/timeline").body();
        assertThat(count(timeline, "class=\"tl-statement\"")).isEqualTo(groups.size());
        assertThat(timeline).contains("Also in");
        String german = http.getWithHeader("/actors/kaja-kallas", "Accept-Language", "de").body();
        assertThat(count(german, "<figure class=\"statement")).isEqualTo(groups.size());
        assertThat(german).contains("Auch auf").contains("hreflang=\"en\"");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "/actors/kaja-kallas, /feeds/actors/kaja-kallas.atom",
            "/actors/kaja-kallas/timeline, /feeds/actors/kaja-kallas.atom",
            "/topics/support-to-ukraine, /feeds/topics/support-to-ukraine.atom",
            "/initiatives/eastern-flank-watch, /feeds/initiatives/eastern-flank-watch.atom",
            "/initiatives/eastern-flank-watch/timeline, /feeds/initiatives/eastern-flank-watch.atom",
            "/briefings?lang=de, /feeds/briefings.atom?lang=de"})
    void aPageWithAFeedAnnouncesItAndOffersAVisibleFollowLink(String page, String feed) {
        String body = http.page(page).body();
        assertThat(body).contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"" + feed + "\"")
                .containsPattern("<a href=\"" + java.util.regex.Pattern.quote(feed) + "\" type=\"application/atom\\+xml\"[^>]*>Follow</a>");
        assertThat(http.get(feed, "application/atom+xml").statusCode()).isEqualTo(200);
    }

    /** Beside its feed, an actor's, topic's or initiative's page offers following it by e-mail (the alert module). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "/actors/kaja-kallas, actor, kaja-kallas",
            "/topics/support-to-ukraine, topic, support-to-ukraine",
            "/initiatives/eastern-flank-watch, initiative, eastern-flank-watch"})
    void aFollowedPageOffersTheFeedAndFollowingByMailSideBySide(String page, String kind, String slug) {
        String body = http.page(page).body();
        int feed = body.indexOf(">Follow</a>");
        int mail = body.indexOf("/me/alerts/follow?kind=" + kind + "&amp;slug=" + slug);
        assertThat(feed).as("the feed's Follow link").isPositive();
        assertThat(mail).as("the e-mail Follow link, after the feed's").isGreaterThan(feed);
        assertThat(body.substring(feed, mail)).doesNotContain("</p>");
        assertThat(body).contains(">Follow by e-mail</a>");
    }

    @Test
    void filtersUseAReadersWordsAndChoicesNotSlugs() {
        String briefings = http.page("/briefings").body();
        assertThat(briefings).contains("<select name=\"institution\">").contains("<option value=\"eeas\"")
                .doesNotContain("<input type=\"text\" name=\"institution\"");
        assertThat(http.page("/briefings?institution=eeas").body()).contains("<option value=\"eeas\" selected=\"selected\"");
        String statements = http.page("/statements").body();
        assertThat(statements).doesNotContain("(slug)").doesNotContain("words of it").contains("placeholder=\"e.g. High Representative\"");
    }

    @Test
    void homePageShowsLatestBriefingsCommitmentsAndInitiatives() {
        String body = http.page("/").body();
        assertThat(body).contains("/briefings/").contains("/commitments/").contains("/initiatives/");
    }

    @Test
    void listShowsOneVersionPerTranslationGroupInTheReadersLanguage() {
        // the seed's day only: other tests of this shared context import newer briefings, which would push the seed
        // past the first page of the whole list
        String german = http.page("/briefings?locale=de&size=100&from=2025-12-01&to=2025-12-01").body();
        assertThat(german).contains(SEED_DE).doesNotContain(SEED_EN + "\"");
        String english = http.page("/briefings?locale=en&size=100&from=2025-12-01&to=2025-12-01").body();
        assertThat(english).contains(SEED_EN).doesNotContain(SEED_DE + "\"");
    }

    @Test
    void interfaceSpeaksGermanAndFrenchOnRequest() {
        assertThat(http.page("/?locale=de").body()).contains("Neueste Briefings").contains("lang=\"de\"");
        assertThat(http.page("/?locale=fr").body()).contains("Derniers points presse");
        assertThat(http.page("/?locale=en").body()).contains("Latest briefings");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/briefings?page=-1", "/briefings?size=100000", "/briefings?lang=xx-!!",
            "/briefings?from=2025-13-01", "/briefings?from=yesterday", "/briefings?page=abc",
            "/briefings?from=2025-12-31&to=2025-01-01", "/statements?lang=notalanguage", "/api/v1/briefings?page=-1",
            "/api/v1/commitments?size=0", "/api/v1/briefings?lang=zz"})
    void badParametersGetA400WithAClearMessage(String path) {
        if (!path.startsWith("/api/")) {
            HttpResponse<String> page = http.page(path);
            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.body()).contains("error-code").doesNotContain("Exception").doesNotContain("at eu.newsroom");
        }
        HttpResponse<String> api = http.json(path);
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(json.readTree(api.body()).path("message").asString()).isNotBlank();
    }

    @Test
    void clearMessageNamesTheParameter() {
        assertThat(json.readTree(http.json("/briefings?size=100000").body()).path("message").asString())
                .isEqualTo("The page size must be a number from 1 to 100.");
        assertThat(http.page("/briefings?from=2025-13-01&locale=de").body())
                .contains("Der Parameter &#39;from&#39; muss ein Datum der Form JJJJ-MM-TT sein.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/briefings/no-such-briefing", "/briefings/UPPER..case", "/actors/nobody",
            "/initiatives/none", "/commitments/none", "/statements/none", "/topics/none", "/api/v1/briefings/none",
            "/no/such/page"})
    void unknownAddressesGetA404(String path) {
        if (!path.startsWith("/api/")) {
            assertThat(http.page(path).statusCode()).isEqualTo(404);
        }
        assertThat(http.json(path).statusCode()).isEqualTo(404);
    }

    @Test
    void draftAndEmbargoedBriefingsAreNotPublic() {
        List<String> hidden = jdbc.sql("select slug from briefing where status <> 'PUBLISHED' or embargo_until > now()")
                .query(String.class).list();
        assertThat(hidden).as("the demo corpus has a draft and an embargoed item").hasSizeGreaterThanOrEqualTo(2);
        String lists = http.json("/api/v1/briefings?size=100").body() + http.page("/briefings?size=100").body()
                + http.json("/api/v1/statements?size=100").body();
        List<String> withdrawn = jdbc.sql("select slug from briefing where status = 'WITHDRAWN'").query(String.class).list();
        for (String slug : hidden) {
            // a withdrawn briefing keeps its permalink, which shows the withdrawal notice only
            assertThat(http.page("/briefings/" + slug).statusCode()).isEqualTo(withdrawn.contains(slug) ? 200 : 404);
            assertThat(http.json("/api/v1/briefings/" + slug).statusCode()).isEqualTo(404);
            assertThat(lists).doesNotContain(slug);
        }
    }

    @Test
    void pagesSendSecurityHeaders() {
        var response = http.page("/");
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString().contains("script-src 'self'");
        assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(response.headers().firstValue("Permissions-Policy")).isPresent();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
}
