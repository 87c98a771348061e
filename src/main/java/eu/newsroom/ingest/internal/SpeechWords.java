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

    /** A word or phrase that reports speech: a verb of saying, or a source word with its source after or before it. */
    record Cue(int start, int end, Kind kind) {

        /** How the speaker stands to the cue. */
        enum Kind {
            /** "sagte", "said", "a déclaré": the subject before it, or after it when inverted. */
            VERB,
            /** "laut", "according to", "selon": the source follows. */
            SOURCE_AFTER,
            /** "zufolge", "aldus" after a quote's words: the source precedes ("Diplomaten zufolge"). */
            SOURCE_BEFORE
        }
    }

    private static final Map<String, String> VERBS = Map.of(
            "de", "sagte|sagten|sagt|sagen|gesagt|erklärte|erklärten|erklärt|betonte|betonten|betont|unterstrich|bekräftigte"
                    + "|warnte|warnten|warnt|forderte|forderten|fordert|meinte|versicherte|mahnte|ergänzte|erläuterte"
                    + "|äußerte|argumentierte|räumte [^.]{0,60}ein|teilte [^.]{0,60}mit|mitteilte|fügte [^.]{0,60}hinzu"
                    + "|stellte klar|stellte [^.]{0,160}dar|darstellte|hob [^.]{0,160}hervor|wies [^.]{0,160}hin"
                    + "|kündigte [^.]{0,60}an|sprach [^.]{0,80}an und|sprach von|zeigte sich|bestätigte|kritisierte"
                    + "|appellierte|verwies|erinnerte|beteuerte|verkündete|schrieb|antwortete|drängte|verlangte",
            "en", "said|says|say|stated|stressed|stresses|underlined|underscored|emphasi[sz]ed|emphasi[sz]es|added|adds"
                    + "|warned|warns|noted|notes|told|tells|declared|explained|announced|insisted|insists|pointed out"
                    + "|recalled|highlighted|called for|urged|urges|affirmed|argued|argues|claimed|confirmed|admitted"
                    + "|acknowledged|reiterated|wrote|commented|remarked|observed|asserted|maintained|predicted"
                    + "|suggested|vowed|denied|replied|responded|concluded|cautioned|described",
            "fr", "(?:a|ont|avait|aurait)(?:-t-(?:il|elle|ils|elles))? (?:déclaré|dit|souligné|affirmé|indiqué|ajouté|rappelé"
                    + "|estimé|insisté|averti|expliqué|annoncé|assuré|précisé|reconnu|confirmé|martelé|jugé|plaidé|prévenu"
                    + "|fait valoir|fait savoir|noté|relevé|lancé|répondu|conclu|commenté|déploré|mis en garde|mis en avant"
                    + "|qualifié|appelé|exhorté|insisté|observé|écrit|soutenu|réaffirmé|réitéré|martelé)"
                    + "|déclare|souligne|affirme|estime|indique|ajoute|rappelle|explique|assure|précise|insiste|juge|prévient"
                    + "|(?:déclare|souligne|affirme|estime|ajoute|explique|précise|insiste)-t-(?:il|elle)|déclara|affirma",
            "es", "afirmó|declaró|subrayó|señaló|destacó|dijo|añadió|agregó|advirtió|aseguró|explicó|insistió|recordó"
                    + "|anunció|sostuvo|indicó|manifestó|reconoció|confirmó|apuntó|precisó|defendió|reiteró|argumentó"
                    + "|consideró|estimó|remarcó|enfatizó|alertó|comentó|expresó|respondió|concluyó|admitió|calificó"
                    + "|afirmaron|declararon|dijeron|señalaron|advirtieron|aseguraron|explicaron"
                    + "|(?:ha|han|había) (?:afirmado|declarado|subrayado|señalado|dicho|añadido|advertido|asegurado"
                    + "|explicado|insistido|recordado|anunciado|indicado|destacado|reconocido|confirmado|precisado)"
                    + "|afirma|declara|dice|señala|asegura|explica|subraya|advierte|insiste|sostiene|destaca",
            "it", "(?:ha|hanno|aveva) (?:dichiarato|affermato|sottolineato|detto|aggiunto|ricordato|avvertito|spiegato"
                    + "|annunciato|evidenziato|definito|insistito|ribadito|assicurato|precisato|osservato|rilevato"
                    + "|commentato|riconosciuto|confermato|ammonito|concluso|indicato|segnalato|chiarito|replicato"
                    + "|risposto|scritto|denunciato|avvisato|sostenuto)"
                    + "|dichiarò|affermò|sottolineò|disse|aggiunse|spiegò|ricordò|avvertì|dichiara|afferma|sottolinea"
                    + "|dice|spiega|aggiunge|ricorda|avverte|osserva|ribadisce|precisa|assicura|sostiene",
            "pl", "(?:powiedział|podkreślił|stwierdził|zaznaczył|oświadczył|dodał|ostrzegł|zapowiedział|przypomniał"
                    + "|wskazał|poinformował|zapewnił|ocenił|uznał|przyznał|zauważył|wyjaśnił|mówił|argumentował"
                    + "|apelował|wezwał|zadeklarował|potwierdził|odpowiedział|oznajmił|ogłosił|napisał|tłumaczył"
                    + "|przekonywał|akcentował|podsumował|zaapelował|zaznaczała|przestrzegł|skomentował|relacjonował)(?:a|o)?"
                    + "|powiedzieli|podkreślili|stwierdzili|zaznaczyli|oświadczyli|dodali|ostrzegli|zapowiedzieli"
                    + "|mówi|podkreśla|zaznacza|twierdzi|uważa|ostrzega|przekonuje|dodaje|wskazuje",
            "nl", "zei|zegt|zeiden|verklaarde|verklaart|benadrukte|benadrukt|onderstreepte|voegde [^.]{0,60}toe"
                    + "|waarschuwde|waarschuwt|stel(?:de|t)(?= [^.]{0,40}(?<![\\p{L}])dat(?![\\p{L}]))|noemde|wees [^.]{0,80}op|kondigde [^.]{0,60}aan|herinnerde"
                    + "|liet [^.]{0,40}weten|gaf [^.]{0,60}aan|meldde|meldt|vertelde|legde [^.]{0,40}uit|erkende"
                    + "|bevestigde|pleitte|drong [^.]{0,40}aan|riep [^.]{0,60}op|sprak van|heeft (?:gezegd|verklaard)"
                    + "|(?:heeft|hebben) [^.]{0,40}(?:gezegd|verklaard|aangekondigd|benadrukt|gewaarschuwd|laten weten"
                    + "|onderstreept|bevestigd|erkend)"
                    + "|benadrukken|schreef|antwoordde|reageerde|betoogde|onderstreept");

    /** Source words whose source follows them: "laut Kallas", "according to", "selon", "d'après", "aldus Rutte". */
    private static final Pattern SOURCE_AFTER = Pattern.compile("(?iu)(?<![\\p{L}])(?:laut|nach ansicht von|nach angaben von"
            + "|according to|in the words of|selon|d['’]après|según|a juicio de|secondo|a detta di|według|zdaniem"
            + "|volgens|aldus)(?![\\p{L}])");
    /** Source words after their source: "Diplomaten zufolge". */
    private static final Pattern SOURCE_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:zufolge)(?![\\p{L}])");

    private static final Map<String, Pattern> BY_LANGUAGE = new java.util.HashMap<>();
    private static final Pattern ANY;

    static {
        VERBS.forEach((lang, verbs) -> BY_LANGUAGE.put(lang, cue(verbs)));
        ANY = cue(String.join("|", VERBS.values()));
    }

    private static Pattern cue(String verbs) {
        return Pattern.compile("(?iu)(?<![\\p{L}])(?:" + verbs + ")(?![\\p{L}])");
    }

    /** The speech cues of a passage, in order, with their offsets in the passage; in the text's language when known. */
    static java.util.List<Cue> cues(String passage, String lang) {
        java.util.List<Cue> cues = new java.util.ArrayList<>();
        Matcher verb = BY_LANGUAGE.getOrDefault(lang == null ? "" : lang, ANY).matcher(passage);
        while (verb.find()) {
            cues.add(new Cue(verb.start(), verb.end(), Cue.Kind.VERB));
        }
        Matcher after = SOURCE_AFTER.matcher(passage);
        while (after.find()) {
            cues.add(new Cue(after.start(), after.end(), Cue.Kind.SOURCE_AFTER));
        }
        Matcher before = SOURCE_BEFORE.matcher(passage);
        while (before.find()) {
            cues.add(new Cue(before.start(), before.end(), Cue.Kind.SOURCE_BEFORE));
        }
        cues.sort(java.util.Comparator.comparingInt(Cue::start));
        return cues;
    }

    /** Lemmas of verbs of saying where a lemmatizer tells them (other tenses than those listed above). */
    private static final java.util.Set<String> SAYING_LEMMAS = java.util.Set.of("sagen", "erklären", "betonen",
            "unterstreichen", "bekräftigen", "warnen", "fordern", "versichern", "mahnen", "ergänzen", "erläutern",
            "äußern", "kritisieren", "bestätigen", "say", "tell", "state", "stress", "underline", "underscore",
            "emphasise", "emphasize", "warn", "note", "declare", "explain", "insist", "urge", "affirm", "argue",
            "claim", "confirm", "acknowledge", "reiterate", "remark", "assert", "caution");

    /** Whether a tagged word is a verb of saying by its lemma. */
    static boolean isSayingVerb(Tokens.Token token) {
        return token.lemma() != null && token.pos() != null && token.pos().matches("VERB|AUX")
                && SAYING_LEMMAS.contains(token.lemma());
    }

    /** Words that open a reported clause: "that", "dass", "que", "che", "że", "dat". */
    static final Pattern COMPLEMENTIZER = Pattern.compile("(?iu)(?<![\\p{L}])(?:that|dass|daß|que|qu['’]|che|że|iż|dat)"
            + "(?![\\p{L}])");

    /** German reported speech without a verb of saying: the subjunctive "sei", "habe", "werde", "könne", "müsse" … */
    private static final Pattern KONJUNKTIV = Pattern.compile("(?u)(?<![\\p{L}])(?:sei|seien|habe|werde|könne|müsse"
            + "|solle|wolle|dürfe|möge|gebe|brauche|stehe|bleibe|gehe|komme|liege|wisse|lasse|plane|arbeite)(?![\\p{L}])");

    static boolean isKonjunktiv(String passage, String lang) {
        return "de".equals(lang) && KONJUNKTIV.matcher(passage).find();
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
}
