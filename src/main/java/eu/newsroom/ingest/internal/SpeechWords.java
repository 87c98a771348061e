package eu.newsroom.ingest.internal;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.List;
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
            SOURCE_BEFORE,
            /** "a su juicio", "jego zdaniem": the source is the person a pronoun refers to. */
            SOURCE_PRONOUN,
            /** A verb known only by its place before "que", "che", "że", "dat": its subject must be a person. */
            CLAUSE_VERB
        }
    }

    /**
     * One adverb between the auxiliary and the participle of a verb of saying: "a ensuite précisé", "ha poi aggiunto",
     * "ha además señalado" (a lower-case word, so never a name).
     */
    private static final String ADVERB = "(?:\\p{Ll}{2,12} )?";

    /** Spanish articles, possessives, demonstratives and prepositions: what follows them is no clause's verb. */
    private static final String SPANISH_DETERMINERS = "(?:el|la|los|las|un|una|unos|unas|lo|su|sus|este|esta|estos"
            + "|estas|ese|esa|esos|esas|al|del|de|con|en|por|para|sobre|a)(?![\\p{L}])";

    private static final Map<String, String> VERBS = Map.of(
            "de", "sagte|sagten|sagt|sagen|gesagt|erklärte|erklärten|erklärt|betonte|betonten|betont|unterstrich|bekräftigte"
                    + "|warnte|warnten|warnt|forderte|forderten|fordert|meinte|versicherte|mahnte|ergänzte|erläuterte"
                    + "|äußerte|argumentierte|räumte [^.]{0,60}ein|teilte [^.]{0,60}mit|mitteilte|fügte [^.]{0,60}hinzu"
                    + "|stellte klar|stellte [^.]{0,160}dar|darstellte|hob [^.]{0,160}hervor|wies [^.]{0,160}hin"
                    + "|kündigte [^.]{0,60}an|sprach [^.]{0,80}an und|sprach von|zeigte sich|bestätigte|kritisierte"
                    + "|appellierte|verwies|erinnerte|beteuerte|verkündete|schrieb|antwortete|drängte|verlangte"
                    + "|entgegnete|erwiderte|konterte|widersprach|hielt dagegen|hielt [^.]{0,60}entgegen|bemängelte"
                    + "|beklagte|gab [^.]{0,60}zu bedenken|räumte ein|gab zu|sprach sich [^.]{0,60}aus|plädierte"
                    + "|unterstrich|bekräftigten|betonten|ergänzte|bilanzierte|resümierte|prognostizierte|versprach"
                    + "|zeigte sich [^.]{0,60}(?:überzeugt|zuversichtlich|besorgt|optimistisch|enttäuscht)"
                    + "|sagte [^.]{0,40}zu|kündigte an|warnte davor|forderte|teilte mit|gab [^.]{0,40}bekannt|betont|meint"
                    + "|erklärt|warnt|fordert|kritisiert|unterstreicht|sagt"
                    // describing reports what someone said too: "schilderte die Lage: …" ("warf der Regierung vor"
                    // is not here: the phrase after it is whom it was said to, not who said it)
                    + "|schilderte|schildert|beschrieb"
                    // a judgement names what someone said of it: "nannte das Gesetz einen „Einstieg …“"
                    + "|nannte|nennt|bezeichnete",
            "en", "said|says|say|stated|stressed|stresses|underlined|underscored|emphasi[sz]ed|emphasi[sz]es|added|adds"
                    + "|warned|warns|noted|notes|told|tells|declared|explained|announced|insisted|insists|pointed out"
                    + "|recalled|highlighted|called for|urged|urges|affirmed|argued|argues|claimed|confirmed|admitted"
                    + "|acknowledged|reiterated|wrote|commented|remarked|observed|asserted|maintained|predicted"
                    + "|suggested|vowed|denied|replied|responded|concluded|cautioned|described|told reporters|explains"
                    + "|recalls|insisted|countered|retorted|complained|acknowledges|estimated|reported",
            "fr", "(?:a|ont|avait|aurait)(?:-t-(?:il|elle|ils|elles))? " + ADVERB + "(?:déclaré|dit|souligné|affirmé|indiqué|ajouté|rappelé"
                    + "|estimé|insisté|averti|expliqué|annoncé|assuré|précisé|reconnu|confirmé|martelé|jugé|plaidé|prévenu"
                    + "|fait valoir|fait savoir|noté|relevé|lancé|répondu|conclu|commenté|déploré|mis en garde|mis en avant"
                    + "|qualifié|appelé|exhorté|insisté|observé|écrit|soutenu|réaffirmé|réitéré|martelé|confié|lancé"
                    + "|raconté|rétorqué|tranché|résumé|poursuivi|ironisé|réclamé|regretté|demandé|souhaité|avancé"
                    + "|reconnu|détaillé|admis|argué|ajouté|parlé(?= d))"
                    // "parle d'un « changement d'échelle »": what someone speaks of, as "sprach von"
                    + "|parle(?= d)"
                    + "|s'est (?:félicitée?|inquiétée?|dite?|montrée?|réjouie?|alarmée?)|s’est (?:félicitée?|inquiétée?|dite?)"
                    + "|avertit|prévient|lance|martèle|tranche|résume|confie|conclut|poursuit|regrette|déplore|plaide"
                    + "|réclame|avance|commente|répond|rétorque|ironise|observe|note|reconnaît|admet|dit"
                    + "|déclare|souligne|affirme|estime|indique|ajoute|rappelle|explique|assure|précise|insiste|juge|prévient"
                    + "|(?:déclare|souligne|affirme|estime|ajoute|explique|précise|insiste)-t-(?:il|elle)|déclara|affirma",
            "es", "afirmó|declaró|subrayó|señaló|destacó|dijo|añadió|agregó|advirtió|aseguró|explicó|insistió|recordó"
                    + "|reclamó|lamentó|coincidió|replicó|detalló|defendió|criticó|valoró|apostó|pidió|exigió|avisó"
                    + "|sostuvo|aclaró|matizó|admitió|prometió|garantizó|celebró|resaltó|reiteró|explicaba|insistía"
                    + "|anunció|sostuvo|indicó|manifestó|reconoció|confirmó|apuntó|precisó|defendió|reiteró|argumentó"
                    + "|consideró|estimó|remarcó|enfatizó|alertó|comentó|expresó|respondió|concluyó|admitió|calificó"
                    + "|comunicó|replicaron|comunicaron|indicaron|anunciaron"
                    + "|afirmaron|declararon|dijeron|señalaron|advirtieron|aseguraron|explicaron"
                    + "|(?:ha|han|había) " + ADVERB + "(?:afirmado|declarado|subrayado|señalado|dicho|añadido|advertido|asegurado"
                    + "|explicado|insistido|recordado|anunciado|indicado|destacado|reconocido|confirmado|precisado"
                    + "|reiterado|reclamado|lamentado|defendido|criticado|pedido|exigido|avisado|garantizado|valorado"
                    + "|admitido|calificado|celebrado|denunciado|preguntado|ironizado|propuesto(?= que)|atribuido|sostenido"
                    + "|apuntado|matizado|manifestado|expresado|comentado|considerado|estimado|alertado|respondido"
                    + "|replicado|prometido|puntualizado|detallado|argumentado|aclarado|resaltado|remarcado|enfatizado"
                    + "|concluido|opinado|sugerido|planteado|reprochado|apostado por)"
                    // proposing is saying only with its clause: "propuso destinar 90 millones" proposes money, no words
                    + "|denunció|preguntó|ironizó|propuso(?= que)|atribuyó|opinó|puntualizó|sugirió|planteó|reprochó"
                    + "|afirma|declara|dice|señala|asegura|explica|subraya|advierte|insiste|sostiene|destaca"
                    // the present of opinion and request verbs reports speech only with its clause: "Considera,
                    // además, que …", "cree en cambio que …", "teme que …" ("cuenta con" is no saying)
                    + "|(?:considera|cree|teme|opina|denuncia|cuenta|pide|exige|reclama|recuerda|lamenta|critica"
                    + "|defiende|sugiere|estima|calcula|avisa|alerta|reconoce|admite|apunta|añade|subraya)"
                    // (a noun phrase between them makes "que" a relative pronoun: "recuerda el informe que …",
                    // "critica la ministra, que …"; a person told "a …" takes the clause: "pide a los aliados que")
                    + "(?=(?:,? (?:en cambio|sin embargo|no obstante|por (?:su|otra) parte|(?!" + SPANISH_DETERMINERS
                    + ")\\p{Ll}+)){0,3},? que(?![\\p{L}])|(?: a| al)(?: \\p{L}+){1,4} que(?![\\p{L}]))",
            "it", "(?:ha|hanno|aveva) " + ADVERB + "(?:dichiarato|affermato|sottolineato|detto|aggiunto|ricordato|avvertito|spiegato"
                    + "|annunciato|evidenziato|definito|insistito|ribadito|assicurato|precisato|osservato|rilevato"
                    + "|commentato|riconosciuto|confermato|ammonito|concluso|indicato|segnalato|chiarito|replicato"
                    + "|risposto|scritto|denunciato|avvisato|sostenuto|comunicato|chiesto|fatto sapere|reso noto"
                    + "|sottolineato|auspicato|lamentato|rivendicato|garantito|promesso|annunciato|replicato|confermato"
                    + "|riferito|proposto(?= che)|invitato|criticato|ammesso|anticipato|suggerito|esortato|sollecitato"
                    + "|rimarcato|puntualizzato|raccontato|ipotizzato|stimato|notato|parlato di|messo in guardia)"
                    // "si è detta soddisfatta", "si è detto contrario": a judgement on oneself, said
                    + "|si è dett[oa]|si sono dett[ie]"
                    + "|riferiscono|riferisce|conclude|concludono|comunica|chiede|avverte|sottolinea|ribadisce"
                    + "|dichiarò|affermò|sottolineò|disse|aggiunse|spiegò|ricordò|avvertì|dichiara|afferma|sottolinea"
                    + "|dice|spiega|aggiunge|ricorda|avverte|osserva|ribadisce|precisa|assicura|sostiene",
            "pl", "(?:powiedział|podkreślił|stwierdził|zaznaczył|oświadczył|dodał|ostrzegł|zapowiedział|przypomniał"
                    + "|wskazał|poinformował|zapewnił|ocenił|uznał|przyznał|zauważył|wyjaśnił|mówił|argumentował"
                    + "|apelował|wezwał|zadeklarował|potwierdził|odpowiedział|oznajmił|ogłosił|napisał|tłumaczył"
                    + "|przekonywał|akcentował|podsumował|zaapelował|zaznaczała|przestrzegł|skomentował|relacjonował"
                    + "|podał|zapowiadał|ocenił|zwrócił uwagę|zaznaczył|dodał|stwierdził"
                    // the imperfective past of the verbs of saying whose present is below: "podkreślała", "ostrzegał"
                    + "|podkreślał|zaznaczał|twierdził|ostrzegał|dodawał|wskazywał|zapewniał|oceniał|przyznawał"
                    + "|powtarzał|wyjaśniał|alarmował"
                    // a judgement ("nazwał porozumienie „historycznym krokiem”") and more verbs of telling
                    + "|nazwał|określił|opowiadał|zastrzegł|przestrzegał|deklarował|postulował"
                    + "|zauważał|informował)(?:a|o)?"
                    // "przekazało, że …" passes on words; without "że" it hands over money
                    + "|przekazał(?:a|o)?(?=,? że)"
                    + "|zwraca uwagę|zwracają uwagę|podaje|przekonuje|zapewnia|alarmuje|ocenia|przyznaje"
                    + "|powiedzieli|podkreślili|stwierdzili|zaznaczyli|oświadczyli|dodali|ostrzegli|zapowiedzieli"
                    + "|mówi|podkreśla|zaznacza|twierdzi|uważa|ostrzega|przekonuje|dodaje|wskazuje",
            "nl", "zei|zegt|zeiden|verklaarde|verklaart|benadrukte|benadrukt|onderstreepte|voegde [^.]{0,60}toe"
                    + "|waarschuwde|waarschuwt|stel(?:de|t)(?= [^.]{0,40}(?<![\\p{L}])dat(?![\\p{L}]))|noemde|wees [^.]{0,80}op|kondigde [^.]{0,60}aan|herinnerde"
                    + "|liet [^.]{0,40}weten|gaf [^.]{0,60}aan|meldde|meldt|vertelde|vertelt|legde [^.]{0,40}uit|erkende"
                    + "|bevestigde|pleitte|drong [^.]{0,40}aan|riep [^.]{0,60}op|sprak van|heeft (?:gezegd|verklaard)"
                    + "|(?:heeft|hebben) [^.]{0,40}(?:gezegd|verklaard|aangekondigd|benadrukt|gewaarschuwd|laten weten"
                    + "|onderstreept|bevestigd|erkend)"
                    + "|benadrukken|schreef|antwoordde|reageerde|betoogde|onderstreept|meldt|bevestigt|bevestigde"
                    + "|wijst [^.]{0,30}op|laat weten|liet weten|maakte [^.]{0,60}bekend|heeft [^.]{0,60}bekendgemaakt"
                    + "|zegt|erkent|waarschuwt|vindt|vond|concludeerde|pleit|vroeg zich af|vraagt zich af");

    /** Source words whose source follows them: "laut Kallas", "according to", "selon", "d'après", "aldus Rutte". */
    private static final Pattern SOURCE_AFTER = Pattern.compile("(?iu)(?<![\\p{L}])(?:laut|nach ansicht von|nach angaben von"
            + "|according to|in the words of|selon|d['’]après|según|a juicio de|secondo|a detta di|według|zdaniem"
            + "|w ocenie"
            + "|^(?:pour|para|per|voor|for|für)(?= [^,]{3,80},)"
            + "|volgens|aldus"
            // German impersonal frames, "it was said": "…, hieß es aus Koalitionskreisen", "Aus dem Ministerium hieß
            // es dazu, …", "In Regierungskreisen hieß es, …"; with no circle at all ("Dazu hieß es, …") they name no one
            + "|(?:hieß|hiess|heißt|heisst) es (?:dazu |auch |weiter |zudem |am \\p{L}+ )?(?:aus|in|im|bei)"
            + "|^(?:aus|in|im|bei)(?= [^,.]{2,60} (?:hieß|hiess|heißt|heisst) es)"
            + "|(?:hieß|hiess|heißt|heisst) es(?= ?[,.:;]))(?![\\p{L}])");
    /** The German impersonal frames among the source words: they name an unnamed speaker's circle, not a speaker. */
    static final Pattern IMPERSONAL = Pattern.compile("(?iu)(?:(?:hieß|hiess|heißt|heisst) es.*|aus|in|im|bei)");
    /** Words that name their source by a pronoun: "a su juicio", "à ses yeux", "jego zdaniem", "in his view". */
    private static final Pattern SOURCE_PRONOUN = Pattern.compile("(?iu)(?<![\\p{L}])(?:a su juicio|en su opinión"
            + "|a su entender|à ses yeux|selon (?:lui|elle)|d['’]après (?:lui|elle)|a suo (?:avviso|giudizio|dire)"
            + "|secondo (?:lui|lei)|(?:jego|jej) zdaniem|w (?:jego|jej) ocenie|według (?:niego|niej)|(?:seiner|ihrer) (?:ansicht|meinung) nach"
            + "|(?:ihm|ihr) zufolge|in (?:his|her) (?:view|words)|according to (?:him|her)|volgens (?:hem|haar)"
            + "|zijns inziens|naar (?:zijn|haar) zeggen)(?![\\p{L}])");

    /** Source words after their source: "Diplomaten zufolge". */
    private static final Pattern SOURCE_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:zufolge)(?![\\p{L}])");

    private static final Map<String, Pattern> BY_LANGUAGE = new java.util.HashMap<>();
    private static final Pattern ANY;

    static {
        VERBS.forEach((lang, verbs) -> BY_LANGUAGE.put(lang, cue(verbs)));
        ANY = cue(String.join("|", VERBS.values()));
    }

    private static Pattern cue(String verbs) {
        // "s'ajoute", "se dice": a reflexive verb does not report speech; the pronoun is a word of its own, not the end
        // of a name ("Mario Rossi ha dichiarato", "Kruse sagte")
        return Pattern.compile("(?iu)(?<![\\p{L}])(?<!(?:^|[^\\p{L}])s['’])(?<!(?:^|[^\\p{L}])se )(?<!(?:^|[^\\p{L}])si )(?:"
                + verbs + ")(?![\\p{L}])");
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
        Matcher pronoun = SOURCE_PRONOUN.matcher(passage);
        while (pronoun.find()) {
            Cue cue = new Cue(pronoun.start(), pronoun.end(), Cue.Kind.SOURCE_PRONOUN);
            cues.removeIf(c -> c.start() < cue.end() && cue.start() < c.end());
            cues.add(cue);
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
    static boolean isSayingVerb(Tokens.Token token, String lang) {
        if (token.pos() == null || !token.pos().equals("VERB")) {
            return false;
        }
        String lemma = LanguageModels.verbLemma(token.text(), lang);
        return lemma != null && SAYING_LEMMAS.contains(lemma);
    }

    /** A verb of saying denied: "äußerte sich nicht", "did not comment", "n'a pas souhaité", "nie chciał". */
    static final Pattern NEGATION = Pattern.compile("(?iu)(?<![\\p{L}])(?:nicht|not|n['’]t|pas|no|non|nie|niet|geen|kein"
            + "|keine|declined|refused|weigerte|refusé|rechazó|rifiutato|odmówił[ao]?|weigerde"
            // "n'a jamais dit", "never said", "nunca dijo", "nooit gezegd", "nigdy nie", "niemals": negations without
            // "pas"/"not" (the French "n'" is its own token); "mai" is left out, it is a month in French and German
            + "|n['’]|jamais|never|nunca|nooit|niemals|nigdy)(?![\\p{L}])");

    /**
     * Connectives that may stand between a verb and its reported clause: "Considera, además, que", "cree en cambio
     * que", "ha poi aggiunto inoltre che", "zaznaczyła natomiast, że".
     */
    static final Pattern CONNECTIVE = Pattern.compile("(?iu)además|también|asimismo|cambio|embargo|inoltre|anche|invece"
            + "|tuttavia|però|comunque|również|jednak|natomiast|też|także|ponadto|ook|echter|bovendien|aussi|cependant"
            + "|toutefois|pourtant|also|however|auch|jedoch|zudem");

    /** Words that open a reported clause: "that", "dass", "que", "che", "że", "dat". */
    static final Pattern COMPLEMENTIZER = Pattern.compile("(?iu)(?<![\\p{L}])(?:that|dass|daß|que|qu['’]|che|że|iż|dat)"
            + "(?![\\p{L}])");

    /** German reported speech without a verb of saying: the subjunctive "sei", "habe", "werde", "könne", "müsse" … */
    private static final Pattern KONJUNKTIV = Pattern.compile("(?u)(?<![\\p{L}])(?:sei|seien|habe|werde|könne|müsse"
            + "|solle|wolle|dürfe|möge|gebe|brauche|stehe|bleibe|gehe|komme|liege|wisse|lasse|plane|arbeite)(?![\\p{L}])");

    /**
     * A sentence that says who said the sentence before it: "Lo ha confermato X", "Dat heeft X bekendgemaakt",
     * "Das sagte X", "C'est ce qu'a déclaré X", "This was confirmed by X", "Así lo afirmó X".
     */
    static final Pattern CATAPHORA = Pattern.compile("(?iu)^(?:lo ha |l['’]ha |così ha |(?:así )?lo (?=\\p{L}+ó)"
            + "|das (?=\\p{L}+te )|dies (?=\\p{L}+te )|(?:das|dies) (?=(?:gab|gibt|sagt|teilt|erklärt|bestätigt|kündigt|meldet) )"
            + "|dat (?:heeft|zei|meldde|schreef|bevestigde|liet|meldt|zegt|schrijft|bevestigt|laat|maakte|maakt)|c['’]est ce qu['’]"
            + "|(?:this|that) was (?:said|announced|confirmed|stated) by|poinformował[ao]? o tym|tak (?:powiedział|twierdzi))");

    /** Verbs that make a quotation a headline, not anyone's words: "titelten", "titulaba", "headlined". */
    static final Pattern HEADLINE = Pattern.compile("(?iu)(?<![\\p{L}])(?:titel\\p{L}*|titul\\p{L}*|titol\\p{L}*"
            + "|titr\\p{L}*|headlined?|kopte|kopten|zatytułował\\p{L}*)(?![\\p{L}])");

    /** The endings of the Polish past tense ("powiedział", "poinformowała", "mówili"). */
    private static final Pattern POLISH_PAST = Pattern.compile(".*(?:ł|ła|ło|li|ły)");

    /** Whether a lower-case Polish word has an ending of the past tense, which ends a subject before it. */
    static boolean isPolishPast(String word) {
        return POLISH_PAST.matcher(word).matches();
    }

    /** A word that ends like a finite verb of the language (for languages without a tagger here). */
    static boolean looksFinite(String word, String lang) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return switch (lang == null ? "" : lang) {
            case "es" -> w.matches(".*(?:ó|ía|aba|ado|ido|[ae]n?)") && !w.endsWith("s");
            // the irregular participles too: "proposto", "chiesto", "detto", "aggiunto", "deciso"
            case "it" -> w.matches(".*(?:ò|ì|ato|uto|ito|ono|ano|[ae]|sto|tto|nto|so)");
            case "pl" -> isPolishPast(w) || w.matches(".*(?:uje|a|e|i)");
            case "nl" -> w.matches(".*(?:t|de|te|den|ten)");
            default -> true;
        };
    }

    static boolean isKonjunktiv(String passage, String lang) {
        return "de".equals(lang) && KONJUNKTIV.matcher(passage).find();
    }

    /** The subjunctive II of reported speech: "kämen", "müssten", "wäre", "hätte" (an umlaut the indicative lacks). */
    private static final Pattern KONJUNKTIV_II = Pattern.compile("(?u)(?:wäre|hätte|käme|müsste|müßte|könnte|dürfte"
            + "|würde|gäbe|bräuchte|stünde|läge|ginge|bliebe|hieße|wüsste)n?");

    /**
     * German reported speech by the verb's form, whatever the verb: the subjunctive I of the third person singular is
     * the infinitive without its final n ("koste" of "kosten", "erwarte", "stelle … bereit", "nehme"), which no
     * indicative form of the third person is (the first person is, so a sentence with "ich" is left out); the
     * subjunctive II by its umlaut. The lemmatizer tells the infinitive.
     */
    static boolean isKonjunktiv(List<Tokens.Token> tokens, String lang) {
        if (!"de".equals(lang) || tokens.stream().anyMatch(t -> t.is("ich"))) {
            return false;
        }
        for (Tokens.Token t : tokens) {
            if (t.pos() == null || !t.pos().matches("VERB|AUX") || t.isCapitalised() && tokens.indexOf(t) > 0) {
                continue;
            }
            String w = t.lower();
            if (KONJUNKTIV_II.matcher(w).matches()) {
                return true;
            }
            if (w.length() > 3 && w.endsWith("e")) {
                String lemma = LanguageModels.verbLemma(w, lang);
                if (lemma != null && lemma.equals(w + "n")) {
                    return true;
                }
                if (!w.endsWith("te") && tokens.indexOf(t) > 0 && "VERB".equals(t.pos())) {
                    // the lemmatizer does not know every verb ("koste" -> "kosen"): a finite verb in -e that is no
                    // weak preterite (-te: "sagte") and does not open the sentence (an imperative) is the subjunctive
                    return true;
                }
            }
        }
        return false;
    }

    /** Offices by which speakers are referred to, as written in the languages, and the English title they stand for. */
    private static final Map<String, String> ROLES = Map.of(
            "High Representative", "hohe[rn]? vertreter(?:in)?|high representative|haute représentante|haut représentant"
                    + "|alt[oa] representante|alt[oa] rappresentante|wysok[ia] przedstawiciel(?:ka)?"
                    + "|hoge vertegenwoordiger|chef(?:in)? der eu-diplomatie|eu foreign policy chief|eu['’]s top diplomat"
                    + "|szef(?:owa|owej)? (?:unijnej|europejskiej) dyplomacji|jef[ea] de la diplomacia (?:europea|comunitaria)"
                    + "|chef(?:fe)? de la diplomatie européenne|capo della diplomazia (?:europea|ue|dell['’]ue)"
                    + "|eu-buitenlandchef|buitenlandchef van de eu|alta representante|alto rappresentante",
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
                    + "|komisarz[\\p{L}]* (?:ue |unijn[\\p{L}]* )?(?:ds\\.|do spraw) obrony|eurocommissaris (?:voor )?defensie"
                    + "|unijn[\\p{L}]* komisarz[\\p{L}]* (?:ds\\.|do spraw) obrony|eu-commissaris (?:voor )?defensie");

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
