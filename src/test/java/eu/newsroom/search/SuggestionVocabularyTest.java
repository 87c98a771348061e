package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The suggester's vocabulary is kept item by item (issue 22): an item's words enter when it is public, change with a
 * correction and leave when it stops being public, without reading every text again; a draft's or an embargoed item's
 * words never enter early.
 */
@NewsroomTest
class SuggestionVocabularyTest {

    @Autowired
    Http http;
    @Autowired
    Suggester suggester;
    @Autowired
    VocabularyStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private void importLine(String externalId, String status, String body, String embargo) {
        String line = "{\"externalId\":\"" + externalId + "\",\"lang\":\"de\",\"kind\":\"statement\",\"status\":\""
                + status + "\"," + (embargo == null ? "" : "\"embargoUntil\":\"" + embargo + "\",")
                + "\"title\":\"Vokabelprobe " + externalId + "\",\"date\":\"2001-05-06\",\"body\":\"" + body + "\"}\n";
        assertThat(http.importNdjson(line, "chief@newsroom.example").body()).contains("\"rejected\":0");
        suggester.awaitRebuild();
    }

    private Integer items(String folded) {
        return jdbc.sql("select items from search_vocabulary where folded = :w").param("w", folded)
                .query(Integer.class).optional().orElse(null);
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        store.words().forEach(w -> counts.put(w.folded(), w.items()));
        return counts;
    }

    private String suggestion(String q) {
        return http.json("/api/v1/search?q=" + q).body();
    }

    @Test
    void aPublishedItemsWordsEnterAndACorrectionReplacesThem() {
        importLine("vocab-probe-1", "published", "Der Zwoggelfeldbericht liegt vor.", null);
        assertThat(items("zwoggelfeldbericht")).isEqualTo(1);
        assertThat(suggestion("Zwoggelfeldbericth")).contains("\"suggestion\":\"zwoggelfeldbericht\"");

        importLine("vocab-probe-1", "published", "Der Quastenmarkbericht liegt vor.", null);
        assertThat(items("zwoggelfeldbericht")).as("the corrected-away word").isNull();
        assertThat(items("quastenmarkbericht")).isEqualTo(1);
        assertThat(items("liegt")).as("a word of many items keeps its other items").isGreaterThanOrEqualTo(1);
    }

    @Test
    void anItemTakenBackToDraftTakesItsWordsWithIt() {
        importLine("vocab-probe-2", "published", "Die Pfnorkelbrigade tagt.", null);
        assertThat(items("pfnorkelbrigade")).isEqualTo(1);
        importLine("vocab-probe-2", "draft", "Die Pfnorkelbrigade tagt.", null);
        assertThat(items("pfnorkelbrigade")).isNull();
        assertThat(suggestion("Pfnorkelbrigadd")).doesNotContain("pfnorkelbrigade");
    }

    @Test
    void draftsAndEmbargoedItemsBringNoWords() {
        importLine("vocab-probe-3", "draft", "Der Wibbelstaffelplan bleibt intern.", null);
        importLine("vocab-probe-4", "published", "Das Schnurzelgeschwader startet.", "2099-01-01T00:00:00Z");
        assertThat(items("wibbelstaffelplan")).isNull();
        assertThat(items("schnurzelgeschwader")).isNull();
        assertThat(suggestion("Schnurzelgeschwadr")).doesNotContain("schnurzelgeschwader");
    }

    @Test
    void theCountsAgreeWithAFullReadOfThePublicTexts() {
        importLine("vocab-probe-5", "published", "Die Trommelfeuerwache übt.", null);
        // what the item-by-item updates left must be what reading every public text again gives
        // (which surface a word keeps depends on the order in which items came: only the counts are compared)
        Map<String, Integer> incremental = counts();
        jdbc.sql("truncate search_vocabulary, search_vocabulary_item").update();
        store.buildAll(clock.instant());
        Map<String, Integer> full = counts();
        Map<String, String> differences = new TreeMap<>();
        incremental.forEach((w, n) -> {
            if (!n.equals(full.get(w))) {
                differences.put(w, n + " item by item, " + full.get(w) + " read whole");
            }
        });
        full.forEach((w, n) -> {
            if (!incremental.containsKey(w)) {
                differences.put(w, "none item by item, " + n + " read whole");
            }
        });
        assertThat(differences).isEmpty();
    }
}
