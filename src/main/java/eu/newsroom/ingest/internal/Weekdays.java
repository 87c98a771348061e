package eu.newsroom.ingest.internal;

import java.util.Locale;
import java.util.Set;

/** Names of the days of the week in the seven languages: capitalised in some, and never a person's name. */
final class Weekdays {

    private static final Set<String> NAMES = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi",
            "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes",
            "sábado", "domingo", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
            "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela", "maandag", "dinsdag",
            "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag");

    private Weekdays() {
    }

    static boolean is(String word) {
        return NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A set of words that may name one twice (the languages share many). */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
