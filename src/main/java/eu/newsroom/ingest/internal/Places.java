package eu.newsroom.ingest.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names of states and of the capitals that stand for their governments ("Moscow said", "Berlin insists"), in the
 * seven languages: states from the Java runtime's own country names (CLDR), capitals from a short list. A capitalised
 * word that is a place is no person's name.
 */
final class Places {

    private static final List<String> LANGUAGES = List.of("de", "en", "fr", "es", "it", "pl", "nl");

    /** Capitals and seats of power that press texts use for their governments, as the seven languages write them. */
    private static final List<String> CAPITALS = List.of("Brussels", "Brüssel", "Bruxelles", "Bruselas", "Bruksela",
            "Brussel", "Moscow", "Moskau", "Moscou", "Moscú", "Mosca", "Moskwa", "Moskou", "Kyiv", "Kiew", "Kiev",
            "Kijów", "Kyjiw", "Kiev", "Washington", "Berlin", "Berlino", "Berlín", "Berlijn", "Paris", "Parigi", "París",
            "Paryż", "Parijs", "London", "Londres", "Londra", "Londyn", "Londen", "Warsaw", "Warschau", "Varsovie",
            "Varsovia", "Varsavia", "Warszawa", "Beijing", "Peking", "Pékin", "Pekín", "Pechino", "Pekin", "Rome", "Rom",
            "Roma", "Rzym", "Rome", "Madrid", "Madryt", "Vienna", "Wien", "Vienne", "Viena", "Wiedeń", "Wenen", "Helsinki",
            "Stockholm", "Sztokholm", "Estocolmo", "Stoccolma", "Tallinn", "Riga", "Ryga", "Vilnius", "Wilno", "Prague",
            "Prag", "Praga", "Praag", "Budapest", "Budapeszt", "Bucharest", "Bukarest", "Bucarest", "Bukareszt",
            "Boekarest", "Sofia", "Athens", "Athen", "Athènes", "Atenas", "Atene", "Ateny", "Athene", "Lisbon",
            "Lissabon", "Lisbonne", "Lisboa", "Lizbona", "Copenhagen", "Kopenhagen", "Copenhague", "Kopenhaga",
            "Dublin", "Amsterdam", "Ankara", "Tokyo", "Minsk", "Tbilisi", "Chisinau", "Chișinău", "Ottawa", "Canberra",
            "Oslo", "Bern", "Berne", "Luxembourg", "Luxemburg", "Luxemburgo", "Lussemburgo", "Luksemburg", "Valletta",
            "Nicosia", "Ljubljana", "Zagreb", "Bratislava", "Tehran", "Teheran", "Téhéran", "Pyongyang", "Jerusalem",
            "Strasbourg", "Straßburg", "Estrasburgo", "Strasburgo", "Strasburg", "Straatsburg", "Hague", "Haag", "Haye",
            "Kremlin", "Kreml", "Elysée", "Élysée");

    private static final Set<String> NAMES = new HashSet<>();
    /** States by language: "Malte" is Malta in French and a man's name in German, "Jordan" a state only in English. */
    private static final java.util.Map<String, Set<String>> STATES = new java.util.HashMap<>();

    static {
        for (String country : Locale.getISOCountries()) {
            Locale place = new Locale("", country);
            for (String lang : LANGUAGES) {
                String name = place.getDisplayCountry(Locale.forLanguageTag(lang));
                addWords(name);
                STATES.computeIfAbsent(lang, l -> new HashSet<>()).add(fold(name));
            }
        }
        CAPITALS.forEach(Places::addWords);
        // the words of states' names that stand for a state in several ("United States", "Vereinigte Staaten")
        List.of("Europa", "Europe", "Unia", "Union", "Unione", "Unión", "Unie", "EU", "UE", "States", "Staaten",
                "Vereinigten", "Vereinigte", "Kingdom", "Königreich", "Republic", "Republik", "République", "República",
                "Repubblica", "Republika", "Republiek", "Emirates", "Stati", "Estados", "Unidos", "Uniti", "Stany",
                "Zjednoczone", "Verenigde", "Staten", "Koninkrijk", "Royaume", "Reino", "Regno").forEach(Places::addWords);
        // the continents, a closed class like the states ("… el resto de Europa, América y África, anunció …")
        List.of("Africa", "Afrika", "Afrique", "África", "Afryka", "America", "Amerika", "Amérique", "América",
                "Ameryka", "Asien", "Asie", "Azja", "Azië", "Oceania", "Ozeanien", "Océanie", "Oceanía", "Oceanië",
                "Antarctica", "Antarktis", "Antarctique", "Antártida", "Antartide", "Antarktyda").forEach(Places::addWords);
    }

    private Places() {
    }

    private static void addWords(String name) {
        NAMES.add(fold(name));
    }

    /**
     * As {@link #isPlace(String)}, but a word that names a state only in another language than the text's (French
     * "Malte" in a German text) is no place there.
     */
    static boolean isPlace(String word, String lang) {
        if (!isPlace(word)) {
            return false;
        }
        Set<String> states = lang == null ? null : STATES.get(lang);
        if (states == null || CAPITAL_NAMES.contains(fold(word)) || states.contains(fold(word))) {
            return true;
        }
        boolean elsewhere = STATES.values().stream().anyMatch(s -> s.contains(fold(word)));
        return !elsewhere;
    }

    private static final Set<String> CAPITAL_NAMES = new HashSet<>();

    static {
        CAPITALS.forEach(c -> CAPITAL_NAMES.add(fold(c)));
    }

    /** Whether a capitalised word is the name of a state or a capital (any case ending of at most three letters). */
    static boolean isPlace(String word) {
        String lower = fold(word);
        if (NAMES.contains(lower)) {
            return true;
        }
        // "Estonia's", "Ukrainy", "Niemiec": allow a short ending on names of five letters or more; a case ending may
        // replace the name's last vowel ("Brukseli" for "Bruksela", "Ukrainy" for "Ukraina")
        for (int cut = 1; cut <= 3 && lower.length() - cut >= 4; cut++) {
            String stem = lower.substring(0, lower.length() - cut);
            boolean caseEnding = lower.matches(".*(?:i|y|ie|ę|ą)");
            if (stem.length() >= 5 && NAMES.contains(stem) || caseEnding && (NAMES.contains(stem + "a")
                    || NAMES.contains(stem + "o"))) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String word) {
        return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }
}
