package eu.newsroom.search;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
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

        /** A whole calendar year ("2025"), the least precise date a query names. */
        boolean wholeYear() {
            return from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()));
        }
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern DAY = Pattern.compile("([1-9]|[12]\\d|3[01])(\\.|er|st|nd|rd|th|º|°)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./]((?:19|20)\\d\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("((?:19|20)\\d\\d)-(\\d{2})(?:-(\\d{2}))?");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[./]((?:19|20)\\d\\d)");
    private static final Pattern QUARTER = Pattern.compile("(?i)Q([1-4])[/ ]?((?:19|20)\\d\\d)");
    private static final Map<String, Integer> MONTHS = months();
    private static final Map<String, Season> SEASONS = seasons();

    /** A season of a year, by the months it spans (winter: December of the year before to February). */
    private record Season(int firstMonth, int months) {

        LocalDate from(int year) {
            return YearMonth.of(year, 1).plusMonths(firstMonth - 1L).atDay(1);
        }

        LocalDate to(int year) {
            return YearMonth.of(year, 1).plusMonths(firstMonth - 1L + months - 1L).atEndOfMonth();
        }
    }

    private QueryDates() {
    }

    /** The dates among the query's words (plain words only), each word in at most one date. */
    static List<Span> find(List<String> words) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            Integer month = MONTHS.get(fold(word));
            boolean yearNext = i + 1 < words.size() && YEAR.matcher(words.get(i + 1)).matches();
            // "December 1, 2025", "December 1st 2025"
            boolean dayAndYearNext = i + 2 < words.size() && DAY.matcher(words.get(i + 1).replaceAll(",$", "")).matches()
                    && YEAR.matcher(words.get(i + 2)).matches();
            Span numeric = numeric(word);
            Season season = SEASONS.get(fold(word));
            if (numeric != null) {
                spans.add(numeric);
            } else if (month != null && dayAndYearNext && !yearNext) {
                int day = Integer.parseInt(words.get(i + 1).replaceAll("\\D", ""));
                YearMonth ym = YearMonth.of(Integer.parseInt(words.get(i + 2)), month);
                if (day <= ym.lengthOfMonth()) {
                    LocalDate date = ym.atDay(day);
                    spans.add(new Span(List.of(word, words.get(i + 1), words.get(i + 2)), date, date));
                    i += 2;
                }
            } else if (month != null && yearNext) {
                int year = Integer.parseInt(words.get(i + 1));
                boolean dayBefore = i > 0 && DAY.matcher(words.get(i - 1)).matches() && !inSpan(spans, i - 1, words);
                if (dayBefore) {
                    int day = Integer.parseInt(words.get(i - 1).replaceAll("\\D", ""));
                    YearMonth ym = YearMonth.of(year, month);
                    if (day <= ym.lengthOfMonth()) {
                        LocalDate date = ym.atDay(day);
                        spans.add(new Span(List.of(words.get(i - 1), word, words.get(i + 1)), date, date));
                        i++;
                        continue;
                    }
                }
                YearMonth ym = YearMonth.of(year, month);
                spans.add(new Span(List.of(word, words.get(i + 1)), ym.atDay(1), ym.atEndOfMonth()));
                i++;
            } else if (season != null && yearNext) {
                int year = Integer.parseInt(words.get(i + 1));
                spans.add(new Span(List.of(word, words.get(i + 1)), season.from(year), season.to(year)));
                i++;
            } else if (YEAR.matcher(word).matches()) {
                int year = Integer.parseInt(word);
                spans.add(new Span(List.of(word), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
        }
        return spans;
    }

    /**
     * A date written in digits: "17.03.2025", "17/03/2025", "2025-03-17" (a day), "03/2025", "2025-03" (a month),
     * "Q3/2025".
     */
    private static Span numeric(String word) {
        String w = word.replaceAll("[.,]$", "");
        try {
            Matcher dmy = DAY_MONTH_YEAR.matcher(w);
            if (dmy.matches()) {
                LocalDate date = LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1)));
                return new Span(List.of(word), date, date);
            }
            Matcher iso = ISO_DATE.matcher(w);
            if (iso.matches()) {
                LocalDate date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        iso.group(3) == null ? 1 : Integer.parseInt(iso.group(3)));
                return iso.group(3) == null
                        ? new Span(List.of(word), date, YearMonth.from(date).atEndOfMonth())
                        : new Span(List.of(word), date, date);
            }
            Matcher my = MONTH_YEAR.matcher(w);
            if (my.matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(my.group(2)), Integer.parseInt(my.group(1)));
                return new Span(List.of(word), ym.atDay(1), ym.atEndOfMonth());
            }
            Matcher q = QUARTER.matcher(w);
            if (q.matches()) {
                int quarter = Integer.parseInt(q.group(1));
                YearMonth first = YearMonth.of(Integer.parseInt(q.group(2)), 3 * quarter - 2);
                return new Span(List.of(word), first.atDay(1), first.plusMonths(2).atEndOfMonth());
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private static boolean inSpan(List<Span> spans, int index, List<String> words) {
        return !spans.isEmpty() && spans.get(spans.size() - 1).words().contains(words.get(index));
    }

    private static String fold(String word) {
        return MARKS.matcher(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("")
                .replace("ł", "l").replaceAll("[.,]$", "");
    }

    private static Map<String, Season> seasons() {
        Map<String, Season> seasons = new HashMap<>();
        // en, de, fr, es, it, nl, pl
        for (String name : "spring fruhjahr fruhling printemps primavera voorjaar lente wiosna wiosna".split(" ")) {
            seasons.put(name, new Season(3, 3));
        }
        for (String name : "summer sommer ete verano estate zomer lato latem".split(" ")) {
            seasons.put(name, new Season(6, 3));
        }
        for (String name : "autumn fall herbst automne otono autunno najaar herfst jesien jesienia".split(" ")) {
            seasons.put(name, new Season(9, 3));
        }
        for (String name : "winter hiver invierno inverno zima zima".split(" ")) {
            seasons.put(name, new Season(0, 3));
        }
        // quarters and halves of a year: "Q3 2025", "H1 2026"
        for (int q = 1; q <= 4; q++) {
            seasons.put("q" + q, new Season(3 * q - 2, 3));
        }
        seasons.put("h1", new Season(1, 6));
        seasons.put("h2", new Season(7, 6));
        return Map.copyOf(seasons);
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
