package eu.newsroom.ingest.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Month names of the EU languages as datelines write them, with the case endings Polish and Czech use. */
final class MonthNames {

    private static final String[][] MONTHS = {
        {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "genn", "styczeń", "stycznia",
            "januari", "janeiro", "leden", "ledna", "ianuarie", "tammikuuta", "január", "siječnja", "januára", "jaanuar",
            "sausio", "janvāris", "gennar", "januarja", "януари", "ιανουαρίου"},
        {"february", "feb", "februar", "février", "févr", "fév", "febrero", "febbraio", "febb", "luty", "lutego", "februari",
            "fevereiro", "únor", "února", "februarie", "helmikuuta", "február", "veljače", "februára", "veebruar",
            "vasario", "februāris", "frar", "februarja", "февруари", "φεβρουαρίου"},
        {"march", "mar", "märz", "mars", "marzo", "marzec", "marca", "maart", "março", "březen", "března",
            "martie", "maaliskuuta", "március", "ožujka", "marca", "märts", "kovo", "marts", "marzu", "marec",
            "марта", "март", "μαρτίου"},
        {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia", "duben", "dubna", "aprilie",
            "huhtikuuta", "április", "travnja", "apríla", "aprill", "balandžio", "aprīlis", "april", "aprila", "април",
            "απριλίου"},
        {"may", "mai", "mayo", "maggio", "mag", "maj", "maja", "mei", "maio", "květen", "května", "toukokuuta",
            "május", "svibnja", "mája", "gegužės", "maijs", "mejju", "maja", "май", "μαΐου"},
        {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "czerwiec", "czerwca", "junho", "červen", "června",
            "iunie", "kesäkuuta", "június", "lipnja", "júna", "juuni", "birželio", "jūnijs", "ġunju", "junija", "юни",
            "ιουνίου"},
        {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "lipiec", "lipca", "julho", "červenec",
            "července", "iulie", "heinäkuuta", "július", "srpnja", "júla", "juuli", "liepos", "jūlijs", "lulju", "julija",
            "юли", "ιουλίου"},
        {"august", "aug", "août", "agosto", "ago", "sierpień", "sierpnia", "augustus", "srpen", "srpna", "elokuuta",
            "augusztus", "kolovoza", "augusta", "rugpjūčio", "augusts", "awwissu", "avgust", "avgusta", "август",
            "αυγούστου"},
        {"september", "sep", "sept", "septembre", "septiembre", "settembre", "sett", "wrzesień", "września",
            "setembro", "září", "septembrie", "syyskuuta", "szeptember", "rujna", "septembra", "septembris",
            "settembru", "septembra", "rugsėjo", "септември", "σεπτεμβρίου"},
        {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "październik", "października",
            "outubro", "říjen", "října", "octombrie", "lokakuuta", "október", "listopada", "októbra", "oktoober",
            "spalio", "oktobris", "ottubru", "oktobra", "октомври", "οκτωβρίου"},
        {"november", "nov", "novembre", "noviembre", "listopad", "listopadu", "novembro", "noiembrie", "marraskuuta",
            "studenoga", "novembra", "novembris", "lapkričio", "novembru", "ноември", "νοεμβρίου"},
        {"december", "dec", "dezember", "dez", "décembre", "déc", "diciembre", "dic", "dicembre", "grudzień",
            "grudnia", "dezembro", "prosinec", "prosince", "decembrie", "joulukuuta", "prosinca", "decembra",
            "detsember", "gruodžio", "decembris", "diċembru", "декември", "δεκεμβρίου"},
    };

    private static final Map<String, Integer> NUMBERS = new HashMap<>();

    static {
        // "marca" (March in Polish) and "listopada" (Croatian October, Polish November) differ by language;
        // the later row wins, which favours Polish, the language the newsroom receives far more often
        for (int m = 0; m < MONTHS.length; m++) {
            for (String name : MONTHS[m]) {
                NUMBERS.put(name, m + 1);
            }
        }
        NUMBERS.put("listopada", 11);
        NUMBERS.put("marca", 3);
    }

    /** A regular-expression alternation of all month names, longest first. */
    static final String ALTERNATION = NUMBERS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .collect(Collectors.joining("|"));

    private MonthNames() {
    }

    /** The month number (1–12) of a name, with or without a final dot, or 0. */
    static int number(String name) {
        return NUMBERS.getOrDefault(name.toLowerCase(Locale.ROOT).replace(".", ""), 0);
    }
}
