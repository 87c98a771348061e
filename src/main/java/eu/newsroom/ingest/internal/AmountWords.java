package eu.newsroom.ingest.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The words around a figure that make it a sum of money: currencies, scale words, qualifiers, small numbers. */
final class AmountWords {

    private AmountWords() {
    }

    /** Currency signs and codes written before the figure: "€187bn", "EUR 1.5 billion", "US$ 50 million". */
    static final Pattern CURRENCY_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(US\\$|C\\$|A\\$|\\$|€|£|¥|₴|EUR|USD|GBP|PLN"
            + "|CHF|SEK|DKK|NOK|CZK|HUF|RON|BGN|JPY|CAD|AUD|UAH|CNY)[ ]?$");

    /** Currency words written after the figure or its scale word: "187 Milliarden EUR", "90 milliards d'euros". */
    static final Pattern CURRENCY_AFTER = Pattern.compile("(?iu)[ ]?(?:(?:de|di|of)[ ]|d['’])?"
            + "(€|euros?|eur|eura|eurot|euroa|evrov|evra|eiro|евро|ευρώ|us-dollar|us-dollars|us dollars|dollars?|dólares"
            + "|dollari|dolarów|dolary|dolara|usd|\\$|£|gbp|pounds sterling|pounds|pfund|livres sterling|libras esterlinas"
            + "|sterline|funtów|zł|złotych|złote|pln|chf|franken|francs suisses|sek|kronor|dkk|nok|czk|kč|huf|forint"
            + "|ron|lei|bgn|leva|jpy|yen|uah|hryvnias?|cad|aud|cny)(?![\\p{L}])");

    private static final Map<String, String> CURRENCY_CODES = new LinkedHashMap<>();

    static {
        for (String euro : new String[] {"€", "euro", "euros", "eur", "eura", "eurot", "euroa", "evrov", "evra", "eiro",
            "евро", "ευρώ"}) {
            CURRENCY_CODES.put(euro, "EUR");
        }
        for (String dollar : new String[] {"us$", "$", "usd", "dollar", "dollars", "us-dollar", "us-dollars",
            "us dollars", "dólares", "dollari", "dolarów", "dolary", "dolara"}) {
            CURRENCY_CODES.put(dollar, "USD");
        }
        for (String pound : new String[] {"£", "gbp", "pounds", "pounds sterling", "pfund", "livres sterling",
            "libras esterlinas", "sterline", "funtów"}) {
            CURRENCY_CODES.put(pound, "GBP");
        }
        for (String zloty : new String[] {"zł", "złotych", "złote", "pln"}) {
            CURRENCY_CODES.put(zloty, "PLN");
        }
        Map<String, String> others = Map.ofEntries(Map.entry("c$", "CAD"), Map.entry("a$", "AUD"),
                Map.entry("¥", "JPY"), Map.entry("yen", "JPY"), Map.entry("₴", "UAH"), Map.entry("hryvnia", "UAH"),
                Map.entry("hryvnias", "UAH"), Map.entry("franken", "CHF"), Map.entry("francs suisses", "CHF"),
                Map.entry("kronor", "SEK"), Map.entry("kč", "CZK"), Map.entry("forint", "HUF"), Map.entry("lei", "RON"),
                Map.entry("leva", "BGN"));
        CURRENCY_CODES.putAll(others);
    }

    /** The ISO 4217 code of a currency as written. */
    static String currency(String written) {
        String key = written.toLowerCase(Locale.ROOT);
        String code = CURRENCY_CODES.get(key);
        return code != null ? code : written.toUpperCase(Locale.ROOT);
    }

    /** Scale words written out, after an optional space: "Milliarden", "mld", "millones", "bn". */
    static final Pattern SCALE = Pattern.compile("(?iu)[ ]?(mil millones|mil milhões|thousands?|tausend|tsd\\.?|mille"
            + "|milliers|mila|mil|tys\\.|tysięcy|tysiące|tys|duizend|tisíc|millions?|millionen|mio\\.?|millón|millones"
            + "|milione|milioni|mln\\.?|milion(?:y|ów)?|miljoen(?:en)?|milhões|milhão|miljon(?:er|a)?|miljoonaa"
            + "|milijuna|milioane|milionů|millió|billions?|billionen|milliarden?|mrd\\.?|mds|md|milliards?"
            + "|miliard(?:o|i|y|ów|e)?|mld\\.?|miljard(?:en|er|i)?|bilhões|bilhão|mia\\.|milijard[ai]?|milliárd"
            + "|bln\\.?|trillions?|billón|billones|bilione|bilioni|bilion(?:y|ów)?|biljoen(?:en)?|bilião|biliões"
            + "|bn|mn|tn)(?![\\p{L}])");

    /** Abbreviations glued to a figure that has a currency: "€187bn", "EUR 800m", "$5k". */
    static final Pattern SHORT_SCALE = Pattern.compile("(?iu)(bn|b|m|k|tn|mn)(?![\\p{L}])");

    /** The power of ten of a scale word, which for "billion" and its kin depends on the language. */
    static int exponent(String word, String lang) {
        String w = word.toLowerCase(Locale.ROOT).strip().replaceAll("\\.$", "");
        if (w.equals("mil millones") || w.equals("mil milhões")) {
            return 9;
        }
        if (w.startsWith("billion") && !w.equals("billionen")) {
            // "billion" is a thousand million in English, a million million in French and German
            return "fr".equals(lang) || "de".equals(lang) ? 12 : 9;
        }
        if (w.equals("billionen") || w.startsWith("trillion") || w.equals("tn") || w.startsWith("billón")
                || w.startsWith("billones") || w.startsWith("bilion") || w.startsWith("biljoen") || w.startsWith("bili")) {
            return 12;
        }
        if (w.startsWith("milliar") || w.startsWith("miliard") || w.startsWith("miljard") || w.startsWith("milijard")
                || w.equals("mrd") || w.equals("mds") || w.equals("md") || w.equals("mld") || w.startsWith("bilh")
                || w.equals("mia") || w.equals("milliárd") || w.equals("bln") || w.equals("bn") || w.equals("b")) {
            return 9;
        }
        if (w.startsWith("mil") && !w.equals("mil") && !w.equals("mila") && !w.equals("mille") && !w.equals("milliers")
                || w.equals("mio") || w.equals("mln") || w.equals("mn") || w.equals("m")) {
            return 6;
        }
        return 3;
    }

    /** How a figure is qualified by the words just before it. */
    enum Qualifier {
        OVER("over"), ABOUT("about"), UP_TO("up-to");

        final String spelling;

        Qualifier(String spelling) {
            this.spelling = spelling;
        }
    }

    private static final Map<Qualifier, String> QUALIFIERS = orderedMapOf(
            Qualifier.OVER, "über|mehr als|mindestens|more than|over|above|exceeding|in excess of|upwards of|at least"
                    + "|plus de|au moins|au-delà de|más de|por encima de|al menos|oltre|più di|almeno|ponad|powyżej"
                    + "|co najmniej|ruim|meer dan|minstens|ten minste|mais de|pelo menos|över|mer än|yli|peste",
            Qualifier.ABOUT, "rund|etwa|circa|ca\\.|ungefähr|knapp|fast|nahezu|annähernd|geschätzte|about|around"
                    + "|approximately|roughly|some|nearly|almost|close to|an estimated|estimated|environ|près de|quelque"
                    + "|autour de|presque|alrededor de|unos|unas|cerca de|aproximadamente|casi|quasi|intorno a|circa"
                    + "|pari a circa|około|blisko|prawie|ok\\.|szacunkowo|ongeveer|bijna|zo'n|zo’n|rond de|ruwweg"
                    + "|cerca de|cirka|noin|aproximativ",
            Qualifier.UP_TO, "bis zu|höchstens|maximal|up to|as much as|at most|a maximum of|jusqu'à|jusqu’à"
                    + "|un maximum de|hasta|un máximo de|fino a|un massimo di|até|nawet do|maksymalnie|do|tot wel|tot"
                    + "|maximaal|max\\.|maximum|upp till|enintään|până la");

    private static Map<Qualifier, String> orderedMapOf(Qualifier k1, String v1, Qualifier k2, String v2, Qualifier k3,
            String v3) {
        Map<Qualifier, String> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        map.put(k3, v3);
        return map;
    }

    private static final Map<Qualifier, Pattern> QUALIFIER_BEFORE = new LinkedHashMap<>();

    static {
        QUALIFIERS.forEach((qualifier, words) -> QUALIFIER_BEFORE.put(qualifier,
                Pattern.compile("(?iu)(?:^|[^\\p{L}])(" + words + ")\\s*$")));
    }

    /** A qualifier ending right before {@code end}, with where it starts. */
    record Qualified(Qualifier qualifier, int start) {
    }

    static Optional<Qualified> qualifierBefore(String text, int end) {
        int from = Math.max(0, end - 30);
        String window = text.substring(from, end);
        for (var entry : QUALIFIER_BEFORE.entrySet()) {
            var m = entry.getValue().matcher(window);
            // a window that starts inside a word must not read the word's tail as a qualifier ("Grund")
            boolean wholeWord = m.find() && (m.start(1) > 0 || from == 0 || !Character.isLetter(text.charAt(from - 1)));
            if (wholeWord) {
                return Optional.of(new Qualified(entry.getKey(), from + m.start(1)));
            }
        }
        return Optional.empty();
    }

    /** Connectors between the bounds of a range: "5 to 6", "5-6", "zwischen 5 und 6", "entre 5 et 6". */
    static final Pattern RANGE_DASH = Pattern.compile("(?iu)^\\s*(?:-|–|—|to|bis|à|a|al|do|tot|até|až|till|–)\\s*$");
    static final Pattern RANGE_AND = Pattern.compile("(?iu)^\\s*(?:and|und|et|y|e|i|en|och|og|ja|și|a)\\s*$");
    static final Pattern BETWEEN = Pattern.compile("(?iu)(?:^|[^\\p{L}])(between|zwischen|entre|tra|fra|tussen|między"
            + "|pomiędzy|mezi|între|mellan|mellem|von|from|de|od|van|da|desde|dal)\\s+$");
    static final Pattern FROM = Pattern.compile("(?iu)^(?:von|from|de|od|van|da|desde|dal)$");

    /** Small numbers written out before a scale word: "zwei Milliarden Euro", "deux milliards d'euros". */
    static final Map<String, Integer> NUMBER_WORDS = new LinkedHashMap<>();

    static {
        String[][] words = {
            {"a", "one", "ein", "eine", "einer", "un", "une", "uno", "una", "jeden", "jedna", "een", "één", "um", "uma"},
            {"two", "zwei", "deux", "dos", "due", "dwa", "dwie", "twee", "dois", "duas"},
            {"three", "drei", "trois", "tres", "tre", "trzy", "drie", "três"},
            {"four", "vier", "quatre", "cuatro", "quattro", "cztery", "quatro"},
            {"five", "fünf", "cinq", "cinco", "cinque", "pięć", "vijf"},
            {"six", "sechs", "seis", "sei", "sześć", "zes"},
            {"seven", "sieben", "sept", "siete", "sette", "siedem", "zeven", "sete"},
            {"eight", "acht", "huit", "ocho", "otto", "osiem", "oito"},
            {"nine", "neun", "neuf", "nueve", "nove", "dziewięć", "negen"},
            {"ten", "zehn", "dix", "diez", "dieci", "dziesięć", "tien", "dez"},
        };
        for (int n = 0; n < words.length; n++) {
            for (String word : words[n]) {
                NUMBER_WORDS.put(word, n + 1);
            }
        }
    }

    static final Pattern NUMBER_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(" + String.join("|", NUMBER_WORDS.keySet())
            + ")(?=" + SCALE.pattern().substring("(?iu)".length()).replaceFirst("^\\[ \\]\\?", " ") + ")");
}
