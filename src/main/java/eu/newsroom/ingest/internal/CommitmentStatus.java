package eu.newsroom.ingest.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The status of a sum as a journalist reads it from the grammar of the figure's clause, in this order:
 * <ol>
 * <li>the mood: a conditional or a verb of proposing makes it <em>proposed</em> ("could", "könnte", "pourrait",
 * "podría", "potrebbe", "zou … kunnen", "mógłby"; the conditional by its ending in the Romance languages);</li>
 * <li>the tense: a future or an obligation ("will", "is to be", "soll", "sera", "dovrà", "ma zostać", "zal", the
 * future by its ending in French, Spanish and Italian) makes it <em>pledged</em>, whatever participle of giving,
 * setting aside or deciding follows ("sarà firmato", "saranno stanziati", "ma zostać przeznaczone");</li>
 * <li>the verb: giving done (delivered), setting aside (allocated), deciding (agreed), promising (pledged);</li>
 * <li>only when no verb told it: what a noun or an attribute suggests (a contract, a proposal, a budget line that
 * includes a sum, a sum "destined for" something), which is what the clause is about, not what was done.</li>
 * </ol>
 * A verb is a word that starts where a word starts: "promis" is not in "compromis", "deal" not in "ideal".
 */
final class CommitmentStatus {

    private static final String START = "(?iu)(?<![\\p{L}])(?:";
    /** Verbs of giving, setting aside, deciding and promising, in the tenses that tell the act was done. */
    private static final List<Map.Entry<String, Pattern>> VERBS = List.of(
            Map.entry("delivered", Pattern.compile(START + "bereitgestellt|geliefert|ausgezahlt|geleistet|gezahlt"
                    + "|überwiesen|provided|delivered|disbursed|contributed|gave|paid|transferred|has given|have given"
                    + "|fourni(?!r)|versé|livré|entregad|entregó|proporcionad|desembolsad|aportad|aportó|fornit|erogat"
                    + "|consegnat|versat|investit|przekazał|dostarczył|wypłacił|wpłacił|otrzymał|geleverd|leverde"
                    + "|verstrekt|uitbetaald|doorgestort|bijgedragen|overgemaakt|gefördert|erhalten|received|reçu"
                    + "|recibid|recibió|ricevut|ottenut|ontvangen|kreeg"
                    // spent, invested, donated, made available, contributed: money that has gone
                    + "|dépensé|spent|ausgegeben|gastad|gastó|spes[oi]|wydał|uitgegeven|investiert|invested"
                    + "|investi(?!r)"
                    + "|invertid|invirtió|geïnvesteerd|zainwestował|donad|donó|donated|gespendet|donné|donat[oi]"
                    + "|messo a disposizione|messi a disposizione|zur verfügung gestellt|made available"
                    + "|mis à disposition|puesto a disposición|ter beschikking gesteld|contribuit|contribué|contribuid"
                    + "|contribuyó)")),
            Map.entry("allocated", Pattern.compile(START + "zugewiesen|eingeplant|reserviert|vorgesehen|allocated"
                    + "|earmarked|earmarks|set aside|reserved|allou\\p{L}*|affecté|réservé|débloqué|asignad|asignó"
                    + "|reservad|stanziat|stanzia|riservat|przeznaczon|przyznał|zarezerwowan|toegewezen|uitgetrokken"
                    + "|trekt|gereserveerd|toegekend|reserv(?:ad|ar)\\p{L}*|kent [^.]{0,80} toe)")),
            Map.entry("agreed", Pattern.compile(START + "vereinbart|beschlossen|verabschiedet|bewilligt|genehmigt"
                    + "|agreed|adopted|approved|authori[sz]ed|convenu|adopté|approuvé|autorisé|acordad|aprobad"
                    + "|autorizad|autorizó|aprobó|aprueba|aprueban|aprobaron|approvat|concordat|autorizzat|uzgodni"
                    + "|przyjęt|zatwierdz|overeengekomen|goedgekeurd|aangenomen"
                    // deciding by a vote, a signature or an order; a green light
                    + "|gebilligt|billigte|freigegeben|unterzeichnet|signed|voted|signé|voté|firmad|firmó|firmat"
                    + "|uchwalił|uchwalon|podpisał|podpisan|besteld|bestelde|ondertekend|grünes licht|green light"
                    + "|feu vert|luz verde|via libera|zielone światło|groen licht"
                    // agreeing among several, adopting or approving in the present, awarding
                    + "|d'accord|d’accord|geeinigt|einigten|acordaron|concordato|raggiunto un accordo|porozumieli"
                    + "|akkoord over|przyjął|przyjęła|przyjęli|billigt|billigen|gab [^.]{0,60} frei"
                    + "|gibt [^.]{0,60} frei"
                    + "|notifié|awarded|attribué|adjudicad|aggiudicat)")),
            Map.entry("pledged", Pattern.compile(START + "zugesagt|versprochen|pledged|promised|committed|promis"
                    + "|engagé|comprometid|prometid|promess|impegnat|zobowiąz|obiecał|toegezegd|beloofd"
                    // promising in the present tense: "countries pledge EUR 1.2 billion", "sagt … zu", "zadeklarowała"
                    + "|pledges?|promises?|sagt [^.]{0,80} zu|sagen [^.]{0,80} zu|promet|promettent|s'engage"
                    + "|se compromete|promete|si impegna|promette|zadeklarował|deklaruje|zegt [^.]{0,60} toe"
                    + "|belooft)")));
    /**
     * Nouns and attributes that suggest a status when no verb tells one: a proposal (proposed; what a proposal
     * "foresees" is proposed too), a budget line that includes or foresees a sum and a sum destined for something
     * (allocated), a contract or deal (agreed).
     */
    private static final List<Map.Entry<String, Pattern>> SUGGESTIONS = List.of(
            Map.entry("proposed", Pattern.compile(START + "proposal|proposition|propuesta|proposta|voorstel|vorschlag"
                    + "|propozycj)")),
            Map.entry("allocated", Pattern.compile(START + "includes|foresees|prévoit|prevede|umfasst"
                    + "|sieht [^.]{0,60}vor|przewiduje|przewidzian|voorziet|bestemd|destiné|destinad[oa]s?|destinat[oi]"
                    + "|bestimmt|asciende|amounts to|beläuft)")),
            Map.entry("agreed", Pattern.compile(START + "contract|contrat|contrato|contratto|umow[aęy]|vertrag"
                    + "|overeenkomst|deal|acuerdo para|overeenstemming)")));
    /** The conditional mood and the verbs of proposing or considering. */
    private static final Pattern PROPOSING = Pattern.compile(START + "could|könnte|könnten|pourrait|pourraient|podría"
            + "|podrían|potrebbe|potrebbero|zou [^.]{0,60}kunnen|zouden [^.]{0,60}kunnen|mógłby|mogła?by|mogłoby"
            + "|mogłyby|mogliby|proposed|vorgeschlagen|propose|proposerait|proposera|propone|overweegt|overwogen"
            + "|erwägt|considering|considers|envisage|rozważa|stelt [^.]{0,20}voor|propuso|voorgesteld"
            + "|zaproponował\\p{L}*|beantragt|propuesto|proposto|proposé|proponuje|schlägt [^.]{0,60} vor)"
            + "(?![\\p{L}])");
    /**
     * A future or an obligation: auxiliaries and modals in the seven languages ("will", "is to be", "soll", "wird",
     * "sera", "va", "se prevé", "zal", "moet", "ma zostać", "będzie"), the English headline infinitive ("Norway to
     * contribute NOK 3 billion") and, in Spanish and Italian, the future by its ending (-rá, -rán; -rà, -ranno:
     * "podrá", "dovrà", "verranno").
     */
    private static final Pattern FUTURE = Pattern.compile(START + "will|shall|is to be|are to be|to be provided"
            + "|soll|sollen|wird|werden|werde|sera|seront|va|vont|doit|doivent|se prevé|prevé|zal|zullen|gaat|moet"
            + "|ma być|mają być|ma zostać|mają zostać|ma trafić|mają trafić|będzie|będą|zostanie|zostaną|przeznaczy"
            + "|przekaże|to be (?:delivered|paid|disbursed|spent|transferred)"
            + "|\\p{L}{2,}(?:rá|rán|rà|ranno))(?![\\p{L}])");
    private static final Pattern HEADLINE_INFINITIVE = Pattern.compile("(?u)^\\s*(?:\\p{Lu}\\p{L}*\\s+){1,3}to\\s+"
            + "(?!(?:the|a|an|its|their|this|these)\\s)\\p{Ll}+");
    /** The French future by its ending (-era, -eront, -ira, -iront, -ra: "devra", "pourra"): only in French. */
    private static final Pattern FUTURE_FR = Pattern.compile("(?iu)(?<![\\p{L}])\\p{L}{2,}(?:era|eront|ira|iront|vra"
            + "|vront|rra|rront|ura|uront|dra|dront)(?![\\p{L}])");

    private CommitmentStatus() {
    }

    /** The status of the figure's clause, else of its sentence (a sub-amount's clause without a verb), else pledged. */
    static String of(String text, Span clause, Span sentence, int figureStart, int figureEnd, String lang) {
        String told = told(text, clause, figureStart, figureEnd, lang);
        if (told == null && !clause.equals(sentence)) {
            // "…, dont 700 millions pour …": a clause without a verb of its own takes its sentence's
            told = told(text, sentence, figureStart, figureEnd, lang);
        }
        return told != null ? told : "pledged";
    }

    /** A verb, an auxiliary or a modal in the clause: where it stands and the status it tells. */
    private record Cue(int start, int end, String status) {
        int distance(int figureStart, int figureEnd) {
            return start >= figureEnd ? start - figureEnd : end <= figureStart ? figureStart - end : 0;
        }
    }

    /**
     * The status the clause tells, or null when it tells none (a title or a point without a verb). The verb nearest
     * to the figure governs it ("hat 5 Mrd. geliefert und wird 3 Mrd. bereitstellen", "ha stanziato 60 milioni … e
     * nel 2027 saranno stanziati ulteriori 40 milioni"); a future or a conditional next to a verb makes the verb's
     * group future or conditional ("saranno stanziati", "soll … bereitgestellt werden").
     */
    static String told(String text, Span clause, int figureStart, int figureEnd, String lang) {
        String words = text.substring(clause.start(), clause.end());
        List<Cue> futures = cues(FUTURE, words, clause.start(), "pledged");
        if ("fr".equals(lang)) {
            futures.addAll(cues(FUTURE_FR, words, clause.start(), "pledged"));
        }
        if ("en".equals(lang)) {
            futures.addAll(cues(HEADLINE_INFINITIVE, words, clause.start(), "pledged"));
        }
        List<Cue> conditionals = cues(PROPOSING, words, clause.start(), "proposed");
        List<Cue> groups = new ArrayList<>(futures);
        groups.addAll(conditionals);
        for (var verb : VERBS) {
            for (Cue cue : cues(verb.getValue(), words, clause.start(), verb.getKey())) {
                groups.add(near(cue, conditionals) ? new Cue(cue.start(), cue.end(), "proposed")
                        : near(cue, futures) ? new Cue(cue.start(), cue.end(), "pledged") : cue);
            }
        }
        Cue governing = groups.stream().min(Comparator.comparingInt((Cue c) -> c.distance(figureStart, figureEnd))
                .thenComparing(c -> -c.start())).orElse(null);
        if (governing != null) {
            return governing.status();
        }
        for (var suggestion : SUGGESTIONS) {
            if (suggestion.getValue().matcher(words).find()) {
                return suggestion.getKey();
            }
        }
        return null;
    }

    /** An auxiliary or a modal within a few words of the verb: "saranno stanziati", "bereitgestellt werden soll". */
    private static boolean near(Cue verb, List<Cue> auxiliaries) {
        return auxiliaries.stream().anyMatch(a -> a.end() <= verb.start() && verb.start() - a.end() <= 25
                || a.start() >= verb.end() && a.start() - verb.end() <= 15);
    }

    private static List<Cue> cues(Pattern pattern, String words, int offset, String status) {
        List<Cue> cues = new ArrayList<>();
        Matcher m = pattern.matcher(words);
        while (m.find()) {
            cues.add(new Cue(offset + m.start(), offset + m.end(), status));
        }
        return cues;
    }
}
