package eu.newsroom.ingest.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an office written alone later ("Według prezesa", "Według generała") is the office a person was named with
 * earlier ("prezes stoczni Arkadiusz …", "gen. bryg. Antoni …"): an inflected language adds a case ending to the
 * office's word, and a rank is abbreviated with a full stop before a name. The earlier word, whole or abbreviated, is
 * then the start of the later one.
 */
final class OfficeForms {

    /** At most this many letters of a case ending: "prezes-a", "dyrektor-owi", "generał-em". */
    private static final int MAX_ENDING = 3;
    /** A whole word of four letters or more, or an abbreviation of three or more closed by a full stop. */
    private static final Pattern WORD = Pattern.compile("(\\p{L}{4,})|(\\p{L}{3,})\\.");

    private OfficeForms() {
    }

    /** Whether the head of a later office (folded) is a form of a word of the earlier role. */
    static boolean inflects(String head, String earlierRole) {
        Matcher m = WORD.matcher(People.fold(earlierRole));
        while (m.find()) {
            String whole = m.group(1);
            if (whole != null && head.startsWith(whole) && head.length() - whole.length() <= MAX_ENDING) {
                return true;
            }
            if (whole == null && head.startsWith(m.group(2))) {
                return true;
            }
        }
        return false;
    }
}
