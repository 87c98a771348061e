package eu.newsroom.shared;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells the language of a text among the official EU languages Lingua knows (all but Maltese).
 * The detector is built once, on first use, in low-accuracy mode: press texts are long enough for
 * trigrams, and it keeps memory and start-up small.
 */
public final class LanguageGuess {

    private static final int SAMPLE = 3000;

    private LanguageGuess() {
    }

    private static final class Detector {
        static final LanguageDetector INSTANCE = LanguageDetectorBuilder.fromLanguages(Language.BULGARIAN,
                Language.CROATIAN, Language.CZECH, Language.DANISH, Language.DUTCH, Language.ENGLISH, Language.ESTONIAN,
                Language.FINNISH, Language.FRENCH, Language.GERMAN, Language.GREEK, Language.HUNGARIAN, Language.IRISH,
                Language.ITALIAN, Language.LATVIAN, Language.LITHUANIAN, Language.POLISH, Language.PORTUGUESE,
                Language.ROMANIAN, Language.SLOVAK, Language.SLOVENE, Language.SPANISH, Language.SWEDISH)
                .withLowAccuracyMode().build();
    }

    /** The ISO 639-1 code of the text's language, or empty when it cannot be told. */
    public static Optional<String> of(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        Language language = Detector.INSTANCE.detectLanguageOf(sample);
        if (language == Language.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
    }
}
