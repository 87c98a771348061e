package eu.newsroom.shared;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** BCP 47 language tags as the newsroom stores them: canonical case, and a known primary language. */
public final class LanguageTags {

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private LanguageTags() {
    }

    /** The canonical form of a well-formed tag whose language exists ("DE-at" gives "de-AT"), or empty. */
    public static Optional<String> canonical(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
            if (!ISO_LANGUAGES.contains(locale.getLanguage())) {
                return Optional.empty();
            }
            return Optional.of(locale.toLanguageTag());
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /** The language's name in the reader's locale: "de" shown to a French reader is "allemand". */
    public static String displayName(String tag, Locale reader) {
        return Locale.forLanguageTag(tag).getDisplayLanguage(reader);
    }
}
