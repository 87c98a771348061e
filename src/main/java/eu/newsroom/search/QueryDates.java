package eu.newsroom.search;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Dates in a query (issue 17): "1 December 2025", "17. März 2025", "1er décembre 2025", "juillet 2024",
 * "październik 2026", "2025". Month names of the newsroom's seven languages (Polish also in the genitive), day numbers
 * before the month, a year of four digits. Items of that day, month or year rank higher; the words of the date count
 * as one unit of the query, matched by the item's date or by the words.
 */
final class QueryDates {

    /** A date named in the query: the words that name it (in the query's order) and the days it covers. */
    record Span(List<String> words, LocalDate from, LocalDate to) {

        boolean day() {
            return from.equals(to);
        }
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern DAY = Pattern.compile("([1-9]|[12]\\d|3[01])(\\.|er|st|nd|rd|th|º|°)?");
    private static final Map<String, Integer> MONTHS = months();

    private QueryDates() {
    }

    /** The dates among the query's words (plain words only), each word in at most one date. */
    static List<Span> find(List<String> words) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Integer month = MONTHS.get(fold(words.get(i)));
            boolean yearNext = i + 1 < words.size() && YEAR.matcher(words.get(i + 1)).matches();
            if (month != null && yearNext) {
                int year = Integer.parseInt(words.get(i + 1));
                boolean dayBefore = i > 0 && DAY.matcher(words.get(i - 1)).matches() && !inSpan(spans, i - 1, words);
                if (dayBefore) {
                    int day = Integer.parseInt(words.get(i - 1).replaceAll("\\D", ""));
                    YearMonth ym = YearMonth.of(year, month);
                    if (day <= ym.lengthOfMonth()) {
                        LocalDate date = ym.atDay(day);
                        spans.add(new Span(List.of(words.get(i - 1), words.get(i), words.get(i + 1)), date, date));
                        i++;
                        continue;
                    }
                }
                YearMonth ym = YearMonth.of(year, month);
                spans.add(new Span(List.of(words.get(i), words.get(i + 1)), ym.atDay(1), ym.atEndOfMonth()));
                i++;
            } else if (YEAR.matcher(words.get(i)).matches()) {
                int year = Integer.parseInt(words.get(i));
                spans.add(new Span(List.of(words.get(i)), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
        }
        return spans;
    }

    private static boolean inSpan(List<Span> spans, int index, List<String> words) {
        return !spans.isEmpty() && spans.get(spans.size() - 1).words().contains(words.get(index));
    }

    private static String fold(String word) {
        return MARKS.matcher(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("")
                .replace("ł", "l").replaceAll("[.,]$", "");
    }

    private static Map<String, Integer> months() {
        String[] names = {
            // en, de, fr, es, it, nl, pl (nominative, genitive)
            "january januar janvier enero gennaio januari styczen stycznia jänner",
            "february februar fevrier febrero febbraio februari luty lutego",
            "march marz mars marzo marzo maart marzec marca",
            "april april avril abril aprile april kwiecien kwietnia",
            "may mai mai mayo maggio mei maj maja",
            "june juni juin junio giugno juni czerwiec czerwca",
            "july juli juillet julio luglio juli lipiec lipca",
            "august august aout agosto agosto augustus sierpien sierpnia",
            "september september septembre septiembre settembre september wrzesien wrzesnia",
            "october oktober octobre octubre ottobre oktober pazdziernik pazdziernika",
            "november november novembre noviembre novembre november listopad listopada",
            "december dezember decembre diciembre dicembre december grudzien grudnia"};
        Map<String, Integer> months = new HashMap<>();
        for (int m = 0; m < names.length; m++) {
            for (String name : names[m].split(" ")) {
                months.put(fold(name), m + 1);
            }
        }
        return Map.copyOf(months);
    }
}
