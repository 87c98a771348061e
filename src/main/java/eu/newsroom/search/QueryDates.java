package eu.newsroom.search;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in a query (issue 17): "1 December 2025", "17. März 2025", "1er décembre 2025", "17 de marzo de 2025",
 * "juillet 2024", "we wrześniu 2025", "w 2026 roku", "März bis Mai 2024", "2025". Month names of the newsroom's seven
 * languages (Polish in the nominative, genitive and locative), day numbers before the month, a year of four digits,
 * the words that only link them, periods from one date to another. Items of that day, month or year rank higher; the
 * words of the date count as one unit of the query, matched by the item's date or by the words.
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
    /** Words that only link the parts of a date: "17 de marzo de 2025", "marzo del 2025", "1st of May". */
    private static final Set<String> LINK_WORDS = Set.of("de", "del", "di", "of");
    /** The word for "year" before a year, in the seven languages ("im Jahr 2026", "en el año 2026"). */
    private static final Set<String> YEAR_NOUNS = Set.of("year", "jahr", "jahres", "annee", "an", "ano", "anno",
            "jaar", "rok", "roku");
    /** The word for "year" after a year: Polish "w 2026 roku", "2026 r.". */
    private static final Set<String> YEAR_AFTER = Set.of("roku", "r", "r.");
    /** Words for "to" between the two ends of a period, and dashes. */
    private static final Set<String> RANGE_WORDS = Set.of("to", "until", "till", "through", "bis", "a", "au", "al",
            "hasta", "tot", "do", "-", "–", "—");
    /**
     * Words that open a period and belong to it: "between July and December 2025", "zwischen Juli und Dezember",
     * "entre juillet et décembre", "tra luglio e dicembre", "tussen juli en december", "między lipcem a grudniem";
     * after these, the word for "and" says "to".
     */
    private static final Set<String> BETWEEN = Set.of("between", "zwischen", "entre", "tra", "fra", "tussen",
            "miedzy");
    private static final Set<String> AND_WORDS = Set.of("and", "und", "et", "y", "e", "en", "a", "i");
    /** Words that open a period from a date on ("from March to May", "von März bis Mai", "od marca do maja"). */
    private static final Set<String> FROM_WORDS = Set.of("from", "von", "vom", "du", "de", "desde", "da", "dal",
            "van", "od");
    /** Ordinals of the parts of a year (halves, quarters) in the seven languages, folded. */
    private static final Map<String, Integer> ORDINALS = ordinals();
    /** The words for a half and a quarter of a year, folded, with the months each spans. */
    private static final Map<String, Integer> YEAR_PARTS = yearParts();
    /**
     * The start, middle and end of a year ("early 2025", "Anfang 2025", "fin 2025", "finales de 2025", "eind 2025",
     * "koniec 2025"): four months, a reader's vague period.
     */
    private static final Map<String, Season> YEAR_PHASES = yearPhases();
    /** Words between the part of a year and the year: "first half of 2024", "ersten Hälfte des Jahres 2024". */
    private static final Set<String> PART_LINKS = Set.of("of", "the", "de", "du", "des", "del", "dell", "della",
            "dello", "van", "het", "jahres", "year", "annee", "ano", "anno", "jaar", "roku", "la", "l");

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
        int i = 0;
        while (i < words.size()) {
            // a word that opens a period ("between", "from", "zwischen", "od") belongs to it
            String opener = i + 1 < words.size() ? fold(words.get(i)) : "";
            boolean between = BETWEEN.contains(opener);
            int start = between || FROM_WORDS.contains(opener) ? i + 1 : i;
            Found found = at(words, start);
            if (found == null && start > i) {
                start = i;
                between = false;
                found = at(words, i);
            }
            if (found == null) {
                i++;
                continue;
            }
            // a period between two dates: "März bis Mai 2024", "from March to May 2024", "od marca do maja 2024"
            Found range = range(words, start, found, between);
            Found date = range != null ? range : found;
            if (date.from() == null) {
                i++;
                continue;
            }
            // "from" alone before a single date says nothing of a period: it stays a word of the query
            int first = range == null && !between ? start : i;
            spans.add(new Span(List.copyOf(words.subList(first, date.end())), date.from(), date.to()));
            i = date.end();
        }
        return spans;
    }

    /** A date read from {@code start} up to {@code end} (exclusive); a month without its year has no year yet. */
    private record Found(int end, LocalDate from, LocalDate to, Integer monthWithoutYear) {
    }

    /**
     * The date that starts at word {@code i}: digits, a day and a month and a year, a month (or season, quarter) and a
     * year, a year; a word between them that only links ("17 de marzo de 2025", "marzo del 2025", "the 1st of May
     * 2025"), the word for "year" before or after the year ("im Jahr 2026", "w 2026 roku", "2026 r.") belong to it. A
     * month named without a year is kept only as the start of a period ({@link #range}).
     */
    private static Found at(List<String> words, int i) {
        Span numeric = numeric(words.get(i));
        if (numeric != null) {
            return new Found(i + 1, numeric.from(), numeric.to(), null);
        }
        // a day before its month: "17. März 2025", "1er décembre 2025", "17 de marzo de 2025"
        if (DAY.matcher(words.get(i)).matches()) {
            int m = skipLink(words, i + 1);
            Integer month = m < words.size() ? MONTHS.get(fold(words.get(m))) : null;
            int y = m + 1 < words.size() ? skipLink(words, m + 1) : words.size();
            if (month != null && isYear(words, y)) {
                LocalDate date = day(Integer.parseInt(words.get(y)), month, words.get(i));
                return date == null ? null : new Found(yearNoun(words, y + 1), date, date, null);
            }
            return null;
        }
        String folded = fold(words.get(i));
        Integer month = MONTHS.get(folded);
        if (month != null) {
            // "December 1, 2025", "December 1st 2025"
            if (i + 2 < words.size() && DAY.matcher(words.get(i + 1).replaceAll(",$", "")).matches()
                    && isYear(words, i + 2)) {
                LocalDate date = day(Integer.parseInt(words.get(i + 2)), month, words.get(i + 1));
                return date == null ? null : new Found(yearNoun(words, i + 3), date, date, null);
            }
            int y = skipLink(words, i + 1);
            if (isYear(words, y)) {
                YearMonth ym = YearMonth.of(Integer.parseInt(words.get(y)), month);
                return new Found(yearNoun(words, y + 1), ym.atDay(1), ym.atEndOfMonth(), null);
            }
            return new Found(i + 1, null, null, month);
        }
        // "first half of 2024", "erstes Quartal 2025", "premier semestre 2024", "pierwsze półrocze 2024"
        Integer ordinal = ORDINALS.get(folded);
        if (ordinal != null && i + 1 < words.size() && YEAR_PARTS.containsKey(fold(words.get(i + 1)))) {
            int months = YEAR_PARTS.get(fold(words.get(i + 1)));
            int y = i + 2;
            while (y < words.size() && y < i + 5 && PART_LINKS.contains(fold(words.get(y)))) {
                y++;
            }
            if (ordinal * months <= 12 && isYear(words, y)) {
                YearMonth first = YearMonth.of(Integer.parseInt(words.get(y)), (ordinal - 1) * months + 1);
                return new Found(yearNoun(words, y + 1), first.atDay(1), first.plusMonths(months - 1L).atEndOfMonth(),
                        null);
            }
            return null;
        }
        Season phase = YEAR_PHASES.get(folded);
        if (phase != null) {
            int y = i + 1;
            while (y < words.size() && y < i + 4 && PART_LINKS.contains(fold(words.get(y)))) {
                y++;
            }
            if (isYear(words, y)) {
                int year = Integer.parseInt(words.get(y));
                return new Found(yearNoun(words, y + 1), phase.from(year), phase.to(year), null);
            }
            return null;
        }
        Season season = SEASONS.get(folded);
        if (season != null) {
            int y = i + 1;
            while (y < words.size() && y < i + 4 && PART_LINKS.contains(fold(words.get(y)))) {
                y++; // "het najaar van 2025", "autumn of 2025", "l'automne de 2025"
            }
            if (isYear(words, y)) {
                int year = Integer.parseInt(words.get(y));
                return new Found(yearNoun(words, y + 1), season.from(year), season.to(year), null);
            }
            return null;
        }
        // "Jahr 2026", "année 2026", "roku 2026": the word for "year" before the year
        int y = YEAR_NOUNS.contains(folded) && i + 1 < words.size() ? i + 1 : i;
        if (isYear(words, y)) {
            int year = Integer.parseInt(words.get(y));
            return new Found(yearNoun(words, y + 1), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null);
        }
        return null;
    }

    /**
     * A period from the date at {@code i} to the date after a word that says "to" ("bis", "à", "hasta", "tot", "do",
     * a dash); the first date may leave out the year the second names ("März bis Mai 2024"), the first month after the
     * second one is of the year before ("November to February 2025").
     */
    private static Found range(List<String> words, int i, Found first, boolean between) {
        int next = first.end();
        if (next + 1 >= words.size() || !RANGE_WORDS.contains(fold(words.get(next)))
                && !(between && AND_WORDS.contains(fold(words.get(next))))) {
            return null;
        }
        Found second = at(words, next + 1);
        if (second == null || second.from() == null) {
            return null;
        }
        LocalDate from = first.from();
        if (from == null) {
            int year = second.from().getYear() - (first.monthWithoutYear() > second.from().getMonthValue() ? 1 : 0);
            from = YearMonth.of(year, first.monthWithoutYear()).atDay(1);
        }
        return from.isAfter(second.to()) ? null : new Found(second.end(), from, second.to(), null);
    }

    /** Past a word that only links a day, month and year ("de", "del", "of"), when one is there. */
    private static int skipLink(List<String> words, int i) {
        return i < words.size() && LINK_WORDS.contains(fold(words.get(i))) ? i + 1 : i;
    }

    /** Past the word for "year" after a year ("2026 roku", "2026 r."), when one is there. */
    private static int yearNoun(List<String> words, int i) {
        return i < words.size() && YEAR_AFTER.contains(fold(words.get(i))) ? i + 1 : i;
    }

    private static boolean isYear(List<String> words, int i) {
        return i < words.size() && YEAR.matcher(words.get(i)).matches();
    }

    private static LocalDate day(int year, int month, String dayWord) {
        int day = Integer.parseInt(dayWord.replaceAll("\\D", ""));
        YearMonth ym = YearMonth.of(year, month);
        return day <= ym.lengthOfMonth() ? ym.atDay(day) : null;
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

    /** Folded: lower case, no diacritics, "ł" as "l", no full stop or comma after it, no elided article before it
     * ("l'automne", "dell'estate", "d'avril"). */
    private static String fold(String word) {
        return MARKS.matcher(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("")
                .replace("ł", "l").replaceAll("[.,]$", "").replaceFirst("^\\p{L}{1,4}['’](?=\\p{L}{3})", "");
    }

    private static Map<String, Integer> ordinals() {
        Map<String, Integer> ordinals = new HashMap<>();
        String[] names = {
            // en, de, fr, es, it, nl, pl
            "first 1st erste ersten erstes erster premier premiere 1er primer primero primera primo prima eerste"
                    + " pierwsze pierwszy pierwszym pierwszej pierwszego",
            "second 2nd zweite zweiten zweites zweiter seconde deuxieme 2e segundo segunda secondo seconda tweede"
                    + " drugie drugi drugim drugiej drugiego",
            "third 3rd dritte dritten drittes troisieme 3e tercer tercero tercera terzo derde trzeci trzecim"
                    + " trzeciego",
            "fourth 4th vierte vierten viertes quatrieme 4e cuarto quarto vierde czwarty czwartym czwartego"};
        for (int n = 0; n < names.length; n++) {
            for (String name : names[n].split(" ")) {
                ordinals.put(name, n + 1);
            }
        }
        return Map.copyOf(ordinals);
    }

    private static Map<String, Integer> yearParts() {
        Map<String, Integer> parts = new HashMap<>();
        for (String half : ("half halfte halbjahr halbjahres halbjahrs semestre semester moitie mitad meta helft"
                + " halfjaar polrocze polroczu polrocza polowie polowa polowy").split(" ")) {
            parts.put(half, 6);
        }
        for (String quarter : ("quarter quartal quartals trimestre trimester kwartaal kwartal kwartale kwartalu")
                .split(" ")) {
            parts.put(quarter, 3);
        }
        return Map.copyOf(parts);
    }

    private static Map<String, Season> yearPhases() {
        Map<String, Season> phases = new HashMap<>();
        for (String early : "early anfang beginn debut principios comienzos inizio begin poczatek poczatku".split(" ")) {
            phases.put(early, new Season(1, 4));
        }
        for (String mid : "mid mitte mediados".split(" ")) {
            phases.put(mid, new Season(5, 4));
        }
        for (String late : "late end ende fin finales final fine eind einde koniec koncu konca".split(" ")) {
            phases.put(late, new Season(9, 4));
        }
        return Map.copyOf(phases);
    }

    private static Map<String, Season> seasons() {
        Map<String, Season> seasons = new HashMap<>();
        // en, de, fr, es, it, nl, pl
        for (String name : "spring fruhjahr fruhling printemps primavera voorjaar lente wiosna wiosna".split(" ")) {
            seasons.put(name, new Season(3, 3));
        }
        for (String name : "summer sommer ete verano estate zomer lato latem lecie".split(" ")) {
            seasons.put(name, new Season(6, 3));
        }
        for (String name : "autumn fall herbst automne otono autunno najaar herfst jesien jesienia".split(" ")) {
            seasons.put(name, new Season(9, 3));
        }
        for (String name : "winter hiver invierno inverno zima zimie".split(" ")) {
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
            // en, de, fr, es, it, nl, pl (nominative, genitive, locative: "w marcu", "we wrześniu")
            "january januar janvier enero gennaio januari styczen stycznia styczniu styczniem jänner",
            "february februar fevrier febrero febbraio februari luty lutego lutym",
            "march marz mars marzo marzo maart marzec marca marcu marcem",
            "april april avril abril aprile april kwiecien kwietnia kwietniu kwietniem",
            "may mai mai mayo maggio mei maj maja maju majem",
            "june juni juin junio giugno juni czerwiec czerwca czerwcu czerwcem",
            "july juli juillet julio luglio juli lipiec lipca lipcu lipcem",
            "august august aout agosto agosto augustus sierpien sierpnia sierpniu sierpniem",
            "september september septembre septiembre settembre september wrzesien wrzesnia wrzesniu wrzesniem",
            "october oktober octobre octubre ottobre oktober pazdziernik pazdziernika pazdzierniku pazdziernikiem",
            "november november novembre noviembre novembre november listopad listopada listopadzie listopadem",
            "december dezember decembre diciembre dicembre december grudzien grudnia grudniu grudniem"};
        Map<String, Integer> months = new HashMap<>();
        for (int m = 0; m < names.length; m++) {
            for (String name : names[m].split(" ")) {
                months.put(fold(name), m + 1);
            }
        }
        return Map.copyOf(months);
    }
}
