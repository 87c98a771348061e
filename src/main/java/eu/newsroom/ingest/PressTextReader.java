package eu.newsroom.ingest;

import eu.newsroom.ingest.internal.Extractor;
import eu.newsroom.ingest.internal.PlainText;
import eu.newsroom.shared.LanguageGuess;
import eu.newsroom.shared.LanguageTags;
import eu.newsroom.web.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The import assistant's reading of a raw press text (plain or pasted HTML, any EU language) into
 * proposals. Reads only: nothing is stored until an editor accepts the proposals.
 */
@Service
public class PressTextReader {

    /** The largest text read, in UTF-8 bytes. */
    public static final int MAX_TEXT_BYTES = 200 * 1024;
    /** Below this share of letters in Latin, Greek or Cyrillic script a text is not in an EU language. */
    private static final double MIN_EU_SCRIPT_SHARE = 0.8;
    private static final double MAX_CONTROL_SHARE = 0.01;

    private final KnownNames knownNames;

    PressTextReader(KnownNames knownNames) {
        this.knownNames = knownNames;
    }

    /** The proposals for a text; {@code lang} (a BCP 47 tag) is detected when not given. */
    public Extraction read(String raw, String lang) {
        String given = language(lang);
        String text = plainText(raw);
        String detected = given != null ? given : LanguageGuess.of(text).orElse(null);
        String source = given != null ? "given" : detected != null ? "detected" : "unknown";
        return Extractor.extract(text, detected, source, knownNames.load());
    }

    /** The plain text the proposals' offsets count in, after the checks that make a text readable. */
    public static String plainText(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new BadRequestException("ingest.error.empty");
        }
        if (raw.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw new PressTextTooLargeException(MAX_TEXT_BYTES / 1024);
        }
        if (looksBinary(raw)) {
            throw new BadRequestException("ingest.error.binary");
        }
        String text = PlainText.of(raw);
        if (text.isBlank()) {
            throw new BadRequestException("ingest.error.empty");
        }
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters == 0) {
            throw new BadRequestException("ingest.error.noWords");
        }
        long european = text.codePoints().filter(Character::isLetter).filter(PressTextReader::isEuropeanScript).count();
        if (european < MIN_EU_SCRIPT_SHARE * letters) {
            throw new BadRequestException("ingest.error.script");
        }
        return text;
    }

    /** The canonical form of a given language tag; null when none is given. */
    public static String language(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        Optional<String> canonical = LanguageTags.canonical(lang);
        return canonical.orElseThrow(() -> new BadRequestException("ingest.error.lang", abbreviate(lang)));
    }

    private static boolean looksBinary(String raw) {
        long control = raw.chars().filter(c -> c == 0 || c == 0xFFFD
                || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        return raw.indexOf('\0') >= 0 || control > MAX_CONTROL_SHARE * raw.length();
    }

    private static boolean isEuropeanScript(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.CYRILLIC;
    }

    static String abbreviate(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 40 ? clean : clean.substring(0, 40) + "…";
    }
}
