package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17: the result list is a list of items. For many queries and page sizes, through the API and the page: no
 * item on two pages (nor a version or statement of it as an entry of its own), every page full but the last, the
 * pages together hold {@code total} entries, each facet adds up to {@code total}, and the page shows the entries the
 * API gives.
 */
@NewsroomTest
class SearchResultIntegrityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> QUERIES = List.of("Luftverteidigung", "Ukraine", "sanctions", "Kaja Kallas",
            "drones", "European Peace Facility", "defence", "NATO", "Munition", "Russia sanctions package oil",
            "\"Eastern Flank Watch\"", "Ukraine -Russia", "support for Ukraine air defence 2025", "EU", "mobility",
            "Kallas OR Rutte", "\"decisive week\"", "Verteidigungspartnerschaft");
    private static final List<Integer> SIZES = List.of(1, 3, 5, 7, 20);
    private static final Pattern CARD_LINK = Pattern.compile("<li class=\"search-hit\">.*?<h2[^>]*><a href=\"([^\"]+)\"",
            Pattern.DOTALL);

    @Autowired
    Http http;

    @Test
    void everyEntryOnceAndEveryPageFullButTheLast() {
        for (String q : QUERIES) {
            for (int size : SIZES) {
                checkPages(q, size);
            }
        }
    }

    private void checkPages(String q, int size) {
        String query = "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&size=" + size;
        JsonNode first = api(query + "&page=0");
        long total = first.path("total").asLong();
        first.path("facets").properties().forEach(facet -> {
            long sum = 0;
            for (JsonNode count : facet.getValue()) {
                sum += count.asLong();
            }
            assertThat(sum).as("facet %s of '%s'", facet.getKey(), q).isEqualTo(total);
        });
        Set<String> seen = new HashSet<>();
        long counted = 0;
        int pages = (int) ((total + size - 1) / size);
        for (int page = 0; page <= pages; page++) {
            JsonNode answer = page == 0 ? first : api(query + "&page=" + page);
            List<String> entries = new ArrayList<>();
            answer.path("hits").forEach(h -> {
                entries.add(h.path("url").asString());
                List<String> parts = new ArrayList<>(List.of(h.path("url").asString()));
                h.path("otherVersions").forEach(v -> parts.add(v.path("url").asString()));
                h.path("statements").forEach(v -> parts.add(v.path("url").asString()));
                for (String url : parts) {
                    assertThat(seen.add(url)).as("'%s' size %d: %s shown twice", q, size, url).isTrue();
                }
            });
            String where = "'" + q + "' size " + size + " page " + page + " of " + pages + " (total " + total + ")";
            if (page < pages - 1) {
                assertThat(entries).as(where).hasSize(size);
            } else if (page == pages - 1) {
                assertThat(entries).as(where).isNotEmpty().hasSizeLessThanOrEqualTo(size);
            } else {
                assertThat(entries).as(where).isEmpty();
            }
            counted += entries.size();
            if (page < pages && (size == 3 || page == 0)) {
                assertThat(pageLinks(query + "&page=" + page)).as("the page, " + where).isEqualTo(entries);
            }
        }
        assertThat(counted).as("'%s' size %d: entries on all pages", q, size).isEqualTo(total);
    }

    private JsonNode api(String query) {
        HttpResponse<String> response = http.json("/api/v1/search?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private List<String> pageLinks(String query) {
        HttpResponse<String> response = http.page("/search?" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> links = new ArrayList<>();
        Matcher m = CARD_LINK.matcher(response.body());
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }
}
