package eu.newsroom.ingest.internal;

import eu.newsroom.ingest.internal.Tokens.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The grammatical gender a pronoun or a dropped subject asks for ("she", "elle", "a-t-il", Polish "powiedziała") and
 * the one an office shows ("Ministerin", "ministra", "directrice", "rzeczniczka", "woordvoerster"; "Minister",
 * "spokesman"), so that "she" is never given to a man the text named last. Unknown (0) whenever the words do not tell:
 * only a clear disagreement counts.
 */
final class Genders {

    static final char UNKNOWN = 0;
    static final char FEMININE = 'f';
    static final char MASCULINE = 'm';
    /** The Polish neuter of a verb's past ("poinformowało"): its subject is a body or a thing, not a person. */
    static final char NEUTER = 'n';

    private static final java.util.Map<String, Set<String>> MASCULINE_PRONOUNS = java.util.Map.of("en",
            Set.of("he", "him"), "de", Set.of("er"), "fr", Set.of("il", "lui"), "es", Set.of("él"), "it", Set.of("lui"),
            "pl", Set.of("on", "niego", "jego"), "nl", Set.of("hij", "hem"));
    private static final java.util.Map<String, Set<String>> FEMININE_PRONOUNS = java.util.Map.of("en",
            Set.of("she", "her"), "de", Set.of("sie"), "fr", Set.of("elle"), "es", Set.of("ella"), "it", Set.of("lei"),
            "pl", Set.of("ona", "niej", "jej"), "nl", Set.of("zij", "ze", "haar"));
    /** Feminine forms of offices by language: German -in, "-woman", French -rice/-euse/-ère/-ée, Romance -a, Polish -ka. */
    private static final java.util.Map<String, Pattern> FEMININE_OFFICE = java.util.Map.of(
            "de", Pattern.compile("(?iu).*(?:in|innen)"), "en", Pattern.compile("(?iu).*(?:woman|women|ess)"),
            "fr", Pattern.compile("(?iu).*(?:rice|euse|ère|ée|esse)"), "es", Pattern.compile("(?iu).*(?<!ist)a"),
            "it", Pattern.compile("(?iu).*(?:essa|rice|(?<!ist|colleg)a)"), "pl", Pattern.compile("(?iu).*(?:ka|owa|yni)"),
            "nl", Pattern.compile("(?iu).*(?:(?<!mini)ster|woman)"));
    private static final Set<String> FEMININE_TITLES = Set.of("frau", "mrs", "ms", "madam", "mme", "madame", "sra",
            "señora", "doña", "signora", "pani", "mevrouw", "mevr");
    private static final Set<String> MASCULINE_TITLES = Set.of("herr", "mr", "sir", "monsieur", "sr", "señor", "don",
            "signor", "pan", "dhr", "meneer");

    private Genders() {
    }

    /** The gender the words of a pronoun or of a verb with a dropped subject ask for. */
    static char ofPronoun(List<Token> tokens, int from, int to, String lang) {
        for (int i = Math.max(0, from); i < Math.min(tokens.size(), Math.max(to, from + 1)); i++) {
            String word = tokens.get(i).lower();
            if (word.endsWith("-il") || word.endsWith("-ils")) {
                return MASCULINE;
            }
            if (word.endsWith("-elle") || word.endsWith("-elles")) {
                return FEMININE;
            }
            Set<String> masculine = MASCULINE_PRONOUNS.getOrDefault(lang == null ? "" : lang, Set.of());
            Set<String> feminine = FEMININE_PRONOUNS.getOrDefault(lang == null ? "" : lang, Set.of());
            if (masculine.contains(word)) {
                return MASCULINE;
            }
            if (feminine.contains(word)) {
                return FEMININE;
            }
            if ("pl".equals(lang) && word.matches("\\p{L}{3,}(?:ła|łam)")) {
                return FEMININE;
            }
            if ("pl".equals(lang) && word.matches("\\p{L}{3,}ł")) {
                return MASCULINE;
            }
            if ("pl".equals(lang) && word.matches("\\p{L}{3,}ło")) {
                return NEUTER;
            }
        }
        return UNKNOWN;
    }

    /** The gender an office or title as written shows, or unknown. */
    static char ofRole(String role, String lang) {
        if (role == null || role.isBlank()) {
            return UNKNOWN;
        }
        char found = UNKNOWN;
        for (Token t : Tokens.of(role, new Span(0, role.length()))) {
            if (!t.isWord()) {
                continue;
            }
            String word = t.lower();
            if (FEMININE_TITLES.contains(word)) {
                return FEMININE;
            }
            if (MASCULINE_TITLES.contains(word)) {
                return MASCULINE;
            }
            if ("it".equals(lang) && word.startsWith("capo")) {
                // "capogruppo", "capodelegazione": the compounds on "capo" take either article; only "la/il" tells
                continue;
            }
            if (SpeakerWords.isOffice(t) && found == UNKNOWN) {
                Pattern feminine = FEMININE_OFFICE.get(lang == null ? "" : lang);
                if (feminine != null && feminine.matcher(word).matches()) {
                    found = FEMININE;
                } else if ("de".equals(lang) && word.matches(".*(?:er|or|ent|ar|ör|at|ef|ant|ist|oge|rat|ler|ner)")) {
                    found = MASCULINE;
                } else if (word.endsWith("man") || ("es".equals(lang) || "it".equals(lang)) && word.endsWith("o")
                        || "it".equals(lang) && word.endsWith("ore") || "es".equals(lang) && word.endsWith("or")) {
                    // "l'assessore", "il relatore", "el investigador": the masculine of -rice, -ora
                    found = MASCULINE;
                }
            }
        }
        return found;
    }

    /** Italian and Spanish men's given names in -a, the few the languages have ("Andrea", "Luca", "Nicola"). */
    private static final Set<String> MASCULINE_IN_A = Set.of("andrea", "luca", "nicola", "mattia", "elia", "enea",
            "gianluca", "tobia", "battista", "borja", "josema");

    /**
     * Men's given names in -a met in texts of any language: Slavic (Luka, Nikola, Sascha), Finnish (Pekka, Jukka),
     * Arabic and Turkish (Hamza, Mustafa, Mujtaba, Osama), Hebrew (Joshua). Named one by one, not by their endings: the
     * same endings end women's names too (Riikka, Pippa, Edda, Eliza, Aziza, Latifa, Saba).
     */
    private static final Set<String> OTHER_MEN_IN_A = Set.of("luka", "nikola", "sascha", "joshua", "mustafa", "kuba",
            "ilja", "nikita", "zakaria", "akira", "jonah", "sasha", "costa", "garcia", "pekka", "jukka", "jaakka",
            "jarkka", "hamza", "osama", "usama", "mujtaba", "mustapha", "musa", "yahya", "taha", "juma", "ezra",
            "attila");

    /**
     * The gender a person's name shows where the language marks it: Polish surnames agree in gender ("Kowalska",
     * "Kowalski") and Polish women's given names end in -a ("Agnieszka", "Beata"), men's in a consonant ("Kacper",
     * "Adam"); Italian and Spanish given names end in -o for men and mostly in -a for women ("Renzo", "Sara"). Unknown
     * elsewhere, and for a one-word name (a surname alone tells nothing outside Polish).
     */
    static char ofName(String name, String lang) {
        if (name == null || lang == null) {
            return UNKNOWN;
        }
        String[] words = name.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        String surname = words[words.length - 1];
        if ("pl".equals(lang)) {
            if (surname.matches(".*(?:ska|cka|dzka)(?:-\\p{L}+)?|.*-\\p{L}*(?:ska|cka|dzka)")) {
                return FEMININE;
            }
            if (surname.matches(".*(?:ski|cki|dzki)(?:-\\p{L}+)?|.*-\\p{L}*(?:ski|cki|dzki)")) {
                return MASCULINE;
            }
        }
        if (words.length < 2) {
            return UNKNOWN;
        }
        String given = words[0];
        return switch (lang) {
            // a given name in -a is a woman's only beside a surname that does not decline like a man's: a man named
            // in the genitive or accusative has the -a too ("ministra Tomasza Siemoniaka", "według Jacka Siewiery")
            case "pl" -> given.endsWith("a") ? (surname.matches(".*[bcdfghjklłmnprstwzżźń]") ? FEMININE : UNKNOWN)
                    : given.matches(".*[bcdfghjklłmnprstwzżźń]") ? MASCULINE : UNKNOWN;
            // a stressed "-ío" tells nothing: Rocío is a woman's name, Darío a man's
            case "it", "es" -> given.endsWith("o") && !given.endsWith("ío") ? MASCULINE
                    : given.endsWith("a") && !MASCULINE_IN_A.contains(given) ? FEMININE : UNKNOWN;
            // names travel: a given name in -a is a woman's in the other languages too ("Fiona", "Helena", "Marta",
            // "Aušra"), but a name in a consonant or another vowel tells nothing ("Joan", "Ingrid", "Gwen")
            case "en", "de", "fr", "nl" -> given.length() >= 4 && given.endsWith("a") && !MASCULINE_IN_A.contains(given)
                    && !OTHER_MEN_IN_A.contains(given) ? FEMININE : UNKNOWN;
            default -> UNKNOWN;
        };
    }

    /** The conjunctions that join a second person to the first: "X and her colleague Y". */
    private static final Set<String> AND = Set.of("and", "und", "en", "i", "oraz", "a");
    /** Possessives that agree with their owner, not with the noun they stand before (not so in fr, es, it). */
    private static final java.util.Map<String, java.util.Map<String, Character>> OWNER_POSSESSIVES = java.util.Map.of(
            "en", java.util.Map.of("his", MASCULINE, "her", FEMININE),
            // German "ihre", "ihren" … may be "their" ("Merz und Macron und ihre Berater"): only "sein" tells
            "de", java.util.Map.of("sein", MASCULINE, "seine", MASCULINE, "seinen", MASCULINE, "seinem", MASCULINE,
                    "seiner", MASCULINE),
            "nl", java.util.Map.of("zijn", MASCULINE, "haar", FEMININE),
            "pl", java.util.Map.of("jego", MASCULINE, "jej", FEMININE));

    /**
     * The gender of a person named right before "and his / her …" ("Joan Pritchard and her colleague Tom Abiodun",
     * "Zbigniew Kubacki i jego zastępczyni", "Thijs van der Werf en zijn collega"): in en, de, nl and pl the possessive
     * agrees with its owner, the person before it. Unknown otherwise.
     */
    static char ofPossessiveAfter(List<Token> tokens, int end, String lang) {
        java.util.Map<String, Character> possessives = OWNER_POSSESSIVES.get(lang == null ? "" : lang);
        int k = end;
        if (possessives == null || k >= tokens.size()) {
            return UNKNOWN;
        }
        if (tokens.get(k).isMark(",")) {
            k++;
        }
        if (k + 1 >= tokens.size() || !AND.contains(tokens.get(k).lower())) {
            return UNKNOWN;
        }
        return possessives.getOrDefault(tokens.get(k + 1).lower(), UNKNOWN);
    }

    /** Whether two genders disagree (both known and different). */
    static boolean clash(char a, char b) {
        return a != UNKNOWN && b != UNKNOWN && a != b;
    }
}
