package eu.newsroom.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader's query (after {@link QueryText}) as the parts the ranking needs: the units that count towards "enough
 * of the words" (plain words, or alternatives joined by {@code |}), the words and phrases that are required
 * ({@code +word}, {@code "a phrase"}), those excluded ({@code -word}), and the stop words of the query's language,
 * which are searched but not counted. A query with parentheses is searched as the simple query syntax reads it
 * ({@link #grouped}), all words required, as before issue 17.
 */
record QueryPlan(List<String> counted, List<QueryDates.Span> dates, List<String> stopWords, List<String> required,
        List<String> excluded, List<String> sequence, boolean grouped) {

    /**
     * A quoted phrase, possibly with a sign and punctuation around it ("¿\"Kaja Kallas\"?", "«\"air defence\"»"), or
     * anything up to the next space.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "[^\\s\"\\p{L}\\p{N}]*\"[^\"]*\"[^\\s\"\\p{L}\\p{N}]*|\\S+");
    /** Words that join two compounds sharing their last part ("Nord- und Ostsee"), in the seven languages. */
    private static final Set<String> ELLIPSIS_JOINS = Set.of("und", "oder", "bzw.", "and", "or",
            "en", "of", "et", "ou", "y", "o", "e", "i", "lub");

    static QueryPlan of(String text) {
        if (text.indexOf('(') >= 0 || text.indexOf(')') >= 0) {
            return new QueryPlan(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), true);
        }
        List<String> units = new ArrayList<>();
        List<String> required = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<String> sequence = new ArrayList<>();
        boolean joinNext = false;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            // punctuation around a word or phrase is no part of it ("Sturmgewehre?", "¿Qué", "portée ?"): left on, the
            // word was no compound, no stop word and no date, and a lone "?" a unit no item could match
            String token = bare(m.group());
            if (isDash(m.group())) {
                // a dash between the two ends of a period ("März – Mai 2024") is read with the dates, then dropped
                if (!joinNext) {
                    units.add(m.group());
                }
                continue;
            }
            if (token.isEmpty()) {
                continue;
            }
            if (token.equals("|")) {
                joinNext = !units.isEmpty();
                continue;
            }
            if (token.startsWith("-") && token.length() > 1) {
                excluded.add(token.substring(1));
            } else if (token.startsWith("+") && token.length() > 1) {
                required.add(token.substring(1));
            } else if (token.startsWith("\"")) {
                required.add(token);
            } else if (token.equals("+")) {
                continue;
            } else if (joinNext) {
                units.set(units.size() - 1, units.get(units.size() - 1) + " | " + token);
            } else {
                for (String word : hyphenParts(token, text.substring(m.end()))) {
                    units.add(word);
                    sequence.add(word);
                }
            }
            joinNext = false;
        }
        // a date is one unit, matched by the item's date or its words
        List<QueryDates.Span> dates = QueryDates.find(units);
        dates.forEach(d -> d.words().forEach(units::remove));
        units.removeIf(QueryPlan::isDash);
        List<String> stop = StopWords.of(units);
        List<String> content = units.stream().filter(u -> !stop.contains(u)).toList();
        if (content.isEmpty() && dates.isEmpty()) {
            return new QueryPlan(units, dates, List.of(), List.copyOf(required), List.copyOf(excluded),
                    List.copyOf(sequence), false);
        }
        return new QueryPlan(content, dates, stop, List.copyOf(required), List.copyOf(excluded), List.copyOf(sequence), false);
    }

    /**
     * A token without the punctuation before and after its word or phrase: "¿Qué" is "Qué", "Ormuz?" is "Ormuz",
     * "«Rafale»," is "Rafale", "¿\"Kaja Kallas\"?" is the phrase, a French "?" after a space is nothing. The signs that
     * mean something in a query stay: a leading "+" or "-", the "|" of alternatives, a trailing "-" ("Luft- und
     * Raketenabwehr"), and every sign within the word ("F-35", "d'assalto", "U.S"). A "+" or "-" that only stripping
     * uncovered ("«-Rafale»") was no sign the reader typed before a word: it goes with the punctuation. Combining marks
     * are part of the word ("Ukrainę" written with U+0328), as in {@link QueryText}.
     */
    static String bare(String token) {
        int start = 0;
        int end = token.length();
        String sign = "";
        if (token.length() > 1 && (token.charAt(0) == '+' || token.charAt(0) == '-')) {
            sign = token.substring(0, 1);
            start = 1;
        }
        while (start < end && (isPunctuation(token.codePointAt(start))
                || sign.isEmpty() && start > 0 && (token.charAt(start) == '+' || token.charAt(start) == '-'))) {
            start += Character.charCount(token.codePointAt(start));
        }
        while (end > start && isPunctuation(token.codePointBefore(end))) {
            end -= Character.charCount(token.codePointBefore(end));
        }
        return start >= end ? "" : sign + token.substring(start, end);
    }

    private static boolean isPunctuation(int c) {
        return !Character.isLetterOrDigit(c) && !isMark(c) && c != '-' && c != '+' && c != '|' && c != '"';
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Whether a token is only dashes ("-", "–", "—"): no word, but it may join the two ends of a period. */
    private static boolean isDash(String token) {
        return !token.isEmpty() && token.codePoints().allMatch(c -> Character.getType(c) == Character.DASH_PUNCTUATION);
    }

    /**
     * The words of a hyphenated word, each a unit of its own ("SIRTAP-Drohne": an item with "SIRTAP" and another word
     * for a drone has one of them, as it would if the reader had typed a space), kept whole when a part is no word of
     * three letters or more ("F-35", "NIS-2"; "EU-Erklärung": a part of two letters is a code or prefix that says which
     * declaration, and "EU" alone would count as a word the query has in nearly every item). A word cut short by a hyphen before "und", "oder", "and", "en", "et", "i",
     * "e", "y", "o" shares the last part of the next word when that is a compound ("Luft- und Raketenabwehr":
     * "Luftabwehr"), as German and Dutch write it.
     */
    static List<String> hyphenParts(String token, String rest) {
        if (token.length() > 1 && token.endsWith("-") && token.indexOf('-') == token.length() - 1) {
            String stem = token.substring(0, token.length() - 1);
            String[] next = rest.trim().split("\\s+", 3);
            if (next.length >= 2 && ELLIPSIS_JOINS.contains(next[0].toLowerCase(Locale.ROOT))) {
                // the next word without its punctuation ("Luft- und Raketenabwehr?"); "bzw." keeps its dot
                List<String> parts = QueryCompounds.parts(bare(next[1]));
                if (!parts.isEmpty()) {
                    return List.of(stem + parts.get(parts.size() - 1).toLowerCase(Locale.ROOT));
                }
            }
            return List.of(stem);
        }
        String[] parts = token.split("-");
        if (parts.length < 2 || !Arrays.stream(parts).allMatch(
                p -> p.length() >= 3 && p.chars().allMatch(Character::isLetter))) {
            return List.of(token);
        }
        return List.of(parts);
    }

    /**
     * Whether items with fewer of the units than {@link #enough()} may be shown when few or none have enough: a query
     * of two or more units, or one compound (its parts: "Ausbildungsmission" finds a "mission" when nothing has the
     * word or both its parts).
     */
    boolean relaxable() {
        return enough() > 1 || counted.size() == 1 && dates.isEmpty() && !QueryCompounds.parts(counted.get(0)).isEmpty();
    }

    /**
     * How many of the counted units an item must match: all of one or two, all but one of three or four, about two
     * thirds of more (a headline-like query of 6 words: 4).
     */
    int enough() {
        int n = counted.size() + dates.size();
        if (n <= 2) {
            return n;
        }
        if (n <= 4) {
            return n - 1;
        }
        return (int) Math.round(n * 0.65);
    }

    /** Adjacent plain words of the query, for the bonus of items that have them close together. */
    List<String> pairs() {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < sequence.size(); i++) {
            pairs.add(sequence.get(i) + " " + sequence.get(i + 1));
        }
        return pairs;
    }

    boolean onlyRequired() {
        return counted.isEmpty() && dates.isEmpty();
    }

    int units() {
        return counted.size() + dates.size();
    }

    /** How many different units: a word typed twice is still one word. */
    int distinctUnits() {
        return (int) counted.stream().map(u -> u.toLowerCase(Locale.ROOT)).distinct().count()
                + (int) dates.stream().distinct().count();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "counted %s (%d), stop %s, required %s, excluded %s", counted, enough(),
                stopWords, required, excluded);
    }
}
