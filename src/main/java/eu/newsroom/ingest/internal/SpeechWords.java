package eu.newsroom.ingest.internal;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that mark reported speech ("betonte", "said", "a souligné", "afirmó", "ha dichiarato",
 * "podkreśliła", "benadrukte", "laut", "according to") and the offices a speaker is referred to by
 * ("die Hohe Vertreterin", "the Secretary General"), in the EU languages the newsroom receives most.
 */
final class SpeechWords {

    private static final Map<String, String> VERBS = Map.of(
            "de", "sagte|sagten|sagt|erklärte|erklärt|betonte|betont|unterstrich|bekräftigte|warnte|forderte|meinte"
                    + "|versicherte|mahnte|fügte [^.]{0,60}hinzu|stellte klar|stellte [^.]{0,160}dar|darstellte"
                    + "|hob [^.]{0,160}hervor|wies [^.]{0,160}hin|kündigte [^.]{0,60}an|sprach [^.]{0,80}an und"
                    + "|laut|zufolge|nach ansicht von",
            "en", "said|says|stated|stressed|underlined|underscored|emphasi[sz]ed|added|warned|noted|told|declared"
                    + "|explained|announced|insisted|pointed out|recalled|highlighted|called for|urged|affirmed"
                    + "|according to|described",
            "fr", "a déclaré|a souligné|a affirmé|a indiqué|a ajouté|a rappelé|a estimé|a insisté|a averti|a expliqué"
                    + "|a annoncé|a dit|a mis en avant|a plaidé|a qualifié|déclare|souligne|affirme|estime|selon|a assuré"
                    + "|a-t-(?:il|elle) \\p{L}+é|(?:déclare|souligne|affirme|estime|ajoute)-t-(?:il|elle)",
            "es", "afirmó|declaró|subrayó|señaló|destacó|dijo|añadió|advirtió|aseguró|explicó|insistió|recordó|anunció"
                    + "|según|calificó|sostuvo|ha afirmado|ha declarado|ha subrayado",
            "it", "ha dichiarato|ha affermato|ha sottolineato|ha detto|ha aggiunto|ha ricordato|ha avvertito"
                    + "|ha spiegato|ha annunciato|ha evidenziato|ha definito|ha insistito|secondo|ha ribadito",
            "pl", "powiedział|powiedziała|podkreślił|podkreśliła|stwierdził|stwierdziła|zaznaczył|zaznaczyła"
                    + "|oświadczył|oświadczyła|dodał|dodała|ostrzegł|ostrzegła|zapowiedział|zapowiedziała|według|zdaniem"
                    + "|przypomniał|przypomniała|wskazał|wskazała",
            "nl", "zei|zegt|verklaarde|benadrukte|onderstreepte|voegde [^.]{0,60}toe|waarschuwde|stelde|noemde|aldus"
                    + "|volgens|wees [^.]{0,80}op|kondigde [^.]{0,60}aan|herinnerde");

    private static final Map<String, Pattern> BY_LANGUAGE = new java.util.HashMap<>();
    private static final Pattern ANY;

    static {
        VERBS.forEach((lang, verbs) -> BY_LANGUAGE.put(lang, cue(verbs)));
        ANY = cue(String.join("|", VERBS.values()));
    }

    private static Pattern cue(String verbs) {
        return Pattern.compile("(?iu)(?<![\\p{L}])(?:" + verbs + ")(?![\\p{L}])");
    }

    /** "According to …" words, which always name their source: never a "she said" for the speaker before. */
    private static final Pattern SOURCE_NAMED = Pattern.compile("(?iu)(?<![\\p{L}])(?:laut|zufolge|nach ansicht von"
            + "|according to|selon|según|secondo|według|zdaniem|volgens|aldus)(?![\\p{L}])");

    static boolean namesItsSource(String sentence) {
        return SOURCE_NAMED.matcher(sentence).find();
    }

    /** Where a sentence reports speech, by its verb or a "according to" word; in the text's language when known. */
    static Optional<Integer> speechCue(String sentence, String lang) {
        Matcher m = BY_LANGUAGE.getOrDefault(lang == null ? "" : lang, ANY).matcher(sentence);
        return m.find() ? Optional.of(m.start()) : Optional.empty();
    }

    /** Offices by which speakers are referred to, as written in the languages, and the English title they stand for. */
    private static final Map<String, String> ROLES = Map.of(
            "High Representative", "hohe[rn]? vertreter(?:in)?|high representative|haute représentante|haut représentant"
                    + "|alt[oa] representante|alt[oa] rappresentante|wysok[ia] przedstawiciel(?:ka)?"
                    + "|hoge vertegenwoordiger|chef(?:in)? der eu-diplomatie|eu foreign policy chief",
            "Secretary General", "generalsekretär(?:in)?|secretary general|secrétaire général(?:e)?"
                    + "|secretari[oa] general|segretari[oa] generale|sekretarz generaln[ya]|secretaris-generaal",
            "President of the European Commission", "kommissionspräsidentin|kommissionspräsident"
                    + "|commission president|présidente de la commission|presidenta de la comisión"
                    + "|presidente della commissione|przewodnicząc[ay] komisji|commissievoorzitter",
            "President of the European Council", "präsident(?:in)? des europäischen rates"
                    + "|president of the european council|président du conseil européen|presidente del consejo europeo"
                    + "|presidente del consiglio europeo|przewodnicząc[ay] rady europejskiej|voorzitter van de europese raad",
            "Commissioner for Defence", "verteidigungskommissar(?:in)?|eu-kommissar(?:in)? für verteidigung"
                    + "|commissioner for defence|defence commissioner|commissaire à la défense"
                    + "|comisari[oa] de defensa|commissari[oa] (?:europeo )?(?:per la|alla) difesa"
                    + "|komisarz (?:ue )?ds\\. obrony|eurocommissaris (?:voor )?defensie");

    private static final Map<String, Pattern> ROLE_PATTERNS = new java.util.HashMap<>();

    static {
        ROLES.forEach((title, words) -> ROLE_PATTERNS.put(title,
                Pattern.compile("(?iu)(?<![\\p{L}])(?:" + words + ")(?![\\p{L}])")));
    }

    /** The English title of an office a sentence refers its speaker by, e.g. "High Representative". */
    static Optional<String> roleIn(String sentence) {
        int best = Integer.MAX_VALUE;
        String title = null;
        for (var entry : ROLE_PATTERNS.entrySet()) {
            Matcher m = entry.getValue().matcher(sentence);
            if (m.find() && m.start() < best) {
                best = m.start();
                title = entry.getKey();
            }
        }
        return Optional.ofNullable(title);
    }

    /** Titles before a name that is not yet known: "Minister Hanna Virtanen", "Commissioner Jan Novak". */
    static final Pattern NEW_SPEAKER = Pattern.compile("(?u)(?<![\\p{L}])(?:[Mm]inister(?:in)?|[Mm]inistre|[Mm]inistro"
            + "|[Mm]inistra|[Mm]inistr|[Cc]ommissioner|[Kk]ommissar(?:in)?|[Cc]ommissaire|[Cc]omisari[oa]|[Cc]ommissari[oa]"
            + "|[Kk]omisarz|[Ee]urocommissaris|[Pp]resident|[Pp]räsident(?:in)?|[Pp]résident(?:e)?|[Pp]residente"
            + "|[Pp]rezydent|[Pp]remier|[Cc]hancellor|[Kk]anzler(?:in)?|[Ss]pokesperson|[Ss]precher(?:in)?"
            + "|porte-parole|portavoz|portavoce|rzecznik|woordvoerder|[Gg]eneral|[Aa]dmiral|[Aa]mbassador|[Bb]otschafter(?:in)?"
            + "|[Aa]mbassadeur|[Ee]mbajador[a]?|[Aa]mbasciatore|[Dd]r\\.|Mr\\.?|Ms\\.?|Mrs\\.?|Herr|Frau|Mme|M\\.)"
            + "\\s+((?:\\p{Lu}\\p{Ll}+[ -]){1,2}\\p{Lu}\\p{Ll}+)");

    /** "Hanna Virtanen said" or "said Hanna Virtanen": a first and last name right next to a speech verb. */
    static final Pattern NAME_BY_VERB = Pattern.compile("(?u)(?:^|[,;:] |\\. )(\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+)"
            + "(?=,? (?:said|says|stated|stressed|added|warned|sagte|erklärte|betonte|a déclaré|a souligné|afirmó|declaró"
            + "|ha dichiarato|ha affermato|powiedział|powiedziała|zei|verklaarde|benadrukte))"
            + "|(?:said|says|stated|added|sagte|erklärte|betonte|afirmó|dijo|zei) (\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+)");
}
