package eu.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The search notices are rendered with arguments (the query's length limits), on the page and in the API, so Spring
 * formats them with {@link MessageFormat}, where a single ASCII apostrophe starts quoted text and is dropped
 * ("Peu d'éléments" would read "Peu déléments"). Every notice must come out with the apostrophes it was written with.
 */
class SearchNoticeMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_de.properties", "messages_fr.properties"})
    void everyNoticeKeepsItsApostrophesWhenFormattedWithArguments(String bundle) throws IOException {
        Properties messages = new Properties();
        try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/" + bundle), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        assertThat(messages.stringPropertyNames()).anyMatch(key -> key.startsWith("search.notice."));
        for (String key : messages.stringPropertyNames()) {
            if (!key.startsWith("search.notice.")) {
                continue;
            }
            String written = messages.getProperty(key);
            String shown = new MessageFormat(written, Locale.ROOT).format(new Object[] {500, 32});
            assertThat(apostrophes(shown)).as(bundle + " " + key + ": " + shown)
                    .isEqualTo(apostrophes(written.replace("''", "'")));
        }
    }

    private static long apostrophes(String text) {
        return text.chars().filter(c -> c == '\'' || c == '\u2019').count();
    }
}
