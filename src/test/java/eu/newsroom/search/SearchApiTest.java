package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import jakarta.persistence.EntityManagerFactory;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The search API over real HTTP, on the demo corpus indexed at start. */
@NewsroomTest
class SearchApiTest {

    static final String SEED_DE = "2025-12-01-kallas-entscheidende-woche-fuer-die-diplomatie";
    static final String EDITOR = "editor@newsroom.example";

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    org.springframework.context.ApplicationContext application;

    private final JsonMapper json = JsonMapper.builder().build();

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    JsonNode search(String query) {
        HttpResponse<String> response = http.json("/api/v1/search?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    static List<String> slugs(JsonNode answer) {
        List<String> slugs = new ArrayList<>();
        answer.path("hits").forEach(h -> slugs.add(h.path("slug").asString()));
        return slugs;
    }

    /** URLs of every entry, with the other language versions and the statements shown under it. */
    static List<String> allUrls(JsonNode answer) {
        List<String> urls = new ArrayList<>();
        answer.path("hits").forEach(h -> {
            urls.add(h.path("url").asString());
            h.path("otherVersions").forEach(v -> urls.add(v.path("url").asString()));
            h.path("statements").forEach(v -> urls.add(v.path("url").asString()));
        });
        return urls;
    }

    @Test
    void germanWordFindsTheSeedBriefing() {
        JsonNode answer = search("q=" + enc("Unterstützung") + "&type=briefing&lang=de&size=100");
        assertThat(slugs(answer)).contains(SEED_DE);
        JsonNode seed = hitWithSlug(answer, SEED_DE);
        assertThat(seed.path("type").asString()).isEqualTo("briefing");
        assertThat(seed.path("lang").asString()).isEqualTo("de");
        assertThat(seed.path("externalId").asString()).isNotBlank();
        assertThat(seed.path("url").asString()).isEqualTo("/briefings/" + SEED_DE);
        assertThat(seed.path("snippet").asString()).doesNotContain("\uE000").doesNotContain("<mark>");
        assertThat(seed.path("highlights").toString()).containsIgnoringCase("Unterstützung");
        assertThat(answer.path("suggestion").isNull()).isTrue();
    }

    @Test
    void anotherInflectionWithoutUmlautFindsItToo() {
        JsonNode answer = search("q=unterstutzen&type=briefing&lang=de&size=100");
        assertThat(slugs(answer)).contains(SEED_DE);
        // German2 reads "ue" as "ü"
        assertThat(slugs(search("q=Unterstuetzung&type=briefing&lang=de&size=100"))).contains(SEED_DE);
    }

    @Test
    void foldedCompoundFindsTheGermanConcept() {
        JsonNode answer = search("q=Militarmobilitat&lang=de&size=100");
        assertThat(answer.path("total").asLong()).isPositive();
        assertThat(slugs(answer)).contains("2025-11-19-paket-zur-militaerischen-mobilitaet");
    }

    @Test
    void aCompoundTypedFindsTheTextThatSaysItInSeparateWords() {
        // no text has "Mobilitätspaket": the briefing says "Paket zur militärischen Mobilität"
        JsonNode answer = search("q=" + enc("Mobilitätspaket") + "&lang=de&size=100");
        assertThat(answer.path("searched").asString()).isEqualTo("Mobilitätspaket");
        assertThat(slugs(answer)).contains("2025-11-19-paket-zur-militaerischen-mobilitaet");
    }

    @Test
    void initiativesAreFoundByTheirAliasesInAnyLanguage() {
        JsonNode answer = search("q=Ostflankenwache&type=initiative");
        // the initiative the alias names comes first; the Defence Readiness Roadmap, whose description names Eastern
        // Flank Watch among its flagship projects, may follow once the bilingual dictionaries translate the parts
        assertThat(slugs(answer)).first().isEqualTo("eastern-flank-watch");
        assertThat(slugs(answer)).isSubsetOf("eastern-flank-watch", "defence-readiness-roadmap");
        JsonNode hit = answer.path("hits").get(0);
        assertThat(hit.path("url").asString()).isEqualTo("/initiatives/eastern-flank-watch");
        assertThat(hit.path("title").asString()).isEqualTo("Eastern Flank Watch");
        assertThat(http.page(hit.path("url").asString()).statusCode()).isEqualTo(200);
    }

    @Test
    void anInitiativeAliasFindsTheItemsThatReportOnIt() {
        // "drone wall" is an alias of the European Drone Defence Initiative; the roadmap briefings report on it
        // without the words (English: "European Drone Defence Initiative", French: "défense contre les drones")
        JsonNode answer = search("q=drone+wall&size=100");
        assertThat(slugs(answer).get(0)).isEqualTo("european-drone-defence-initiative");
        assertThat(slugs(answer)).contains("2025-10-16-defence-readiness-roadmap-2030");
        // an abbreviation in parentheses of the name is an alias too; the Dutch briefing says "EVF"
        assertThat(slugs(search("q=EPF&lang=nl&size=100")))
                .contains("2024-03-18-raad-verhoogt-vredesfaciliteit-met-5-miljard");
        // a word of a name is not the name: "wall" alone finds no item that only reports on the initiative
        assertThat(slugs(search("q=wall&size=100"))).doesNotContain("2025-10-16-defence-readiness-roadmap-2030");
    }

    @Test
    void anExactPhraseFindsTheBriefingBeforeTheStatementThatQuotesIt() {
        // the English briefing and its statement each say "game changer" once; the short statement used to win on
        // length alone
        List<String> urls = allUrls(search("q=%22game+changer%22&lang=en&size=100"));
        int briefing = urls.indexOf("/briefings/2025-12-01-kallas-decisive-week-for-diplomacy");
        assertThat(briefing).isNotNegative();
        assertThat(urls.stream().filter(u -> u.startsWith("/statements/2025-12-01-kallas-decisive-week-for-diplomacy"))
                .map(urls::indexOf)).isNotEmpty().allMatch(statement -> statement > briefing);
        // a title with the phrase comes first
        assertThat(allUrls(search("q=%22decisive+week%22&size=100")).get(0))
                .isEqualTo("/briefings/2025-12-01-kallas-decisive-week-for-diplomacy");
    }

    @Test
    void polishInflectionsAreStemmed() {
        // the text says "pocisków" (genitive plural); the query is the nominative singular
        assertThat(slugs(search("q=pocisk&lang=pl&type=briefing")))
                .contains("2025-03-19-kallas-proponuje-2-mln-pociskow-dla-ukrainy");
    }

    @Test
    void foldedPlaceNameFindsTheUmlautOne() {
        JsonNode answer = search("q=Brussel&lang=de&type=briefing&size=100");
        assertThat(slugs(answer)).contains(SEED_DE);
    }

    @Test
    void englishQueryFindsGermanAndFrenchItemsThroughTheThesaurus() {
        JsonNode answer = search("q=" + enc("military mobility") + "&type=briefing&size=100");
        List<String> languages = new ArrayList<>();
        answer.path("hits").forEach(h -> {
            languages.add(h.path("lang").asString());
            h.path("otherVersions").forEach(v -> languages.add(v.path("lang").asString()));
        });
        assertThat(languages).contains("en").containsAnyOf("de", "fr");
        // with a language filter only German items are left, and they are found through their topics
        JsonNode german = search("q=" + enc("military mobility") + "&lang=de&size=100");
        assertThat(german.path("total").asLong()).isPositive();
        german.path("hits").forEach(h -> assertThat(h.path("lang").asString()).isEqualTo("de"));
        assertThat(slugs(german)).contains("2025-11-19-paket-zur-militaerischen-mobilitaet");
    }

    @Test
    void facetCountsAddUpAndAgreeWithTheFilters() {
        JsonNode all = search("q=ukraine&size=100");
        long total = all.path("total").asLong();
        assertThat(total).isPositive();
        Map<String, Long> types = counts(all.path("facets").path("type"));
        Map<String, Long> langs = counts(all.path("facets").path("lang"));
        Map<String, Long> years = counts(all.path("facets").path("year"));
        assertThat(types.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        assertThat(langs.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        assertThat(years.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        // a statement is an entry of its own only when its briefing does not match (issue 17): with the type filter
        // the statements of every matching briefing are entries, so there are at least as many
        assertThat(types).containsKeys("briefing", "initiative");

        JsonNode statements = search("q=ukraine&type=statement&size=100");
        assertThat(statements.path("total").asLong()).isGreaterThanOrEqualTo(types.getOrDefault("statement", 0L))
                .isPositive();
        statements.path("hits").forEach(h -> {
            assertThat(h.path("type").asString()).isEqualTo("statement");
            assertThat(h.path("url").asString()).startsWith("/statements/");
        });
        assertThat(counts(statements.path("facets").path("type"))).containsOnlyKeys("statement");

        String someLang = langs.keySet().iterator().next();
        JsonNode oneLanguage = search("q=ukraine&size=100&lang=" + someLang);
        // an entry counts in the language of the version shown; filtered, every item with a version in the language
        assertThat(oneLanguage.path("total").asLong()).isGreaterThanOrEqualTo(langs.get(someLang));
        oneLanguage.path("hits").forEach(h -> assertThat(h.path("lang").asString()).isEqualTo(someLang));
        assertThat(oneLanguage.path("hits").size()).isEqualTo((int) Math.min(100, oneLanguage.path("total").asLong()));
    }

    @Test
    void dateFilterAndDateOrderAreApplied() {
        JsonNode answer = search("q=ukraine&from=2025-01-01&to=2025-12-31&sort=date&size=100");
        assertThat(answer.path("total").asLong()).isPositive();
        assertThat(counts(answer.path("facets").path("year"))).containsOnlyKeys("2025");
        String previous = "9999-12-31";
        for (JsonNode hit : answer.path("hits")) {
            String date = hit.path("date").asString();
            assertThat(date).startsWith("2025-").isLessThanOrEqualTo(previous);
            previous = date;
        }
    }

    @Test
    void statementHitNamesSpeakerAndBriefing() {
        JsonNode answer = search("q=" + enc("gemeinsam innovieren") + "&type=statement&lang=de");
        assertThat(answer.path("total").asLong()).isPositive();
        JsonNode hit = answer.path("hits").get(0);
        assertThat(hit.path("title").asString()).contains("Kallas").contains(":");
        String briefingExternalId = jdbc.sql("select b.external_id from statement s join briefing b on b.id = s.briefing_id"
                + " where s.slug = ?").param(hit.path("slug").asString()).query(String.class).single();
        assertThat(hit.path("externalId").asString()).isEqualTo(briefingExternalId);
    }

    @Test
    void draftAndEmbargoedItemsAndTheirStatementsNeverAppear() {
        List<String> hidden = jdbc.sql("select slug from briefing where status <> 'PUBLISHED' or embargo_until > now()")
                .query(String.class).list();
        assertThat(hidden).as("the demo corpus has a draft and an embargoed item").hasSizeGreaterThanOrEqualTo(2);
        List<String> hiddenStatements = jdbc.sql("select s.slug from statement s join briefing b on b.id = s.briefing_id"
                + " where b.status <> 'PUBLISHED' or b.embargo_until > now()").query(String.class).list();
        assertThat(hiddenStatements).isNotEmpty();
        List<String> hiddenTitles = jdbc.sql("select title from briefing where status <> 'PUBLISHED' or embargo_until > now()")
                .query(String.class).list();
        List<String> queries = new ArrayList<>(List.of("", "q=ukraine", "q=" + enc("European Council preview"), "q=EUFOR", "q=Althea", "q=" + enc("European Council"),
                "q=financing", "q=" + enc("*:*"), "q=-", "sort=date"));
        for (String title : hiddenTitles) {
            queries.add("q=" + enc(title));
            queries.add("q=" + enc(QueryText.plainWords(title).split(" ")[0]));
        }
        for (String query : queries) {
            for (int page = 0; page < 3; page++) {
                JsonNode answer = search(query + "&size=100&page=" + page);
                List<String> urls = allUrls(answer);
                for (String slug : hidden) {
                    assertThat(urls).as(query).doesNotContain("/briefings/" + slug);
                }
                for (String slug : hiddenStatements) {
                    assertThat(urls).as(query).doesNotContain("/statements/" + slug);
                }
            }
        }
    }

    @Test
    void emptyQueryListsAllPublicItemsNewestFirst() {
        JsonNode answer = search("size=100");
        // one entry per item: a translation group of public briefings (their statements under them), an initiative
        long publicGroups = jdbc.sql("select count(distinct translation_group) from briefing where status = 'PUBLISHED'"
                + " and (embargo_until is null or embargo_until <= now())").query(Long.class).single();
        // an initiative is public once an item that carries it is (issue 19)
        long initiatives = jdbc.sql("select count(*) from initiative where public_from <= now()").query(Long.class).single();
        Map<String, Long> types = counts(answer.path("facets").path("type"));
        assertThat(types.get("briefing")).isEqualTo(publicGroups);
        assertThat(types).doesNotContainKey("statement");
        assertThat(types.get("initiative")).isEqualTo(initiatives);
        assertThat(answer.path("total").asLong()).isEqualTo(publicGroups + initiatives);
    }

    @Test
    void anImportedBriefingIsFoundAsSoonAsTheImportReturns() {
        String line = "{\"externalId\":\"search-test-1\",\"lang\":\"de\",\"kind\":\"press-release\","
                + "\"title\":\"Zwölf Quokkaschwärme über Dünkirchen\",\"date\":\"2025-06-02\","
                + "\"body\":\"Die Quokkaschwärme wurden über der Küste gesichtet.\","
                + "\"statements\":[{\"speaker\":\"kaja-kallas\",\"kind\":\"quote\",\"text\":\"Wir zählen die Quokkaschwärme.\"}]}";
        var response = http.importNdjson(line + "\n", EDITOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(response.body()).path("rejected").asInt()).as(response.body()).isZero();
        assertThat(slugs(search("q=" + enc("Dunkirchen quokkaschwarme")))).hasSize(1);
        // one entry: the briefing, with its statement under it
        JsonNode answer = search("q=" + enc("quokkaschwarme"));
        assertThat(answer.path("total").asLong()).isEqualTo(1);
        assertThat(counts(answer.path("facets").path("type"))).containsOnly(Map.entry("briefing", 1L));
        assertThat(answer.path("hits").get(0).path("statements").size()).isEqualTo(1);

        // a re-import that takes the item back to draft hides it and its statement at once
        var unpublished = http.importNdjson(line.replace("\"date\"", "\"status\":\"draft\",\"date\"") + "\n", EDITOR);
        assertThat(unpublished.statusCode()).as(unpublished.body()).isEqualTo(200);
        assertThat(search("q=quokkaschwarme").path("total").asLong()).isZero();
    }

    /**
     * Of two words that only one item has both of (mostly the item in the query's language), the items with one of them
     * are shown too, below it: in another language the other word is often one no source translates.
     */
    @Test
    void twoWordsThatOneItemHasBothOfAlsoFindTheItemsWithOne() {
        importPressReleases(pressRelease("search-test-two-1", "fr", "Les zorvaxiens entraînent des kalumbrites",
                "2025-06-03", "Les zorvaxiens entraînent des kalumbrites près de la côte."),
                pressRelease("search-test-two-2", "fr", "Les zorvaxiens à la frontière", "2025-06-04",
                        "Les zorvaxiens patrouillent à la frontière."));

        JsonNode answer = search("q=" + enc("zorvaxiens kalumbrites"));
        List<String> found = slugs(answer);
        assertThat(found).hasSize(2);
        assertThat(found.get(0)).contains("kalumbrites");
        // the reader is told that items with one of the words were added below
        assertThat(answer.path("notices").toString()).contains("Few items contain all your words");
    }

    /**
     * A word and a date stay both required when an item has both: the date is no word another language translates,
     * and an item of that period without the word is unrelated.
     */
    @Test
    void aWordAndADateThatAnItemHasBothOfDoNotFindThePeriodsOtherItems() {
        importPressReleases(pressRelease("search-test-date-1", "en", "Quorblantes reach the coast", "2031-03-03",
                "The quorblantes reached the coast."),
                pressRelease("search-test-date-2", "en", "Budget talks resume", "2031-03-04",
                        "Budget talks resumed in the capital."));

        JsonNode answer = search("q=" + enc("quorblantes 2031"));
        assertThat(slugs(answer)).hasSize(1).allSatisfy(slug -> assertThat(slug).contains("quorblantes"));
        assertThat(answer.path("notices").toString()).doesNotContain("some of them");
    }

    /**
     * A quoted phrase that few items have as typed: the items with its words apart, or with one of them, come below
     * them (a phrase is said otherwise in most texts, and in the other languages through its words' translations).
     */
    @Test
    void aPhraseThatFewItemsHaveAlsoFindsTheItemsWithItsWordsBelow() {
        importPressReleases(pressRelease("search-test-phrase-1", "en", "Brindled quoxels in the harbour", "2025-06-05",
                "The brindled quoxels were seen in the harbour."),
                pressRelease("search-test-phrase-2", "en", "Quoxels again", "2025-06-06",
                        "Quoxels, some of them brindled, came back."),
                pressRelease("search-test-phrase-3", "en", "A brindled cat", "2025-06-07",
                        "A brindled cat sat on the quay."));

        JsonNode answer = search("q=" + enc("\"brindled quoxels\""));
        List<String> found = slugs(answer);
        assertThat(found).hasSize(3);
        assertThat(found.get(0)).contains("brindled-quoxels");
        assertThat(found.get(1)).contains("quoxels-again");
        assertThat(answer.path("notices").toString()).contains("Few items contain your phrase as typed");
    }

    /**
     * A compound typed alone that few items have: the items with one of its parts come below those with the compound
     * or all its parts ("Gefechtsrationen" / "Tagesrationen").
     */
    @Test
    void aCompoundThatFewItemsHaveAlsoFindsTheItemsWithOneOfItsPartsBelow() {
        importPressReleases(pressRelease("search-test-compound-1", "de", "Gefechtsrationen im Test", "2025-06-08",
                "Die Truppe testet neue Gefechtsrationen."),
                pressRelease("search-test-compound-2", "de", "Tagesrationen bestellt", "2025-06-09",
                        "Das Amt bestellt Tagesrationen bei einem Hersteller."));

        JsonNode answer = search("q=" + enc("Gefechtsrationen"));
        List<String> found = slugs(answer);
        assertThat(found.get(0)).contains("gefechtsrationen");
        assertThat(found).anySatisfy(slug -> assertThat(slug).contains("tagesrationen"));
        assertThat(answer.path("notices").toString()).contains("Few items contain all your words");
    }

    /**
     * A date inside a quoted phrase is a word of the phrase, not a period: the items that lack the phrase but are of
     * that year, or have another of its words, are not added below it.
     */
    @Test
    void aQuotedPhraseWithADateIsNotWidenedToThatPeriodsItems() {
        importPressReleases(pressRelease("search-test-qdate-1", "en", "Zelvorn Day 2033 opens", "2033-09-20",
                "Zelvorn Day 2033 opened the session."),
                pressRelease("search-test-qdate-2", "en", "Harbour budget agreed", "2033-09-21",
                        "The harbour budget was agreed."));

        JsonNode answer = search("q=" + enc("\"Zelvorn Day 2033\""));
        assertThat(slugs(answer)).isNotEmpty().allSatisfy(slug -> assertThat(slug).contains("zelvorn"));
        assertThat(answer.path("notices").toString()).doesNotContain("Few items contain your phrase");
    }

    /** A phrase of stop words only is not widened to every item with one of them. */
    @Test
    void aQuotedPhraseOfStopWordsOnlyIsNotWidenedToAnyStopWord() {
        importPressReleases(pressRelease("search-test-stop-1", "en", "Zelvorn asks", "2025-06-10",
                "The zelvorn asked: to be or not to be."));

        JsonNode answer = search("q=" + enc("\"to be or not to be\""));
        assertThat(answer.path("notices").toString()).doesNotContain("Few items contain your phrase");
    }

    /**
     * An initiative the reader may not see yet (brought by a draft) does not keep the search from widening: were it a
     * name for the anonymous reader, comparing results would tell that the hidden initiative exists.
     */
    @Test
    void anUnpublishedInitiativesNameDoesNotChangeTheWidening() {
        importPressReleases("{\"externalId\":\"search-test-hidden-initiative\",\"lang\":\"en\","
                + "\"kind\":\"press-release\",\"title\":\"Draft plans\",\"date\":\"2026-06-01\",\"body\":\"Plans.\","
                + "\"status\":\"draft\",\"initiatives\":[{\"slug\":\"quorblant-shield\",\"name\":\"Quorblant Shield\","
                + "\"kind\":\"project\",\"status\":\"planning\"}]}",
                pressRelease("search-test-shield-1", "en", "The quorblant shield is tested", "2026-06-02",
                        "A quorblant shield was tested."),
                pressRelease("search-test-shield-2", "en", "Quorblant parts delivered", "2026-06-03",
                        "Quorblant parts were delivered."));

        JsonNode answer = search("q=" + enc("\"Quorblant Shield\""));
        assertThat(slugs(answer)).anySatisfy(slug -> assertThat(slug).contains("quorblant-parts"));
    }

    /**
     * A facet's count is what its filter shows: a phrase that many items have is not widened, so neither is it within
     * one language where fewer than 10 have it.
     */
    @Test
    void aFacetCountIsTheTotalOfItsFilterForAWidenedPhrase() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lines.add(pressRelease("search-test-facet-en-" + i, "en", "Report " + i + " on the zindle quartz",
                    "2025-07-0" + (i % 9 + 1), "Note " + i + ": the zindle quartz was moved."));
        }
        lines.add(pressRelease("search-test-facet-de-1", "de", "Bericht zur zindle quartz", "2025-07-10",
                "Die zindle quartz wurde verlegt."));
        lines.add(pressRelease("search-test-facet-de-2", "de", "Neue Quartz im Lager", "2025-07-11",
                "Eine quartz liegt im Lager."));
        importPressReleases(lines.toArray(String[]::new));

        JsonNode all = search("q=" + enc("\"zindle quartz\""));
        long de = all.path("facets").path("lang").path("de").asLong();
        assertThat(de).isPositive();
        assertThat(search("q=" + enc("\"zindle quartz\"") + "&lang=de").path("total").asLong()).isEqualTo(de);
    }

    /**
     * The entries below a phrase's are marked with the phrase's words, which they have apart, and the answer says how
     * many entries the phrase itself found, where the page draws its divider.
     */
    @Test
    void theEntriesBelowAPhraseAreHighlightedAndTheExactOnesCounted() {
        importPressReleases(pressRelease("search-test-mark-1", "en", "Velmoric tangers at sea", "2025-06-12",
                "The velmoric tangers were at sea."),
                pressRelease("search-test-mark-2", "en", "Tangers ashore", "2025-06-13",
                        "Some tangers came ashore near the port."));

        JsonNode answer = search("q=" + enc("\"velmoric tangers\""));
        assertThat(hitWithSlug(answer, slugs(answer).stream().filter(s -> s.contains("tangers-ashore")).findFirst()
                .orElseThrow()).path("highlights").toString()).containsIgnoringCase("tangers");
        assertThat(answer.path("exactEntries").asLong()).isEqualTo(1);
        // the page draws the divider once, before the first entry below
        String page = http.page("/search?q=" + enc("\"velmoric tangers\"")).body();
        assertThat(page.split("class=\"search-below\"", -1)).hasSize(2);
        assertThat(page.indexOf("class=\"search-below\"")).isBetween(page.indexOf("velmoric-tangers-at-sea"),
                page.indexOf("tangers-ashore"));
        // outside the lists, so that assistive technology does not count the heading as one more result
        int divider = page.indexOf("class=\"search-below\"");
        assertThat(page.lastIndexOf("</ol>", divider)).as("the list of the entries found ends before the heading")
                .isGreaterThan(page.indexOf("velmoric-tangers-at-sea"));
        assertThat(page.indexOf("<ol", divider)).as("the items below in a list of their own")
                .isBetween(divider, page.indexOf("tangers-ashore"));
    }

    /** One press release as a line of the import (no quotes or backslashes in its texts). */
    private static String pressRelease(String externalId, String lang, String title, String date, String body) {
        return "{\"externalId\":\"" + externalId + "\",\"lang\":\"" + lang + "\",\"kind\":\"press-release\","
                + "\"title\":\"" + title + "\",\"date\":\"" + date + "\",\"body\":\"" + body + "\"}";
    }

    private void importPressReleases(String... lines) {
        var response = http.importNdjson(String.join("\n", lines) + "\n", EDITOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(response.body()).path("rejected").asInt()).as(response.body()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced", "AND OR (", "*:*", "-", "\u0000\u0001\u0007 ukraine \u001b", "((ukraine",
            "ukraine)", "| |", "+", "\"\"", "ukraine OR", "~2", "\uE000ukraine\uE001", "<script>alert(1)</script>",
            "%", "\\", "ukraine^3", "a*b?c", "\"military mobility\" -ukraine | defence"})
    void malformedQueriesNeverFail(String q) {
        HttpResponse<String> response = http.json("/api/v1/search?q=" + enc(q));
        assertThat(response.statusCode()).as(q + " -> " + response.body()).isIn(200, 400);
        JsonNode answer = json.readTree(response.body());
        if (response.statusCode() == 400) {
            assertThat(answer.path("message").asString()).isNotBlank();
        } else {
            assertThat(answer.path("total").isNumber()).isTrue();
        }
    }

    @Test
    void malformedQueriesAreExplained() {
        JsonNode unbalanced = search("q=" + enc("\"Unterstützung"));
        assertThat(unbalanced.path("notices").toString()).contains("its words were searched");
        assertThat(unbalanced.path("searched").asString()).isEqualTo("Unterstützung");
        assertThat(slugs(search("q=" + enc("\"Unterstützung") + "&lang=de&type=briefing&size=100"))).contains(SEED_DE);
        JsonNode noWords = search("q=" + enc("AND OR ("));
        assertThat(noWords.path("notices").toString()).contains("no words");
        JsonNode controls = search("q=" + enc("\u0000Unterstützung\u0007\u001b") + "&lang=de&type=briefing&size=100");
        assertThat(controls.path("searched").asString()).isEqualTo("Unterstützung");
        assertThat(slugs(controls)).contains(SEED_DE);
    }

    @Test
    void orWordIsTheOrOperator() {
        long a = search("q=Aspides").path("total").asLong();
        long either = search("q=" + enc("Aspides OR Quokkaschwarmfrei")).path("total").asLong();
        long both = search("q=" + enc("Aspides Quokkaschwarmfrei")).path("total").asLong();
        assertThat(a).isPositive();
        assertThat(either).isEqualTo(a);
        // two plain words where only one occurs: the items with that one (issue 17: a plain query finds nothing
        // only when none of its words occurs)
        assertThat(both).isEqualTo(a);
        assertThat(search("q=" + enc("+Aspides +Quokkaschwarmfrei")).path("total").asLong()).isZero();
        assertThat(search("q=" + enc("Aspides | Quokkaschwarmfrei")).path("total").asLong()).isEqualTo(a);
    }

    @Test
    void exclusionAndPhraseWork() {
        // with the dictionaries and the lexicon built, as in a portal that has run a while: a reversed phrase must find
        // nothing through its translations either (it passed by timing when they were not built yet)
        SearchBackgroundBuilds.await(application);
        long ukraine = search("q=ukraine").path("total").asLong();
        long withoutRussia = search("q=" + enc("ukraine -russia -russland -russie -rusia -russia -rosja -rusland"))
                .path("total").asLong();
        assertThat(withoutRussia).isLessThan(ukraine);
        JsonNode phrase = search("q=" + enc("\"military mobility\""));
        assertThat(phrase.path("total").asLong()).isPositive();
        assertThat(phrase.path("notices").toString()).doesNotContain("phrase as typed");
        // no item has the words in this order: the phrase matches nothing, and its words are shown with a notice
        JsonNode reversed = search("q=" + enc("\"mobility military\""));
        assertThat(reversed.path("notices").toString()).contains("phrase as typed");
        assertThat(reversed.path("searched").asText()).isEqualTo("mobility military");
    }

    /**
     * Review of round 10, MUST 4: quoted phrases of nationality words, each word with some fifteen translations and each
     * phrase with up to 7 × 2⁴ translated phrases, passed the clause limit in the window query: Lucene's
     * TooManyClauses was a 500 (OpenSearch's 400 a retried SearchException). A query of eight such phrases is answered,
     * with results, on the embedded backend as on OpenSearch.
     */
    @Test
    void manyQuotedPhrasesOfNationalitiesStayWithinTheClauseLimit() {
        String phrases = "\"Spanish German French Italian\" \"Polish Dutch Greek Finnish\" \"Swedish Danish Czech Irish\""
                + " \"Hungarian Romanian Bulgarian Croatian\" \"Ukrainian Russian Turkish Norwegian\""
                + " \"Estonian Latvian Lithuanian Slovak\" \"Portuguese Maltese Slovenian Albanian\""
                + " \"Serbian Georgian Armenian Chinese\"";
        HttpResponse<String> response = http.json("/api/v1/search?q=" + enc(phrases));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        // "ukraine" as a ninth, plain word: the phrases, rewritten, leave the query answering with results
        JsonNode answer = search("q=" + enc(phrases + " ukraine"));
        assertThat(answer.path("total").asLong()).isPositive();
        // the same words unquoted: 32 words of some fifteen translations each in the window, the count and the relaxed
        // query
        JsonNode words = search("q=" + enc(phrases.replace("\"", "")));
        assertThat(words.path("total").asLong()).isPositive();
    }

    @Autowired
    IndexQueries indexQueries;

    /**
     * Review of round 10, MUST 4: a window query past the clause limit is asked again with fewer translations, then
     * without any, on Lucene as on OpenSearch (where it had been a retried 400, and here Lucene's TooManyClauses a 500).
     * The limit is lowered for this test just below the clauses of the window of three nationality words (each with
     * some fifteen translations), which one translation a word and field brings far below it.
     */
    @Test
    void aWindowQueryPastTheClauseLimitIsAskedAgainSmaller() {
        String q = "Spanish German French Polish";
        int clauses;
        try (jakarta.persistence.EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchParams params = SearchParams.of(q, null, null, null, null, null, null, null);
            IndexQueries.Request request = indexQueries.open(org.hibernate.search.mapper.orm.Search.session(em), params,
                    java.time.Instant.now());
            clauses = leaves(WindowQueryExport.luceneQuery(request.windowQuery(q, false, false)));
        }
        int limit = org.apache.lucene.search.IndexSearcher.getMaxClauseCount();
        long tooLarge = indexQueries.queriesTooLarge();
        try {
            org.apache.lucene.search.IndexSearcher.setMaxClauseCount(clauses - 3);
            HttpResponse<String> response = http.json("/api/v1/search?q=" + enc(q));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(json.readTree(response.body()).path("total").asLong()).isPositive();
        } finally {
            org.apache.lucene.search.IndexSearcher.setMaxClauseCount(limit);
        }
        assertThat(indexQueries.queriesTooLarge()).as("%d clauses", clauses).isGreaterThan(tooLarge);
    }

    /** The clauses of a query as Lucene's limit counts them: its leaf queries. */
    private static int leaves(org.apache.lucene.search.Query query) {
        int[] leaves = {0};
        query.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur,
                    org.apache.lucene.search.Query parent) {
                return this;
            }

            @Override
            public void visitLeaf(org.apache.lucene.search.Query leaf) {
                leaves[0]++;
            }

            @Override
            public void consumeTerms(org.apache.lucene.search.Query leaf, org.apache.lucene.index.Term... terms) {
                leaves[0]++;
            }
        });
        return leaves[0];
    }

    @Test
    void aPhraseBesideOtherSyntaxIsNeverSearchedAsWords() {
        SearchBackgroundBuilds.await(application);
        assertThat(search("q=" + enc("\"mobility military\" -Aspides")).path("total").asLong()).isZero();
        assertThat(QueryText.phrasesAsWords("\"so lange wie nötig\" Ukraine")).isEqualTo("so lange wie nötig Ukraine");
        assertThat(QueryText.phrasesAsWords("\"a b\" | c")).isNull();
        assertThat(QueryText.phrasesAsWords("plain words")).isNull();
    }

    @Test
    void overlongQueriesAreShortenedWithANotice() {
        String longQuery = "ukraine ".repeat(300);
        JsonNode answer = search("q=" + enc(longQuery));
        assertThat(answer.path("notices").toString()).contains("shortened");
        // 10,000 characters: too long for a URL of the server, or shortened; never a 500
        HttpResponse<String> huge = http.json("/api/v1/search?q=" + "x".repeat(10_000));
        assertThat(huge.statusCode()).isIn(200, 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "page=abc", "page=10001", "size=0", "size=101", "size=x", "from=2025-13-01",
            "to=yesterday", "from=2025-12-31&to=2025-01-01", "lang=xx-!!", "type=commitmentx", "sort=random"})
    void badParametersGetA400WithAClearMessage(String query) {
        HttpResponse<String> api = http.json("/api/v1/search?q=ukraine&" + query);
        assertThat(api.statusCode()).as(api.body()).isEqualTo(400);
        assertThat(json.readTree(api.body()).path("message").asString()).isNotBlank().doesNotContain("Exception");
        HttpResponse<String> page = http.page("/search?q=ukraine&" + query);
        assertThat(page.statusCode()).isEqualTo(400);
        // a reversed date range is said beside the date fields of the search form, the query kept (issue 20 item 4)
        String said = query.equals("from=2025-12-31&to=2025-01-01") ? "id=\"date-range-error\"" : "error-code";
        assertThat(page.body()).contains(said).doesNotContain("Exception");
    }

    @Test
    void pagingWalksThroughAllHits() {
        JsonNode first = search("q=ukraine&lang=en&size=3&page=0");
        JsonNode second = search("q=ukraine&lang=en&size=3&page=1");
        assertThat(first.path("total").asLong()).isGreaterThan(3);
        assertThat(first.path("hits").size()).isEqualTo(3);
        assertThat(slugs(second)).doesNotContainAnyElementsOf(slugs(first));
    }

    private JsonNode hitWithSlug(JsonNode answer, String slug) {
        for (JsonNode hit : answer.path("hits")) {
            if (hit.path("slug").asString().equals(slug)) {
                return hit;
            }
        }
        throw new AssertionError("no hit " + slug + " in " + answer);
    }

    private static Map<String, Long> counts(JsonNode facet) {
        Map<String, Long> counts = new HashMap<>();
        facet.properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    /**
     * The index work of a search holds no database connection: under load a search in a transaction held one of
     * the pool's connections while it waited for the index reader, and the page requests queued for the pool
     * (docs/reliability.md, the soak). Its own reads take a connection for one statement each, through JDBC.
     * The fewer of two counts: the statistics are global, and a background job may open a session meanwhile.
     */
    @Test
    void aSearchOpensNoDatabaseSessionConnection() {
        assertThat(Math.min(sessionConnectionsFor("q=defence"), sessionConnectionsFor("q=Verteidigung&type=briefing")))
                .isZero();
    }

    private long sessionConnectionsFor(String query) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        assertThat(search(query).path("total").asLong()).isPositive();
        return statistics.getConnectCount();
    }
}
