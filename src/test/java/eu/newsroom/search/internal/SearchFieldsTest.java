package eu.newsroom.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, round 10: the primary language of a hit's tag is asked for every hit of a search; the tags parsed are
 * kept, a bounded number of them, and a tag past the bound is still answered right.
 */
class SearchFieldsTest {

    /** The tags kept are the JVM's: the junk tags of this test must not stay for the tests after it. */
    @AfterEach
    void forgetTheTagsKept() {
        SearchFields.forgetLanguageTags();
    }

    @Test
    void thePrimaryLanguageOfATag() {
        assertThat(SearchFields.primaryLanguage("de-AT")).isEqualTo("de");
        assertThat(SearchFields.primaryLanguage("pt-BR")).isEqualTo("pt");
        assertThat(SearchFields.primaryLanguage("EN")).isEqualTo("en");
        assertThat(SearchFields.primaryLanguage("")).isEmpty();
        assertThat(SearchFields.primaryLanguage(null)).isEmpty();
        assertThat(SearchFields.textFieldFor("nl-BE")).isEqualTo("text_nl");
        assertThat(SearchFields.textFieldFor("pt")).isEqualTo(SearchFields.TEXT_OTHER);
    }

    @Test
    void theTagsKeptAreBoundedAndEveryTagIsAnsweredRight() {
        SearchFields.forgetLanguageTags();
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b++) {
                String tag = "" + a + b + "-CH";
                assertThat(SearchFields.primaryLanguage(tag)).as(tag)
                        .isEqualTo(Locale.forLanguageTag(tag).getLanguage());
                assertThat(SearchFields.primaryLanguage(tag)).as(tag + " again")
                        .isEqualTo(Locale.forLanguageTag(tag).getLanguage());
            }
        }
        assertThat(SearchFields.languageTagsKept()).isEqualTo(256);
        SearchFields.forgetLanguageTags();
        assertThat(SearchFields.languageTagsKept()).isZero();
        assertThat(SearchFields.primaryLanguage("de-AT")).isEqualTo("de");
        assertThat(SearchFields.languageTagsKept()).isEqualTo(1);
    }
}
