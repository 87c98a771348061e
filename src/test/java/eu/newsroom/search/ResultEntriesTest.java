package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.search.internal.SearchFields;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, round 10: the reader's language (a primary language, {@link Locale#getLanguage}) chooses the version an
 * entry shows without passing through the parsed tags that {@link SearchFields#primaryLanguage} keeps: a reader's
 * Accept-Language cannot fill them.
 */
class ResultEntriesTest {

    @Test
    void theReadersLanguageChoosesTheVersionAndIsNotKeptAmongTheParsedTags() {
        List<SearchPage.Hit> versions = List.of(hit(1, "en-GB", 2f), hit(2, "de-AT", 1.9f), hit(3, "fr", 1.8f));
        assertThat(ResultEntries.fold(versions, "de")).extracting(SearchPage.Hit::id).containsExactly(2L);
        assertThat(ResultEntries.fold(versions, "fr")).extracting(SearchPage.Hit::id).containsExactly(3L);
        assertThat(ResultEntries.fold(versions, "pl")).extracting(SearchPage.Hit::id).containsExactly(1L);
        int kept = SearchFields.languageTagsKept();
        assertThat(kept).as("room left among the tags kept").isLessThan(200);
        // readers with languages no text has (a junk header's, through Locale): nothing more is kept
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b++) {
                String reader = Locale.forLanguageTag("" + a + b + "-x-junk").getLanguage();
                ResultEntries.fold(versions, reader);
            }
        }
        assertThat(SearchFields.languageTagsKept()).isEqualTo(kept);
    }

    private static SearchPage.Hit hit(long id, String lang, float score) {
        return new SearchPage.Hit("briefing", id, "ext-" + id, "slug-" + id, lang, "Title " + id, "2026-12-07", "",
                score, "/briefings/" + id, "group-1", List.of());
    }
}
