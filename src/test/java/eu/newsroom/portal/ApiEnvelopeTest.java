package eu.newsroom.portal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every list of the read API answers one envelope, and the OpenAPI document names the API and tags by resource. */
@NewsroomTest
class ApiEnvelopeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Http http;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/briefings", "/api/v1/statements", "/api/v1/commitments", "/api/v1/initiatives",
            "/api/v1/actors", "/api/v1/topics"})
    void everyListAnswersTheSameEnvelope(String path) {
        JsonNode list = JSON.readTree(http.json(path).body());
        assertThat(list.isObject()).as(path).isTrue();
        assertThat(list.path("items").isArray()).as(path).isTrue();
        assertThat(list.path("page").asInt(-1)).as(path).isZero();
        assertThat(list.path("size").asInt()).as(path).isPositive();
        assertThat(list.path("total").asLong()).as(path).isGreaterThanOrEqualTo(list.path("items").size());
        assertThat(list.has("totalPages")).as(path).isTrue();
    }

    @Test
    void initiativesAndTopicsPageLikeTheOthers() {
        JsonNode all = JSON.readTree(http.json("/api/v1/initiatives").body());
        JsonNode second = JSON.readTree(http.json("/api/v1/initiatives?page=1&size=5").body());
        assertThat(second.path("items").size()).isEqualTo(5);
        assertThat(second.path("total").asLong()).isEqualTo(all.path("total").asLong());
        assertThat(second.path("items").get(0).path("slug").asString())
                .isEqualTo(all.path("items").get(5).path("slug").asString());
        assertThat(http.json("/api/v1/topics?size=0").statusCode()).isEqualTo(400);
    }

    @Test
    void theOpenApiDocumentHasATitleVersionDescriptionAndOneTagPerResource() {
        JsonNode docs = JSON.readTree(http.json("/api-docs").body());
        assertThat(docs.path("info").path("title").asString()).isEqualTo("EU Defence Newsroom API");
        assertThat(docs.path("info").path("version").asString()).isEqualTo("v1");
        assertThat(docs.path("info").path("description").asString()).contains("items", "total");
        List<String> tags = new ArrayList<>();
        docs.path("tags").forEach(t -> tags.add(t.path("name").asString()));
        assertThat(tags).contains("Briefings", "Statements", "Commitments", "Initiatives", "Actors", "Topics", "Search")
                .noneMatch(t -> t.endsWith("-controller"));
        assertThat(docs.path("paths").path("/api/v1/topics").path("get").path("tags").get(0).asString())
                .isEqualTo("Topics");
        assertThat(docs.path("paths").path("/api/v1/commitments/{slug}").path("get").path("tags").get(0).asString())
                .isEqualTo("Commitments");
    }
}
