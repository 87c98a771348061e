package eu.newsroom.ingest.internal;

import eu.newsroom.ingest.Extraction.Dateline;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline at the head of a press text: a place, a comma and a date in any of the usual
 * forms ("Brüssel, 1. Dezember 2025 -", "Brussels, 1 December 2025", "Bruxelles, le 1er décembre 2025",
 * "Bruselas, 1 de diciembre de 2025", "Warszawa, 1 grudnia 2025 r.", "Brussels, December 1, 2025").
 */
public final class DatelineReader {

    private static final String MONTH = "(?<month>" + MonthNames.ALTERNATION + ")\\.?";
    private static final String DAY_FIRST = "(?<day>\\d{1,2})(?:\\.|er|ᵉʳ|º|°|o|st|nd|rd|th)?\\s+(?:de\\s+)?" + MONTH
            + "\\s+(?:de\\s+|del\\s+)?(?<year>\\d{4})(?:\\s*r\\.)?";
    private static final String MONTH_FIRST = "(?<month2>" + MonthNames.ALTERNATION + ")\\.?\\s+(?<day2>\\d{1,2})"
            + "(?:st|nd|rd|th)?,?\\s+(?<year2>\\d{4})";
    private static final String NUMERIC = "(?<day3>\\d{1,2})[./](?<month3>\\d{1,2})[./](?<year3>\\d{4})";
    private static final String ISO = "(?<year4>\\d{4})-(?<month4>\\d{2})-(?<day4>\\d{2})";
    private static final String PLACE_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
    private static final Pattern DATELINE = Pattern.compile("(?iu)^[ (]*(?<place>(?-i:" + PLACE_WORD
            + ")(?:[ -](?:(?-i:" + PLACE_WORD + ")|de|del|la|le|am|an|der|sur|upon|aan|den|nad)){0,3})\\s*,\\s*"
            + "(?:(?:\\p{L}+),\\s*)?(?:le\\s+|den\\s+|am\\s+|el\\s+|il\\s+|dnia\\s+|op\\s+|lo\\s+)?"
            + "(?:" + DAY_FIRST + "|" + MONTH_FIRST + "|" + NUMERIC + "|" + ISO + ")");
    private static final int LINES_TO_LOOK_AT = 3;

    private DatelineReader() {
    }

    /** The dateline on one of the first lines of the text, if it has one with a real date. */
    public static Optional<Dateline> read(String text) {
        int lineStart = 0;
        for (int line = 0; line < LINES_TO_LOOK_AT && lineStart < text.length(); line++) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            Matcher m = DATELINE.matcher(text).region(lineStart, lineEnd);
            if (m.lookingAt()) {
                Optional<LocalDate> date = date(m);
                if (date.isPresent()) {
                    return Optional.of(new Dateline(m.group("place"), date.get(), m.start("place"), m.end()));
                }
            }
            lineStart = lineEnd + 1;
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(Matcher m) {
        try {
            if (m.group("day") != null) {
                return of(m.group("year"), MonthNames.number(m.group("month")), m.group("day"));
            }
            if (m.group("day2") != null) {
                return of(m.group("year2"), MonthNames.number(m.group("month2")), m.group("day2"));
            }
            if (m.group("day3") != null) {
                return of(m.group("year3"), Integer.parseInt(m.group("month3")), m.group("day3"));
            }
            return of(m.group("year4"), Integer.parseInt(m.group("month4")), m.group("day4"));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> of(String year, int month, String day) {
        if (month == 0) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    }
}
