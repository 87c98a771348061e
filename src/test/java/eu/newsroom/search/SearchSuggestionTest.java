package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** "Did you mean" and the fallbacks for queries that find nothing as typed. */
@NewsroomTest
class SearchSuggestionTest {

    @Autowired
    Http http;

    private final JsonMapper json = JsonMapper.builder().build();

    JsonNode search(String q) {
        HttpResponse<String> response = http.json("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void misspeltNameIsCorrectedAndItsResultsShown() {
        JsonNode answer = search("Kalas");
        assertThat(answer.path("suggestion").asString()).isEqualTo("kallas");
        assertThat(answer.path("searched").asString()).isEqualTo("kallas");
        assertThat(answer.path("total").asLong()).isPositive();
        assertThat(answer.path("notices").toString()).contains("corrected spelling");
    }

    @Test
    void misspeltWordInAPhraseKeepsTheOperators() {
        assertThat(search("mobilty").path("suggestion").asString()).isEqualTo("mobility");
        JsonNode answer = search("Aspidess -Atalanta");
        assertThat(answer.path("suggestion").asString()).isEqualTo("aspides -Atalanta");
    }

    @Test
    void knownWordsAndNonsenseGetNoSuggestion() {
        assertThat(search("Aspides").path("suggestion").isNull()).isTrue();
        JsonNode nonsense = search("quokkaschwarmfrei");
        assertThat(nonsense.path("suggestion").isNull()).isTrue();
        assertThat(nonsense.path("total").asLong()).isZero();
    }

    @Test
    void wordsFoundOnlyApartAreRelaxedToAnyOfThem() {
        // two of three words are enough (issue 17), so the items with two of them are found without relaxing
        assertThat(search("Japan Korea partnership").path("total").asLong()).isPositive();
        JsonNode answer = search("Aspides Quokkaschwarmfrei");
        assertThat(answer.path("total").asLong()).isPositive();
        assertThat(answer.path("notices").toString()).contains("some of them");
    }

    @Test
    void thePageShowsTheSuggestionAsALink() {
        HttpResponse<String> page = http.get("/search?q=Kalas", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Did you mean").contains("href=\"/search?q=kallas");
    }

    @Autowired
    Suggester suggester;

    @Test
    void aWordPublishedAfterStartUpIsSuggestedOnceTheVocabularyIsRebuilt() {
        String line = "{\"externalId\":\"suggester-rebuild-probe\",\"lang\":\"pt\",\"kind\":\"statement\","
                + "\"title\":\"Nota sobre o Quokkabrückenwerk\",\"date\":\"2001-05-06\",\"body\":\"Texto.\"}\n";
        assertThat(http.importNdjson(line, "editor@newsroom.example").body()).contains("\"rejected\":0");
        // searches answer at once with the vocabulary they have; the import marked it for a rebuild
        suggester.awaitRebuild();
        JsonNode answer = search("Quokkabruckenwerx");
        assertThat(answer.path("suggestion").asString()).isEqualTo("quokkabrückenwerk");
        assertThat(answer.path("total").asLong()).isPositive();
    }

    @Test
    void completionsOfferNamesWithACompoundThatHasATypedPart() {
        // "koal" is no word's start in "Fähigkeitskoalition Drohnen", but the start of one of its parts
        String answer = http.json("/api/v1/search/suggest?q=koal").body();
        assertThat(answer).contains("Fähigkeitskoalition Drohnen");
    }
}
