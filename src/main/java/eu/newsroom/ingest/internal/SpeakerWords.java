package eu.newsroom.ingest.internal;

import eu.newsroom.ingest.internal.Tokens.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words around a speaker's name in the seven languages the newsroom receives most (de en fr es it pl nl): offices
 * and titles ("Verteidigungsministerin", "Secretary General", "porte-parole", "rzecznik"), the domains that follow an
 * office ("of Defence", "des Armées"), the heads of anonymous sources ("a spokesperson", "ein Diplomat"), of
 * institutions ("the Commission", "das Ministerium") and of documents ("the report", "laut einer Studie"), determiners,
 * subject pronouns and the capitalised function words that open a sentence. General word classes, not names: German
 * and Dutch compounds are matched by their last part ("Verteidigungsminister", "defensieminister"), Polish, Italian
 * and Spanish inflections by their stem.
 */
final class SpeakerWords {

    private SpeakerWords() {
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?iu)(?:" + alternatives + ")");
    }

    /** Offices and titles of people; a token is one when it matches whole (compounds: its end). */
    private static final Pattern OFFICE = words(
            // English
            "minister|ministers|president|vice-president|premier|chancellor|secretary|secretary-general|undersecretary"
                    + "|commissioner|general|admiral|ambassador|director|director-general|chief|head|chair|chairman"
                    + "|chairwoman|chairperson|ceo|mep|meps|lawmaker|senator|deputy|representative|envoy|commander"
                    + "|colonel|lieutenant|officer|professor|prof|dr|researcher|analyst|expert|economist|fellow"
                    + "|rapporteur|co-rapporteur|mp|mps|msp|convenor|convener|attaché|spokesperson|spokesman|spokeswoman|official|diplomat|adviser|advisor|negotiator"
                    + "|governor|mayor|leader|founder|executive|manager|coordinator|counterpart|mr|mrs|ms|sir|king|queen"
                    + "|councillor|councilor|alderman|commodore|colleague"
                    + "|organi[sz]er|vice-chair|co-chair|vice-chairman|vice-chairwoman|spokes|treasurer|minister-counsellor"
                    + "|monarch|pope|marshal|politician|lawmakers|minister-president|inspector|detective|superintendent"
                    + "|sergeant|constable|author|co-author|titular|współautor[\\p{L}-]*|autor[\\p{L}-]*|auteur|coautore"
                    + "|analityczk[\\p{L}-]*|ekspertk[\\p{L}-]*|premierk[\\p{L}-]*|prezesk[\\p{L}-]*|contre-amiral|vice-amiral"
                    // German (compounds by their last part)
                    + "|[\\p{L}-]*minister(?:in|innen)?|[\\p{L}-]*präsident(?:in)?|[\\p{L}-]*kanzler(?:in)?|[\\p{L}-]*sekretär(?:in)?"
                    + "|[\\p{L}-]*kommissar(?:in)?|general(?:in|leutnant|major|inspekteur)?|[\\p{L}-]*admiral|[\\p{L}-]*botschafter(?:in)?"
                    + "|[\\p{L}-]*direktor(?:in)?|[\\p{L}-]*chef(?:in)?|[\\p{L}-]*leiter(?:in)?|[\\p{L}-]*vorsitzende[rn]?"
                    + "|[\\p{L}-]*sprecher(?:in)?|[\\p{L}-]*berichterstatter(?:in)?|[\\p{L}-]*haushälter(?:in)?|[\\p{L}-]*beauftragte[rn]?|[\\p{L}-]*abgeordnete[rn]?|[\\p{L}-]*bürgermeister(?:in)?"
                    + "|analyst(?:in)?|[\\p{L}-]*experte|[\\p{L}-]*expertin|[\\p{L}-]*forscher(?:in)?|ökonom(?:in)?|professor(?:in)?"
                    + "|[\\p{L}-]*diplomat(?:in)?|[\\p{L}-]*beamte[rn]?|[\\p{L}-]*beamtin|[\\p{L}-]*berater(?:in)?|unterhändler(?:in)?"
                    + "|[\\p{L}-]*kommandeur(?:in)?|[\\p{L}-]*inspekteur(?:in)?|[\\p{L}-]*befehlshaber(?:in)?|[\\p{L}-]*vertreter(?:in)?"
                    + "|[\\p{L}-]*führer(?:in)?|[\\p{L}-]*rätin|bundesrat|landrat|[\\p{L}-]*leutnant|oberst|divisionär(?:in)?|korpskommandant(?:in)?|[\\p{L}-]*kollegen?"
                    + "|homologue|homólog[oa]|odpowiedni\\p{L}*|ambtgeno\\p{L}*|[\\p{L}-]*kollegin|[\\p{L}-]*referent(?:in)?|[\\p{L}-]*offizier(?:in)?|obmann|obfrau"
                    + "|gesandte[rn]?|herr|frau|vize|königin|könig|[\\p{L}-]*politiker(?:in)?|[\\p{L}-]*fraktionschef(?:in)?"
                    // French
                    + "|ministre|présidente?|chancelière?|chancelier|secrétaire|commissaire|générale?|amiral|ambassadeur"
                    + "|ambassadrice|directeur|directrice|cheffe?|dirigeante?|responsable|députée?|eurodéputée?|sénateur"
                    + "|sénatrice|représentante?|envoyée?|commandante?|colonel|professeure?|chercheur|chercheuse|analyste"
                    + "|experte?|économiste|(?:co-?)?rapporteure?|porte-parole|diplomate|conseiller|conseillère|négociateur"
                    + "|négociatrice|maire|pdg|officier|sous-officier|adjointe?|déléguée?|vice-présidente?"
                    + "|conseillère|préfète?|porte-parole|m|mme|mmes|haut-représentant|haute-représentante|politique|élue?"
                    // Spanish
                    + "|ministr[oa]s?|president[ea]s?|canciller|secretari[oa]|comisari[oa]|almirante|embajador[a]?"
                    + "|director[a]?|jef[ea]|diputad[oa]|eurodiputad[oa]|senador[a]?|enviad[oa]|coronel|profesor[a]?"
                    + "|investigador[a]?|expert[oa]|portavoz|diplomátic[oa]|asesor[a]?|negociador[a]?|alcalde(?:sa)?"
                    + "|consejer[oa]|concejal[a]?|procurador[a]?|delegad[oa]|vicepresident[ea]|sr|sra|polític[oa]|vicealmirante|teniente|capitán|comandante"
                    // Italian
                    + "|presidentessa|cancelliere|segretari[oa]|commissari[oa]|generale|ammiraglio|ambasciat(?:ore|rice)"
                    + "|diret(?:tore|trice)|capo|responsabile|deputat[oa]|eurodeputat[oa]|senat(?:ore|rice)|rappresentante"
                    + "|inviat[oa]|colonnello|professor(?:e|essa)|ricerca(?:tore|trice)|espert[oa]|(?:co)?rela(?:tore|trice)|delegat[oa]"
                    + "|portavoce|diplomatic[oa]|consiglier[ea]|negoziat(?:ore|rice)|sindac[oa]|amministratore|dott|dott\\.ssa"
                    + "|omolog[oa]|analista|assessor[ea]|assessori|capogruppo|amministratrice|presidentessa|politic[oa]|contrammiraglio|ammiraglio|sottosegretari[oa]|viceministr[oa]"
                    // relational roles and professions shared by the Romance languages: "Haar Oekraïense collega X",
                    // "l'economista X", "la ponente X"
                    + "|collega|colleghi|collègue|colega|colegas|economista|ponente|compañer[oa]s?"
                    // Polish (stems)
                    + "|minist(?:er|ra|rem|rowi|rze|rowie|rów)|wiceminist[\\p{L}-]*|premier[\\p{L}-]*|wicepremier[\\p{L}-]*|prezydent[\\p{L}-]*"
                    + "|kanclerz[\\p{L}-]*|sekretarz[\\p{L}-]*|komisarz[\\p{L}-]*|komisark[\\p{L}-]*|genera(?:ł|ła|łem|łowie)|gen|admirał[\\p{L}-]*"
                    + "|ambasador[\\p{L}-]*|dyrektor[\\p{L}-]*|szef|szefa|szefem|szefowi|szefow[\\p{L}-]*|przewodnicząc[\\p{L}-]*|poseł|posła"
                    + "|posłem|posłank[\\p{L}-]*|europos[\\p{L}-]*|senator[\\p{L}-]*|przedstawiciel[\\p{L}-]*|wysłanni[\\p{L}-]*|dowódc[\\p{L}-]*"
                    + "|pułkownik[\\p{L}-]*|płk|profesor[\\p{L}-]*|badacz[\\p{L}-]*|analityk[\\p{L}-]*|ekspert[\\p{L}-]*|ekonomist[\\p{L}-]*"
                    + "|sprawozdawc[\\p{L}-]*|rzeczni[\\p{L}-]*|dyplomat[\\p{L}-]*|doradc[\\p{L}-]*|negocjator[\\p{L}-]*|burmistrz[\\p{L}-]*"
                    + "|prezes[\\p{L}-]*|wójt[\\p{L}-]*|ppłk|kmdr|mjr|kpt|gen\\.|bryg|dyw|inż|mgr|oficer[\\p{L}-]*|starost[\\p{L}-]*|wojewod[\\p{L}-]*|pan|pani|pana|panią|polityk[\\p{L}-]*|wiceadmirał[\\p{L}-]*|kontradmirał[\\p{L}-]*|pułkownik"
                    // a voivodeship's or the Sejm's marshal, a village head, a deputy (the noun, not the adjective
                    // "zastępczy"): "Marszałek województwa …", "sołtys wsi …", "Zastępca dowódcy"
                    + "|marsza(?:łek|łka|łkiem|łkowi)|sołtys[\\p{L}-]*|zastępc(?:a|y|ę|ą|o|om|ów|ami|ach)"
                    // Dutch (compounds by their last part)
                    + "|[\\p{L}-]*minister|[\\p{L}-]*premier|kanselier|[\\p{L}-]*secretaris(?:-generaal)?|[\\p{L}-]*commissaris"
                    + "|generaal|luitenant-generaal|admiraal|kapitein-luitenant(?:-ter-zee)?"
                    + "|luitenant(?:-kolonel|-ter-zee)?|brigadegeneraal|generaal-majoor|[\\p{L}-]*ambassadeur|[\\p{L}-]*directeur|[\\p{L}-]*hoofd|[\\p{L}-]*voorzitter"
                    + "|topman|topvrouw|kamerlid|europarlementariër|[\\p{L}-]*vertegenwoordiger|gezant|[\\p{L}-]*commandant"
                    + "|bevelhebber|kolonel|hoogleraar|onderzoeker|analist|deskundige|econoom|[\\p{L}-]*woordvoerder"
                    + "|[\\p{L}-]*woordvoerster|[\\p{L}-]*diplomaat|adviseur|onderhandelaar|burgemeester|minister-president|dhr"
                    + "|[\\p{L}-]*wethouder|schepen|[\\p{L}-]*parlementslid|[\\p{L}-]*officier|gedeputeerde|mevrouw|meneer|mevr|politicus|vice-admiraal|[\\p{L}-]*fractievoorzitter|staatssecretaris"
                    // union officials: "FNV-bestuurder Ruud Hamerslag", "le syndicaliste", "związkowiec"
                    + "|[\\p{L}-]*bestuurder|bestuurslid|vakbondsman|vakbondsvrouw|[\\p{L}-]*gewerkschafter(?:in)?"
                    + "|syndicaliste|sindicalista|związkow(?:iec|ca|cem)");

    /** Words that stand before or inside an office without being one: "High Representative", "Vice-", "first". */
    private static final Pattern MODIFIER = words("high|vice|deputy|prime|foreign|first|chief|senior|junior|former"
            + "|acting|interim|top|defence|defense|hohe[rn]?|stellvertretende[rn]?|ehemalige[rn]?|frühere[rn]?|haut|haute"
            + "|ancien|ancienne|premier|première|alt[oa]|primer[oa]?|prim[oa]|ex|wysok[ia]|wysokiego|wysokiej|był[ya]"
            + "|hoge|voormalige|oud|eerste");

    /** The domain of an office, capitalised in several languages: "Minister of Defence", "ministre des Armées". */
    private static final Pattern DOMAIN = words("defen[cs]e|foreign|affairs|interior|finance|economy|justice|health"
            + "|state|armed|forces|security|trade|industry|space|europe|european|armées|défense|affaires|étrangères"
            + "|intérieur|économie|verteidigung|auswärtigen|äußeres|finanzen|inneres|defensa|exteriores|asuntos|interior"
            + "|economía|difesa|esteri|affari|interno|economia|obrony|narodowej|spraw|zagranicznych|wewnętrznych|finansów"
            + "|defensie|buitenlandse|zaken|binnenlandse|financiën|economische|external|relations|cooperation"
            + "|development|budget|agriculture|energy|enlargement|neighbourhood");

    /** Heads of a source that may stay nameless: "a Commission spokesperson", "ein EU-Diplomat", "selon des sources". */
    private static final Pattern ANONYMOUS_HEAD = words("spokesperson|spokesman|spokeswoman|officials?|diplomats?|sources?"
            + "|insiders?|aides?|advisers?|advisors?|officers?|representatives?|negotiators?|ingewijden|ingewijde"
            + "|betrokkenen|eingeweihte|[\\p{L}-]*kreise[n]?|entourage|proches|fuentes|allegati|rozmówc[\\p{L}-]*"
            + "|[\\p{L}-]*sprecher(?:in)?|[\\p{L}-]*diplomat(?:in|en)?|[\\p{L}-]*beamte[rn]?|[\\p{L}-]*beamtin|quellen?|insider|berater(?:in)?"
            + "|vertreter(?:in)?|porte-parole|diplomates?|sources?|responsables?|fonctionnaires?|conseillers?"
            + "|représentants?|portavoz|diplomátic[oa]s?|fuentes?|funcionari[oa]s?|responsables?|representantes?"
            + "|portavoce|diplomatic[oi]|fonte|fonti|funzionari[oa]?|responsabili|rappresentanti"
            + "|rzeczni[\\p{L}-]*|dyplomat[\\p{L}-]*|dyplomaci|źródł[\\p{L}-]*|źródeł|urzędni[\\p{L}-]*|przedstawiciel[\\p{L}-]*"
            + "|[\\p{L}-]*woordvoerder|[\\p{L}-]*woordvoerster|diplomaat|diplomaten|bron|bronnen|ambtena(?:ar|ren)|functionaris(?:sen)?"
            + "|officiers?|oficer(?:a|owie|ów)?|offizier(?:e|in)?|officer|ufficial[ei]|rozmówca"
            // ranks without a name: "un haut gradé de la Composante Air", "un alto graduado", "un alto ufficiale"
            + "|gradée?s?|graduad[oa]s?|ufficial[ei]"
            // "un alto cargo del Ministerio": a senior official
            + "|cargos?");

    /** Heads of institutions, governments and companies, which may speak as such ("the Council said"). */
    private static final String INSTITUTION_WORDS = "commission|council|parliament|government|ministry|department"
            + "|office|agency|bank|alliance|union|authority|authorities|administration|kremlin|pentagon|army|navy|forces"
            + "|institute|foundation|centre|center|company|firm|manufacturer|presidency|cabinet|embassy|delegation"
            + "|secretariat|court|committee|board|think-tank|group|police|command|service|chamber|consortium|operator"
            + "|networks|systems|industries|technologies|aerospace|dynamics|holding|ag|sa|spa|gmbh|ltd|inc|plc|nv|bv|corp"
            + "|secrétariat|secretaría|segreteria|sekretariat|secretariaat|chambre|cámara|camera|izba|kamer|kammer"
            + "|polizia|policía|policja|politie|dowództw[\\p{L}-]*|kommando|commandement|mando|comando|commando"
            + "|służb[\\p{L}-]*|dienst|servicio|servizio|consorzio|consorcio|konsortium|konsorcjum|vakbond|gewerkschaft"
            + "|syndicat|sindicato|sindacato|związ(?:ek|ku|kowi|kiem)|stato|estado|état|defensie|otan|nato|navo|ejecutivo|executive"
            + "|esecutivo|exécutif|skarb|treasury|trésor|tesoro|schatkist|[\\p{L}-]*bureau|[\\p{L}-]*centrum|[\\p{L}-]*bedrijf"
            + "|[\\p{L}-]*zentrum|industrie|industry|industria|przemysł[\\p{L}-]*|[\\p{L}-]*beheerder|[\\p{L}-]*betreiber"
            + "|[\\p{L}-]*kommission|[\\p{L}-]*rat|[\\p{L}-]*parlament|[\\p{L}-]*polizei|[\\p{L}-]*gericht|[\\p{L}-]*regierung|[\\p{L}-]*ministerium|[\\p{L}-]*amt|agentur|[\\p{L}-]*bank|bündnis"
            + "|allianz|behörde|behörden|verwaltung|kreml|bundeswehr|armee|streitkräfte|institut|stiftung|zentrum|konzern"
            + "|unternehmen|hersteller|präsidentschaft|kabinett|botschaft|ausschuss|gericht|denkfabrik|[\\p{L}-]*büro"
            + "|conseil|parlement|gouvernement|ministère|agence|banque|autorité|autorités|armée|fondation|centre|groupe"
            + "|entreprise|société|présidence|élysée|ambassade|comité|cour"
            + "|comisión|consejo|parlamento|gobierno|ministerio|agencia|banco|alianza|unión|autoridad|autoridades|ejército"
            + "|instituto|fundación|empresa|compañía|grupo|presidencia|embajada|comité|tribunal|moncloa|gabinete"
            + "|commissione|consiglio|governo|ministero|agenzia|banca|alleanza|unione|autorità|amministrazione|cremlino"
            + "|esercito|istituto|fondazione|centro|azienda|società|gruppo|presidenza|farnesina|ambasciata|comitato|corte"
            + "|gabinetto|ufficio"
            + "|direction|dirección|direzione|dyrekcj[ai]|directie|direktion|zarząd|zarządu|komisj[ai]|rad[ay]|rząd|rządu|ministerstw[oa]|agencj[ai]|sojusz|uni[ai]|władz[ea]?|administracj[ai]"
            + "|kreml|armi[ai]|wojsko|instytut|fundacj[ai]|ośrod[\\p{L}-]*|firm[ay]|spółk[ai]|zakład[\\p{L}]*|koncern|prezydencj[ai]"
            + "|ambasad[ay]|komitet|trybunał|msz|mon|kprm|sztab|urząd|urzędu|kancelari[ai]|gabinet|biur[oa]"
            + "|commissie|raad|regering|kabinet|ministerie|agentschap|bondgenootschap|alliantie|unie|overheid"
            + "|leger|krijgsmacht|instituut|stichting|centrum|bedrijf|concern|fabrikant|voorzitterschap|ambassade";
    private static final Pattern INSTITUTION_HEAD = words(INSTITUTION_WORDS);
    /** Without the compounds matched by their end ("Bundesrat", "Verteidigungsministerium"): "Serrat" is a name. */
    private static final Pattern INSTITUTION_WORD = words(java.util.Arrays.stream(INSTITUTION_WORDS.split("\\|"))
            .filter(w -> !w.startsWith("[")).collect(java.util.stream.Collectors.joining("|")));

    /** Documents, which "say" things without being speakers: "the report", "laut einer Studie", "selon le sondage". */
    private static final java.util.Map<String, String> DOCUMENT_WORDS = java.util.Map.of(
            "en", "reports?|study|studies|survey|poll|document|paper|law|regulation|directive|strategy|plan|headline|"
                    + "article|analysis|communiqué|declaration|conclusions|white|resolution|text|draft|proposal|figures|"
                    + "data|estimates?|index|ranking|review|assessment|letter|statement|treaty",
            "de", "[\\p{L}-]*bericht|[\\p{L}-]*studie|[\\p{L}-]*umfrage|[\\p{L}-]*dokument|[\\p{L}-]*papier|"
                    + "[\\p{L}-]*gesetz|[\\p{L}-]*verordnung|[\\p{L}-]*richtlinie|[\\p{L}-]*strategie|schlagzeile|"
                    + "[\\p{L}-]*artikel|[\\p{L}-]*analyse|[\\p{L}-]*erklärung|schlussfolgerungen|[\\p{L}-]*entwurf|"
                    + "[\\p{L}-]*vorschlag|daten|zahlen|[\\p{L}-]*schätzung(?:en)?|weißbuch|[\\p{L}-]*brief|"
                    + "[\\p{L}-]*vertrag",
            "fr", "rapports?|étude|sondage|enquête|loi|règlement|stratégie|titre|analyse|déclaration|livre|texte|"
                    + "projet|proposition|données|chiffres|estimations?|lettre|traité",
            "es", "informes?|estudio|encuesta|sondeo|documento|ley|reglamento|directiva|estrategia|titular|artículo|"
                    + "análisis|declaración|conclusiones|libro|resolución|texto|borrador|propuesta|datos|cifras|carta|"
                    + "tratado",
            "it", "rapporto|relazione|studio|sondaggio|indagine|legge|regolamento|direttiva|strategia|piano|titolo|"
                    + "articolo|analisi|dichiarazione|conclusioni|risoluzione|testo|bozza|proposta|dati|cifre|stime|"
                    + "lettera|trattato",
            "pl", "raport[\\p{L}-]*|badani[\\p{L}-]*|sondaż[\\p{L}-]*|dokument[\\p{L}-]*|ustaw[\\p{L}-]*|"
                    + "rozporządzeni[\\p{L}-]*|dyrektyw[\\p{L}-]*|strategi[\\p{L}-]*|nagłów[\\p{L}-]*|artykuł[\\p{L}-]*|"
                    + "analiz[\\p{L}-]*|deklaracj[\\p{L}-]*|konkluzj[\\p{L}-]*|księg[\\p{L}-]*|rezolucj[\\p{L}-]*|"
                    + "tekst[\\p{L}-]*|projekt[\\p{L}-]*|dane|danych|szacun[\\p{L}-]*|list|traktat[\\p{L}-]*",
            "nl", "[\\p{L}-]*rapport|verslag|studie|onderzoek|peiling|enquête|wet|verordening|richtlijn|strategie|kop|"
                    + "artikel|verklaring|conclusies|witboek|resolutie|tekst|ontwerp|voorstel|gegevens|cijfers|schattingen|"
                    + "brief");
    /** Newspapers, trackers and calculations: documents in every language. */
    private static final String ANY_LANGUAGE_DOCUMENTS = "newspapers?|diario|[\\p{L}-]*zeitung|journal|quotidien|"
            + "giornale|quotidiano|gazet[\\p{L}-]*|dziennik(?:a|u|iem|i|ów|ach)?|krant|dagblad|tracker|barometer|[\\p{L}-]*politbarometer|jaarverslag|"
            + "gutachten|bilanz|sondaggi[oa]|estimaciones|berekeningen|calculations|berechnungen|calculs|cálculos|"
            + "calcoli|obliczeni[\\p{L}-]*|wyliczeni[\\p{L}-]*|danych|dane|verdrag";
    private static final Pattern DOCUMENT_HEAD = words(String.join("|", DOCUMENT_WORDS.values()) + "|"
            + ANY_LANGUAGE_DOCUMENTS);
    private static final java.util.Map<String, Pattern> DOCUMENT_HEAD_BY_LANGUAGE = DOCUMENT_WORDS.entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
                    e -> words(e.getValue() + "|" + ANY_LANGUAGE_DOCUMENTS)));

    private static final Set<String> DEFINITE = set("the", "der", "die", "das", "den", "dem", "des", "le", "la", "les",
            "l'", "l’", "el", "los", "las", "il", "lo", "gli", "i", "de", "het", "this", "dieser", "diese", "ce", "cette",
            "este", "esta", "questo", "questa", "ten", "ta", "deze", "dit", "its", "their", "his", "her");
    private static final Set<String> INDEFINITE = set("a", "an", "one", "ein", "eine", "einer", "einem", "einen",
            "un", "une", "una", "uno", "un'", "un’", "een", "jeden", "jedna", "jedno", "pewien", "pewna", "another",
            "some", "several", "two", "three", "des", "zwei", "drei", "mehrere", "einige", "plusieurs", "deux", "trois",
            "unos", "unas", "varios", "varias", "dos", "tres", "alcuni", "alcune", "diversi", "due", "tre", "kilku",
            "kilka", "dwóch", "dwaj", "trzech", "enkele", "twee", "drie", "verscheidene");

    /** Subject pronouns of the third person, which refer back to the last person named, by language. */
    private static final java.util.Map<String, Set<String>> PRONOUNS = java.util.Map.of("en", set("he", "she", "him",
            "her"), "de", set("er", "sie", "ihm", "ihr"), "fr", set("il", "elle", "lui"), "es", set("él", "ella"),
            "it", set("lui", "lei", "egli", "ella"), "pl", set("on", "ona", "niego", "niej", "jego", "jej"),
            "nl", set("hij", "zij", "ze", "hem", "haar"));

    /**
     * Prepositions of place by language: a capitalised word right after one is a place, never a person's name ("a
     * diplomat in Brussels", "Botschafter in Berlin", "Dyplomata w Brukseli", "un officier à Sarrebourg").
     */
    private static final java.util.Map<String, Set<String>> LOCATIVES = java.util.Map.of("en", set("in", "at", "near",
            "from", "outside"), "de", set("in", "im", "aus", "bei", "beim", "nahe", "nach"), "fr", set("à", "en", "au",
            "aux", "dans", "près"), "es", set("en", "desde"), "it", set("in", "nel", "nella", "presso"), "pl", set("w",
            "we", "na", "pod", "przy", "koło"), "nl", set("in", "uit", "te", "bij", "nabij"));

    /** Relative pronouns: a clause they open describes the phrase before it ("X, who heads Y, said"). */
    private static final java.util.Map<String, Set<String>> RELATIVES = java.util.Map.of("en", set("who", "which",
            "whose"), "de", set("der", "die", "das", "welcher", "welche", "dessen", "deren"), "fr", set("qui", "dont",
            "lequel", "laquelle"), "es", set("quien", "quienes", "que", "cual"), "it", set("che", "cui", "quale"),
            "pl", set("który", "która", "które", "którzy", "którego", "której", "którym"), "nl", set("die", "dat", "wie"));

    /**
     * The indefinite articles of each language that open an unnamed person ("Een marinier …", "Una reservista …"):
     * per language, since "a" is a Spanish preposition and "dos", "due" are numerals of time phrases.
     */
    private static final java.util.Map<String, Set<String>> ARTICLES = java.util.Map.of("en", set("a", "an"), "de",
            set("ein", "eine"), "fr", set("un", "une"), "es", set("un", "una"), "it", set("un", "uno", "una", "un'",
            "un’"), "nl", set("een"));

    /** A language's words of a kind; none for a text whose language is unknown (Map.of takes no null key). */
    private static <T> T inLanguage(java.util.Map<String, T> byLanguage, String lang) {
        return lang == null ? null : byLanguage.get(lang);
    }

    static boolean isArticle(Token t, String lang) {
        Set<String> words = inLanguage(ARTICLES, lang);
        return words != null && words.contains(t.lower());
    }

    /**
     * Articles, possessives and demonstratives per language (not those that are also object pronouns before a verb,
     * "lo", "le"): the word after one is a noun or an adjective, never a finite verb.
     */
    private static final java.util.Map<String, Set<String>> DETERMINERS = java.util.Map.of("es", set("el", "la", "los",
            "las", "un", "una", "unos", "unas", "su", "sus", "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas",
            "del", "al", "aquel", "aquella", "nuestro", "nuestra"), "it", set("il", "la", "i", "gli", "l'", "l’", "un", "uno",
            "una", "un'", "un’", "del", "della", "dello", "dei", "degli", "delle", "al", "alla", "nel", "nella", "questo",
            "questa", "quel", "quella", "suo", "sua", "suoi"), "fr", set("le", "la", "les", "l'", "l’", "un", "une", "des",
            "du", "au", "aux", "son", "sa", "ses", "ce", "cette", "ces"), "nl", set("de", "het", "een", "dit", "deze",
            "zijn"), "pl", set(), "en", set("the", "a", "an", "this", "his", "its"), "de", set("den", "dem", "des", "ein",
            "eine", "einen", "einem", "seine"));

    static boolean isDeterminer(Token t, String lang) {
        Set<String> words = inLanguage(DETERMINERS, lang);
        return words != null && words.contains(t.lower());
    }

    static boolean isLocative(Token t, String lang) {
        Set<String> words = inLanguage(LOCATIVES, lang);
        return words != null && words.contains(t.lower());
    }

    static boolean isRelative(Token t, String lang) {
        Set<String> words = inLanguage(RELATIVES, lang);
        return words != null && words.contains(t.lower());
    }

    /** "one of the soldiers", "einer der Diplomaten", "jeden z sierżantów": someone nameless out of a group. */
    private static final Set<String> ONE_OF = set("one", "einer", "eine", "l'un", "l’un", "l'une", "l’une", "uno", "una",
            "jeden", "jedna", "een");

    /** Prepositions and articles between an office and its domain: "of", "für", "des", "della", "do spraw". */
    private static final Set<String> OFFICE_LINKS = set("of", "for", "für", "der", "des", "du", "de", "la", "l'", "l’",
            "d'", "d’", "del", "della", "dello", "degli", "delle", "di", "per", "alla", "ds", ".", "do", "van", "voor",
            "the", "and", "und", "et", "y", "e", "i", "en", "to", "at", "in", "im", "beim", "bei", "w", "z", "ze",
            "von", "al", "a", "ai", "agli", "alle", "allo", "dei", "au", "aux", "sul", "sulla", "na", "-", "–");

    /**
     * Capitalised words that open sentences in the languages without a part-of-speech model here (es it pl nl) and are
     * no names; in de en fr the model tells them.
     */
    private static final Set<String> FUNCTION_WORDS = set(
            "el", "la", "los", "las", "un", "una", "en", "de", "del", "según", "para", "por", "con", "sin", "tras",
            "ante", "este", "esta", "estos", "estas", "ese", "esa", "su", "sus", "también", "además", "sin", "así", "ya",
            "no", "sí", "pero", "y", "o", "que", "cuando", "donde", "como", "si", "hoy", "ayer", "mañana", "durante",
            "desde", "hasta", "entre", "sobre", "al", "lo", "le", "les", "se", "nos", "hay", "es", "fue", "ha", "han",
            "il", "gli", "le", "uno", "in", "di", "della", "dei", "degli", "delle", "da", "dal", "dalla", "a", "alla",
            "su", "sul", "sulla", "per", "tra", "fra", "secondo", "questo", "questa", "questi", "queste", "quello",
            "quella", "come", "anche", "inoltre", "tuttavia", "però", "ma", "e", "che", "dove", "se", "oggi", "ieri", "domani",
            "dopo", "prima", "già", "non", "è", "sono", "hanno", "ci", "si", "ne", "nel", "nella", "negli", "nelle",
            "w", "we", "z", "ze", "na", "do", "od", "po", "przy", "dla", "bez", "przez", "pod", "nad", "według",
            "zdaniem", "ten", "ta", "to", "te", "ci", "jego", "jej", "ich", "także", "również", "jednak", "ale", "i",
            "oraz", "lub", "że", "gdy", "kiedy", "gdzie", "jak", "jeśli", "dziś", "dzisiaj", "wczoraj", "jutro",
            "podczas", "przed", "już", "nie", "jest", "są", "był", "była", "było", "się", "tym", "tego", "tej",
            "natomiast", "ponadto", "jako", "aby", "żeby", "by", "co", "czy", "który", "która", "które",
            "het", "een", "op", "van", "voor", "met", "bij", "aan", "door", "naar", "uit", "over", "volgens", "tijdens",
            "na", "sinds", "dit", "deze", "die", "dat", "zijn", "haar", "hun", "ook", "bovendien", "echter", "maar",
            "en", "of", "toen", "wanneer", "waar", "hoe", "als", "vandaag", "gisteren", "morgen", "al", "niet", "is",
            "was", "waren", "er", "hij", "zij", "ze", "we", "wij", "om", "tot", "nog", "wel", "dan", "daarom",
            "the", "a", "an", "in", "on", "at", "for", "with", "by", "from", "this", "that", "these", "those", "it",
            "he", "she", "they", "we", "but", "and", "or", "as", "if", "when", "while", "after", "before", "according",
            "also", "however", "meanwhile", "today", "yesterday", "speaking", "asked");

    static boolean isOffice(Token t) {
        return t.isWord() && (OFFICE.matcher(head(t)).matches() || deputyOf(head(t)) || officeAfterHyphen(t.text())
                || PARTY_COUNCILLOR.matcher(t.text()).matches());
    }

    /**
     * "SVP-Nationalrat", "CDU-Stadtrat": a council with a party's acronym before it is one of its members (alone,
     * "der Nationalrat" is the council, a body that grants money). Only the councils whose members are called so: a
     * "UN-Sicherheitsrat", an "EU-Ministerrat" or a "KI-Beirat" is a body.
     */
    private static final Pattern PARTY_COUNCILLOR = Pattern.compile("(?:\\p{Lu}{2,}|\\p{Lu}\\p{Ll}*\\p{Lu})-"
            + "(?:National|Stände|Bundes|Kantons|Regierungs|Gro(?:ß|ss)|Land|Kreis|Stadt|Gemeinde|Orts)rat");

    /**
     * "Damen-topman", "KNDS-Chef", "Airbus-directeur": a compound on a company's name is read by its last part, as long
     * as that part is lower case (a double name such as "Jean-Luc" has none).
     */
    private static boolean officeAfterHyphen(String word) {
        int hyphen = word.lastIndexOf('-');
        if (hyphen <= 0 || hyphen + 3 > word.length() || !Character.isLowerCase(word.charAt(hyphen + 1))) {
            return false;
        }
        return OFFICE.matcher(word.substring(hyphen + 1)).matches();
    }

    /** "vicecapo", "Vizepräsident", "wicedyrektor", "sous-directeur": a deputy of an office holds an office. */
    private static final Pattern DEPUTY = Pattern.compile("(?iu)(?:vice|vize|wice|sous|sub|onder)-?(\\p{L}{3,}.*)");

    private static boolean deputyOf(String word) {
        java.util.regex.Matcher m = DEPUTY.matcher(word);
        return m.matches() && OFFICE.matcher(m.group(1)).matches();
    }

    /** A deputy's noun before the office deputised for: "zastępca burmistrza", "deputy mayor", "adjoint au maire". */
    private static final Pattern DEPUTY_NOUN = Pattern.compile(
            "(?iu)zastepc(?:a|y|e|o|om|ow|ami|ach)|deputy|stellvertret\\p{L}*|adjoint\\p{L}*|plaatsvervangend\\p{L}*"
                    + "|vice|vize|wice|sous|sub");

    /**
     * Whether the office in a role whose head is {@code head} is a deputy's: the head's word is a deputy's form
     * ("wiceburmistrz") or follows a deputy's noun ("Zastępca burmistrza").
     */
    static boolean deputyBefore(String role, String head) {
        if (role == null || head == null) {
            return false;
        }
        List<String> words = PhraseIndex.words(People.fold(role));
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).contains(head)) {
                return deputyOf(words.get(k)) || k > 0 && DEPUTY_NOUN.matcher(words.get(k - 1)).matches();
            }
        }
        return false;
    }

    /** "EU-Diplomat", "NAVO-functionaris", "NATO-Sprecher": a compound on an acronym is read by its second part. */
    private static final Pattern ACRONYM_PREFIX = Pattern.compile("\\p{Lu}{2,}-(\\p{L}.*)");

    private static String head(Token t) {
        java.util.regex.Matcher m = ACRONYM_PREFIX.matcher(t.text());
        return m.matches() ? m.group(1) : t.text();
    }

    /**
     * Nouns that describe a private person in an apposition ("Nadia Belkacem, mère d'un futur volontaire", "a
     * resident of Narva", "ein Reservist aus Kassel"): a role, though no office.
     */
    private static final Pattern PERSON_NOUN = words("mother|father|resident|student|soldier|volunteer|reservist"
            + "|worker|farmer|veteran|nurse|doctor|teacher|owner|engineer|pilot|mutter|vater|anwohner(?:in)?"
            + "|student(?:in)?|soldat(?:in)?|reservist(?:in)?|arbeiter(?:in)?|landwirt(?:in)?|veteran(?:in)?"
            + "|mère|père|habitante?|étudiante?|soldate?|volontaire|réserviste|ouvrière?|agricult(?:eur|rice)"
            + "|madre|padre|vecin[oa]|estudiante|soldado|voluntari[oa]|reservista|trabajador[a]?|agricult(?:or|ora)"
            + "|abitante|studente(?:ssa)?|volontari[oa]|operai[oa]|agricolt(?:ore|rice)|matka|ojciec|mieszkan\\p{L}*"
            + "|student(?:ka)?|żołnierz|ochotni\\p{L}*|rolni\\p{L}*|moeder|vader|bewoner|buurtbewoner|soldaat"
            + "|vrijwilliger|reservist|boer|boerin");

    static boolean isPersonNoun(Token t) {
        return t.isWord() && PERSON_NOUN.matcher(t.text()).matches();
    }

    static boolean isModifier(Token t) {
        return t.isWord() && MODIFIER.matcher(t.text()).matches();
    }

    static boolean isDomain(Token t) {
        return t.isWord() && DOMAIN.matcher(t.text()).matches();
    }

    /** Sources and insiders, which stay nameless whatever article they take ("the sources", "źródeł w KPRM"). */
    private static final Pattern SOURCE_WORD = words("sources?|źródł[\\p{L}-]*|źródeł|fuentes?|fonti|fonte|quellen?"
            + "|bronn?en|bron|insiders?|ingewijden?|eingeweihte[n]?|kreise[n]?|entourage|proches");

    static boolean isSourceWord(Token t) {
        return t.isWord() && SOURCE_WORD.matcher(t.text()).matches();
    }

    static boolean isAnonymousHead(Token t) {
        return t.isWord() && ANONYMOUS_HEAD.matcher(head(t)).matches();
    }

    /** Spokespeople speak for an institution: without a name they are an anonymous source, never a pronoun. */
    private static final Pattern SPOKESPERSON = words("spokes(?:person|man|woman)|[\\p{L}-]*sprecher(?:in)?|porte-parole"
            + "|portavo(?:z|ce)|rzeczni[\\p{L}]*|[\\p{L}-]*woordvoer(?:der|ster)");

    /**
     * Common nouns for a company: "la empresa", "die Firma", "the company", "il gruppo", "het bedrijf", "spółka". Alone
     * as a subject they refer back to a company the text named; before a capitalised run they make it a company.
     */
    private static final Pattern COMPANY = words("company|firm|manufacturer|group|venture|shipbuilder|maker|operator"
            + "|konzern|unternehmen|firma|firmy|[\\p{L}-]*hersteller|werft|betreiber|entreprise|société|groupe"
            + "|opérateur|constructeur|fabricant|empresa|compañía|grupo|astillero|fabricante|operador|azienda|gruppo"
            + "|società|compagnia|armatore|produttore|operatore|spółk[aię]|koncern|producent|zakład[\\p{L}]*"
            + "|[\\p{L}-]*bedrijf|concern|fabrikant|bouwer|scheepswerf|werf"
            // who runs a network or a site: "il gestore ferroviario", "l'exploitant", "el gestor"
            + "|gestore|gestor|gestionnaire|exploitant");

    static boolean isCompanyNoun(Token t) {
        return t.isWord() && COMPANY.matcher(t.text()).matches();
    }

    static boolean isSpokesperson(Token t) {
        return t.isWord() && SPOKESPERSON.matcher(head(t)).matches();
    }

    /** A German genitive in "-s" or "-es" ("Amtes", "Ministeriums"), and its ending; compiled once, asked per word. */
    private static final Pattern GERMAN_GENITIVE = Pattern.compile(".*[^s]e?s");
    private static final Pattern GENITIVE_ENDING = Pattern.compile("e?s$");

    /** As {@link #isInstitutionHead(Token)}; compounds by their end only in the languages that compound (de, nl). */
    static boolean isInstitutionHead(Token t, String lang) {
        if ("de".equals(lang) && t.isWord() && t.text().length() > 4 && GERMAN_GENITIVE.matcher(t.text()).matches()
                && INSTITUTION_HEAD.matcher(GENITIVE_ENDING.matcher(t.text()).replaceAll("")).matches()) {
            // the German genitive: "des Auswärtigen Amtes", "des Ministeriums"
            return true;
        }
        return "de".equals(lang) || "nl".equals(lang) || lang == null ? isInstitutionHead(t)
                : t.isWord() && INSTITUTION_WORD.matcher(t.text()).matches();
    }

    static boolean isInstitutionHead(Token t) {
        return t.isWord() && INSTITUTION_HEAD.matcher(t.text()).matches();
    }

    static boolean isDocumentHead(Token t) {
        return t.isWord() && DOCUMENT_HEAD.matcher(t.text()).matches();
    }

    /**
     * A document word of the text's language (any language when it is not known): inside a name only these count, so
     * the Sardinian surname "Loi" is no French law and "Wet" no Dutch one in an English text.
     */
    static boolean isDocumentHead(Token t, String lang) {
        Pattern words = lang == null ? null : DOCUMENT_HEAD_BY_LANGUAGE.get(lang);
        return t.isWord() && (words != null ? words : DOCUMENT_HEAD).matcher(t.text()).matches();
    }

    static boolean isDefinite(Token t) {
        return DEFINITE.contains(t.lower());
    }

    static boolean isIndefinite(Token t) {
        return INDEFINITE.contains(t.lower());
    }

    static boolean isPronoun(Token t, String lang) {
        Set<String> pronouns = inLanguage(PRONOUNS, lang);
        return pronouns != null ? pronouns.contains(t.lower())
                : PRONOUNS.values().stream().anyMatch(p -> p.contains(t.lower()));
    }

    static boolean isOneOf(Token t) {
        return ONE_OF.contains(t.lower());
    }

    static boolean isParticle(Token t) {
        return NameParticles.isParticle(t);
    }

    static boolean isOfficeLink(Token t) {
        return OFFICE_LINKS.contains(t.lower());
    }

    static boolean isFunctionWord(Token t) {
        return FUNCTION_WORDS.contains(t.lower());
    }

    /** A set of words that may name one twice (the languages share many). */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
