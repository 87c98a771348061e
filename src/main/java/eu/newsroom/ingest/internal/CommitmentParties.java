package eu.newsroom.ingest.internal;

import eu.newsroom.ingest.internal.Gazetteer.KnownActor;
import eu.newsroom.ingest.internal.Tokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who gives and who receives the money of a commitment, read as a journalist would from the sentence that holds the
 * figure: the donor is the subject of its clause when the newsroom knows that party ("Finland has allocated …",
 * "Die EU stellt … bereit"), or the party after "from" / "by" ("Ukraine receives … from Japan", "pledged by
 * Norway"); the recipient is a known party after "to" / "for" / "an" / "à" … or the subject of "receives". Nothing
 * is guessed: no default donor, no party named elsewhere in the sentence, and "the Member States" are not the EU.
 * A subject the newsroom does not know ("Deutschland", "der Bund", "España") gives no donor, not the next party named.
 */
final class CommitmentParties {

    /**
     * The donor's and the recipient's slugs, each null when the sentence does not tell a known party; and each party
     * as the text names it when it is not one the newsroom knows ("der Bund", "España", "Haushaltsausschuss des
     * Bundestages"), for the editor to confirm or map to an actor.
     */
    record Parties(String donor, String recipient, String donorName, String recipientName) {
    }

    private record Mention(String slug, int start, int end) {
    }

    /** Prepositions in the seven languages: a party inside a prepositional phrase is no subject. */
    private static final Set<String> PREPOSITIONS = Set.of("in", "im", "at", "on", "of", "for", "to", "from", "by",
            "with", "under", "within", "after", "before", "during", "among", "across", "through", "via", "against",
            "an", "am", "auf", "aus", "bei", "beim", "für", "gegen", "mit", "nach", "seit", "von", "vom", "vor", "zu",
            "zum", "zur", "über", "about", "regarding", "despite", "without", "beyond", "unter", "laut", "durch", "à", "au", "aux", "de", "du", "des", "en", "dans", "par",
            "pour", "avec", "sur", "sous", "selon", "entre", "vers", "chez", "depuis", "a", "al", "del", "con", "por",
            "para", "sobre", "según", "desde", "hasta", "tras", "ante", "di", "da", "dal", "dalla", "nel", "nella",
            "per", "su", "tra", "fra", "alla", "ai", "agli", "dei", "degli", "della", "secondo", "w", "we", "z", "ze",
            "na", "do", "od", "dla", "przez", "po", "przy", "pod", "nad", "według", "van", "voor", "met", "bij", "aan",
            "door", "naar", "uit", "op", "over", "volgens", "tijdens", "sinds", "tot");
    /** Prepositions before the party that receives: "to Ukraine", "für die Ukraine", "à l'Ukraine", "dla Ukrainy". */
    private static final Set<String> TO = Set.of("to", "for", "an", "für", "à", "au", "aux", "pour", "a", "al",
            "para", "per", "alla", "ai", "all'", "all’", "dla", "do", "aan", "voor", "naar", "towards");
    /** Prepositions before the party that gives, after the figure: "from Japan", "by Norway", "von der EU". */
    private static final Set<String> FROM = Set.of("from", "by", "von", "vom", "de", "du", "des", "par", "por", "da",
            "dal", "dalla", "dai", "od", "przez", "van", "door", "uit");
    /** Links to the body a group of people acts for: "the leaders of the EU", "los líderes de la UE". */
    private static final Set<String> GENITIVE = Set.of("of", "der", "des", "de", "du", "del", "della", "dell'", "dell’",
            "dei", "degli", "van");
    /** Verbs whose subject receives the money: "Ukraine will receive", "erhält", "reçoit", "recibirá", "otrzyma". */
    private static final Pattern RECEIVES = Pattern.compile("(?iu)(?<![\\p{L}])(?:receiv\\p{L}*|get|gets|got"
            + "|erh(?:ält|alten|ielt|ielten)|bekomm\\p{L}*|bekam\\p{L}*|re(?:ç|c)oi\\p{L}*|reçu\\p{L}*|obtien\\p{L}*"
            + "|recib\\p{L}*|obtendr\\p{L}*|obtuvo|ricev\\p{L}*|ottien\\p{L}*|otrzym\\p{L}*|dosta\\p{L}*|krijg\\p{L}*"
            + "|kreeg|kregen|ontv\\p{L}*"
            + "|(?:been|was|were|is|are) (?:allocated|granted|awarded|given|promised|offered|lent))(?![\\p{L}])");
    /** Agents right after the figure: "the EUR 150 billion facility adopted by the Council", "5 Mrd. von der EU". */
    private static final Set<String> BY = Set.of("by", "from", "von", "vom", "par", "por", "da", "dal", "dalla",
            "przez", "od", "door");
    private static final int AGENT_REACH = 6;
    /** "the Member States", "EU-Mitgliedstaaten", "los Estados miembros", "państwa członkowskie": not the Union. */
    private static final Pattern MEMBERS = Pattern.compile("(?iu)(?:members?|member-states?|\\p{L}*mitglied\\p{L}*"
            + "|membres?|miembros?|membri|członkowsk\\p{L}*|lidstat\\p{L}*|lidland\\p{L}*|allies|alliierte\\p{L}*"
            + "|alliés|aliados|alleati|sojusznic\\p{L}*|bondgeno\\p{L}*)");
    /** Words that end the clause a subject is looked for in. */
    private static final Pattern CLAUSE_OPENER = Pattern.compile("(?iu)that|dass|daß|que|qu['’]|che|że|iż|dat|which"
            + "|who|wobei|während|while|whereas|alors|mientras|mentre|podczas|terwijl");

    private CommitmentParties() {
    }

    static Parties of(String text, Span sentence, int figureStart, int figureEnd, String lang, ActorMentions actors) {
        List<Token> tokens = Tokens.tagged(text, sentence, lang);
        List<Mention> parties = new ArrayList<>();
        List<Mention> people = new ArrayList<>();
        for (var hit : actors.in(sentence.in(text))) {
            KnownActor actor = actors.actor(hit.key());
            if (actor != null) {
                (actor.isPerson() ? people : parties).add(new Mention(actor.slug(), sentence.start() + hit.start(),
                        sentence.start() + hit.end()));
            }
        }
        // a person the newsroom knows is no party: "Rutte" names who spoke, not who gives
        tokens = tokens.stream().map(t -> people.stream().anyMatch(p -> p.start() <= t.start() && t.start() < p.end())
                ? new Token(t.text().toLowerCase(java.util.Locale.ROOT), t.start(), t.end(), "PERSON", t.lemma()) : t)
                .toList();
        boolean receives = RECEIVES.matcher(text.substring(sentence.start(), sentence.end())).find();
        Mention subject = subject(tokens, figureStart, lang, parties);
        String donor = null;
        String recipient = null;
        String subjectName = subject == null ? namedParty(tokens, subjectToken(tokens, figureStart, lang), lang) : null;
        if (receives) {
            recipient = subject == null ? null : subject.slug();
            donor = after(tokens, parties, FROM, figureEnd, recipient);
            return new Parties(donor, recipient, null, recipient == null ? subjectName : null);
        } else {
            String agent = agent(tokens, parties, figureEnd);
            donor = agent != null ? agent : subject == null ? null : subject.slug();
            if (donor == null && !hasSubject(tokens, figureStart, lang)) {
                // "… EUR 5 billion pledged by Norway", "… 20 Mio. Euro von der EU": the giver named after the figure
                donor = after(tokens, parties, FROM, figureEnd, null);
            }
            recipient = after(tokens, parties, TO, sentence.start(), donor);
            if (recipient == null && "de".equals(lang)) {
                recipient = dative(tokens, parties, donor);
            }
        }
        boolean subjectGives = donor == null && agent(tokens, parties, figureEnd) == null;
        return new Parties(donor, recipient, subjectGives ? subjectName : null,
                recipient == null ? namedAfter(tokens, TO, figureEnd, lang) : null);
    }

    /**
     * A party the newsroom does not know, as the text names it from its head noun: a state, a body (its head an
     * institution word: "il governo", "kabinet", "rząd"), or a proper noun (by OpenNLP's tag where there is a model,
     * else a capital not opening the sentence), with the capitalised words and genitive that complete its name
     * ("Haushaltsausschuss des Bundestages", "Consejo de Ministros", "Agencja Uzbrojenia"). Null for a person's office,
     * a document, a pronoun or a common noun ("das Geld", "the money").
     */
    static String namedParty(List<Token> tokens, int head, String lang) {
        if (head < 0 || head >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(head);
        if (!t.isWord() || SpeakerWords.isOffice(t) || SpeakerWords.isDocumentHead(t) || SpeakerWords.isPronoun(t, lang)
                || SpeakerWords.isFunctionWord(t) || Character.isDigit(t.text().charAt(0))) {
            return null;
        }
        boolean state = Places.isPlace(t.text(), lang);
        boolean body = SpeakerWords.isInstitutionHead(t, lang);
        // without a tagger, a capital opening the sentence or a point tells nothing, and a word in capitals longer
        // than an acronym is a dateline's place ("BRUSSEL"); a month, a weekday or a news agency's parenthesis
        // ("(EFE)") is no party
        boolean opening = tokens.subList(0, head).stream().noneMatch(Token::isWord);
        boolean acronym = t.isAcronym() && t.text().length() <= 5;
        boolean proper = t.pos() != null ? t.pos().equals("PROPN") || acronym
                : acronym || !opening && t.isCapitalised() && !"de".equals(lang);
        boolean dateOrSource = MonthNames.number(t.text()) > 0 || Weekdays.is(t.text())
                || head > 0 && tokens.get(head - 1).isMark("(");
        if (!state && !body && !proper || dateOrSource) {
            return null;
        }
        int end = head + 1;
        while (end < tokens.size()) {
            Token next = tokens.get(end);
            if (next.isWord() && next.isCapitalised() && !SpeakerWords.isFunctionWord(next)) {
                end++;
            } else if (GENITIVE.contains(next.lower()) && end + 1 < tokens.size()) {
                int at = end + 1;
                while (at < tokens.size() && SpeakerWords.isDefinite(tokens.get(at))) {
                    at++;
                }
                if (at < tokens.size() && tokens.get(at).isWord() && tokens.get(at).isCapitalised()) {
                    end = at + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return tokens.get(head).text().equals(tokens.get(end - 1).text()) ? t.text()
                : joined(tokens, head, end);
    }

    private static String joined(List<Token> tokens, int from, int to) {
        StringBuilder name = new StringBuilder(tokens.get(from).text());
        for (int i = from + 1; i < to; i++) {
            Token t = tokens.get(i);
            name.append(t.start() > tokens.get(i - 1).end() ? " " : "").append(t.text());
        }
        return name.toString();
    }

    /** A party the newsroom does not know named right after one of the prepositions, past the figure: "to X". */
    private static String namedAfter(List<Token> tokens, Set<String> prepositions, int from, String lang) {
        for (int i = index(tokens, from); i < tokens.size() - 1; i++) {
            Token t = tokens.get(i);
            if (t.start() < from || !prepositions.contains(t.lower())) {
                if (t.isMark(",;:–—()") || CLAUSE_OPENER.matcher(t.text()).matches()) {
                    return null;
                }
                continue;
            }
            int at = i + 1;
            while (at < tokens.size() && (SpeakerWords.isDefinite(tokens.get(at)) || tokens.get(at).isMark("'’"))) {
                at++;
            }
            // a purpose ("for air defence", "pour la phase de démonstration") is no party: only a name is
            if (at < tokens.size() && tokens.get(at).isCapitalised()) {
                return namedParty(tokens, at, lang);
            }
        }
        return null;
    }

    /**
     * The known party that is the subject of the clause holding the figure: its first noun phrase outside a
     * prepositional phrase, before the figure. Null when that phrase is no known party, or stands for the Member
     * States ("die EU-Mitgliedstaaten", "los Estados miembros de la UE").
     */
    private static Mention subject(List<Token> tokens, int figureStart, String lang, List<Mention> parties) {
        int nominal = subjectToken(tokens, figureStart, lang);
        if (nominal < 0) {
            return null;
        }
        Token head = tokens.get(nominal);
        for (Mention party : parties) {
            if (party.start() <= head.start() && head.start() < party.end()) {
                return nearMembers(tokens, party) ? null : party;
            }
        }
        // "Los líderes de la Unión Europea aprobaron", "the leaders of the EU agreed": the body they act for
        int next = nominal + 1;
        boolean commonNoun = head.pos() != null ? head.pos().equals("NOUN") : !head.isCapitalised();
        if (commonNoun && next < tokens.size() && GENITIVE.contains(tokens.get(next).lower())) {
            int at = next + 1;
            while (at < tokens.size() && (SpeakerWords.isDefinite(tokens.get(at)) || tokens.get(at).isMark("'’"))) {
                at++;
            }
            for (Mention party : parties) {
                if (at < tokens.size() && party.start() == tokens.get(at).start() && party.end() < figureStart) {
                    return nearMembers(tokens, party) ? null : party;
                }
            }
        }
        return null;
    }

    private static boolean hasSubject(List<Token> tokens, int figureStart, String lang) {
        return subjectToken(tokens, figureStart, lang) >= 0;
    }

    /** The index of the first noun of the figure's clause outside a prepositional phrase, or -1. */
    private static int subjectToken(List<Token> tokens, int figureStart, String lang) {
        int found = -1;
        boolean article = false;
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < figureStart) {
            Token t = tokens.get(i);
            if (t.isMark(";:–—") || CLAUSE_OPENER.matcher(t.text()).matches() || isSaying(t, lang)) {
                // "… said (that) allies had pledged …": the money's clause starts after the verb of saying
                found = -1;
                article = false;
                i++;
                continue;
            }
            if (!t.isWord() || Character.isDigit(t.text().charAt(0))) {
                i++;
                continue;
            }
            if (isVerb(t) && found >= 0) {
                return found;
            }
            if (isPreposition(t)) {
                i = phraseEnd(tokens, i + 1, figureStart);
                article = false;
                continue;
            }
            if (SpeakerWords.isDefinite(t) || SpeakerWords.isIndefinite(t)) {
                article = true;
                i++;
                continue;
            }
            boolean noun = t.pos() != null ? t.pos().matches("NOUN|PROPN|X") || t.isAcronym()
                    : t.isCapitalised() && !SpeakerWords.isFunctionWord(t) || article;
            if (noun && found < 0) {
                found = i;
            }
            article = false;
            i++;
        }
        return found;
    }

    /** Where a prepositional phrase ends: its articles, adjectives and figures, then its noun (and its name's words). */
    private static int phraseEnd(List<Token> tokens, int from, int figureStart) {
        int i = from;
        while (i < tokens.size() && tokens.get(i).start() < figureStart) {
            Token t = tokens.get(i);
            if (Character.isDigit(t.text().charAt(0))) {
                // "since 2022", "dal 2022": a year is the phrase's head
                return i + 1;
            }
            boolean modifier = SpeakerWords.isDefinite(t) || SpeakerWords.isIndefinite(t) || t.isMark("'’")
                    || t.pos() != null && t.pos().matches("DET|ADJ");
            if (!modifier) {
                break;
            }
            i++;
        }
        if (i >= tokens.size() || !tokens.get(i).isWord()) {
            return i;
        }
        boolean name = tokens.get(i).isCapitalised();
        i++;
        while (name && i < tokens.size() && tokens.get(i).isWord() && tokens.get(i).isCapitalised()
                && tokens.get(i).start() < figureStart) {
            i++;
        }
        return i;
    }

    private static boolean isPreposition(Token t) {
        return t.pos() != null ? t.pos().startsWith("ADP") || PREPOSITIONS.contains(t.lower()) && !t.isCapitalised()
                : PREPOSITIONS.contains(t.lower());
    }

    private static boolean isSaying(Token t, String lang) {
        return !SpeechWords.cues(t.text(), lang).isEmpty() || SpeechWords.isSayingVerb(t, lang);
    }

    private static boolean isVerb(Token t) {
        return t.pos() != null && t.pos().matches("VERB|AUX");
    }

    /** The party named as the agent right after the figure, in the same clause: "… adopted by the Council". */
    private static String agent(List<Token> tokens, List<Mention> parties, int figureEnd) {
        int from = index(tokens, figureEnd);
        for (int i = from; i < tokens.size() && i <= from + AGENT_REACH; i++) {
            Token t = tokens.get(i);
            if (t.isMark(",;:–—()") || CLAUSE_OPENER.matcher(t.text()).matches()) {
                return null;
            }
            if (BY.contains(t.lower())) {
                int at = i + 1;
                while (at < tokens.size() && (SpeakerWords.isDefinite(tokens.get(at)) || tokens.get(at).isMark("'’"))) {
                    at++;
                }
                for (Mention party : parties) {
                    if (at < tokens.size() && party.start() == tokens.get(at).start() && !nearMembers(tokens, party)) {
                        return party.slug();
                    }
                }
            }
        }
        return null;
    }

    /** A known party right after one of the given prepositions (an article between allowed), past an offset. */
    private static String after(List<Token> tokens, List<Mention> parties, Set<String> prepositions, int from,
            String not) {
        for (Mention party : parties) {
            if (party.start() < from || party.slug().equals(not) || nearMembers(tokens, party)) {
                continue;
            }
            int at = index(tokens, party.start());
            for (int i = at - 1; i >= 0 && i >= at - 3; i--) {
                Token t = tokens.get(i);
                if (prepositions.contains(t.lower())) {
                    return party.slug();
                }
                if (!SpeakerWords.isDefinite(t) && !SpeakerWords.isIndefinite(t) && !t.isMark("'’")
                        && !(t.pos() != null && t.pos().equals("ADJ"))) {
                    break;
                }
            }
        }
        return null;
    }

    /**
     * German gives the receiver in the dative, without a preposition: "stellt der Ukraine 1,9 Mrd. Euro zur Verfügung",
     * "hat Deutschland der Ukraine … geleistet": a known party right after "der" or "dem" that follows a verb.
     */
    private static String dative(List<Token> tokens, List<Mention> parties, String not) {
        for (Mention party : parties) {
            int at = index(tokens, party.start());
            if (party.slug().equals(not) || at < 2 || !tokens.get(at - 1).is("der", "dem")) {
                continue;
            }
            Token before = tokens.get(at - 2);
            if (before.pos() != null && before.pos().matches("VERB|AUX") || before.pos() != null
                    && before.pos().equals("PROPN") && at >= 3 && tokens.get(at - 3).pos() != null
                    && tokens.get(at - 3).pos().matches("VERB|AUX")) {
                return party.slug();
            }
        }
        return null;
    }

    /** Whether the party is named as a group of its members: "EU member states", "Estados miembros de la UE". */
    private static boolean nearMembers(List<Token> tokens, Mention party) {
        int at = index(tokens, party.start());
        for (int i = Math.max(0, at - 4); i < Math.min(tokens.size(), at + 4); i++) {
            Token t = tokens.get(i);
            if (t.isWord() && MEMBERS.matcher(t.text()).matches()
                    || t.isWord() && t.lower().matches(".*mitglied.*|.*członk.*|lid-?staten")) {
                return true;
            }
        }
        return false;
    }

    private static int index(List<Token> tokens, int offset) {
        int found = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() <= offset) {
                found = i;
            }
        }
        return found;
    }
}
