package eu.newsroom.ingest.internal;

import eu.newsroom.ingest.internal.People.Speaker;
import eu.newsroom.ingest.internal.SourcePhrase.Source;
import eu.newsroom.ingest.internal.SourcePhrase.Type;
import eu.newsroom.ingest.internal.SpeechWords.Cue;
import eu.newsroom.ingest.internal.Tokens.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds statements sentence by sentence, and gives one a speaker only when its sentence or its quotation's frame
 * names the speaker, or when a pronoun or a dropped subject refers back to the last person named in the same
 * paragraph; never a default. A sentence whose subject is a document ("the report says", "laut einer Studie") is
 * no statement. When the speaker cannot be told, the statement is proposed without one, with the reason.
 * A quote's words are the words inside the quotation marks (a quotation split by its frame joined with " … "); a
 * sentence that only embeds a quoted phrase is a paraphrase.
 */
public final class StatementReader {

    /** Why a statement has no speaker, or how its speaker was found when the editor should check it. */
    public static final String ANAPHORA = "anaphora";
    public static final String NO_ANTECEDENT = "noSpeaker.pronoun";
    public static final String OFFICE_ONLY = "noSpeaker.office";
    public static final String LONE_NAME = "noSpeaker.name";
    public static final String UNFRAMED = "noSpeaker.quote";
    /** A name the text gives no evidence is a person's or a body's (a place, a word only opening sentences). */
    public static final String NO_EVIDENCE = "noSpeaker.evidence";
    /** "hieß es aus dem Ministerium": the words came from a body, by someone unnamed in it or by the body as such. */
    public static final String CIRCLE_ONLY = "noSpeaker.circle";
    /** "La compañía comunicó": the speaker is the company the text named earlier after a common noun, to check. */
    public static final String COMPANY_ANAPHORA = "anaphora.company";
    /** "Die Firma teilte mit" with no company named before it in the text. */
    public static final String NO_COMPANY = "noSpeaker.company";
    /** A quotation that goes on in the next sentence with no frame of its own: one statement with the one before. */
    private static final String CONTINUED = "continued";

    private static final int MIN_QUOTE_WORDS = 2;
    /** "Pour X, …", "Para X, …", "For X, …": a source only when X is a person. */
    private static final Pattern PERSONAL_SOURCE = Pattern.compile(
            "(?i)pour|para|per|voor|for|für");
    private static final int MAX_SEGMENTS = 3;
    /**
     * Verbs of reacting, whose object is what was reacted to, not what was said ("kritisierte das Verfahren", "a
     * répondu", "welcomed the decision"); a verb of announcing or asking has what was said as its object ("a annoncé
     * l'envoi de …", "réclame l'ouverture de …").
     */
    private static final Pattern REACTING = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:kritisier|criti[cqs]|begrüß|welcom|répond|antwort|repl|comment|kommentier|reagier|react)");
    /** A participle or infinitive of saying with its reported clause: "adding that", "avant d'ajouter que". */
    private static final Pattern ADDING = Pattern.compile("(?iu)(?<![\\p{L}])(?:adding"
            + "|avant d['’]ajouter|en ajoutant|en précisant|ricordando|aggiungendo|sottolineando|añadiendo|agregando"
            + "|recordando|dodając|zaznaczając|podkreślając|eraan toevoegend|toevoegend|und fügte hinzu)\\s*,?\\s*"
            + "(?:that|que|qu['’]|che|że|dat|dass)(?![\\p{L}])");
    /** A verb of saying in the plural (Italian, Spanish, Polish), whose dropped subject is no one person. */
    private static final Pattern PLURAL_VERB = Pattern.compile(
            "(?iu)^(?:hanno|han|habían)\\s|(?:ano|ono|aron|eron|an|en|li|ły|ją|ą)$");
    /**
     * "Jak podkreślił, …", "Come ha spiegato, …", "Como recordó, …": "as" right before a verb of saying opens no
     * clause of its own; the verb's subject is dropped or follows it, as at a sentence's start.
     */
    private static final Pattern AS_SAID = Pattern.compile("(?iu)jak|come|como");
    /**
     * A French incise with the subject pronoun after the verb, whatever the verb: "…, estime-t-elle", "…, sourit-il",
     * "…, prévient-il". After a comma, in a sentence that asks nothing, it frames what was said.
     */
    private static final Pattern FRENCH_INCISE = Pattern.compile(
            "\\p{Ll}[\\p{L}]*-(?:t-)?(?:il|elle)s?");
    /**
     * The incises that frame nothing said: "semble-t-il", "paraît-il", "faut-il", "reste-t-il", "est-il", "va-t-il",
     * "peut-il", the forms of sembler, paraître, falloir, rester, s'agir, être, aller, pouvoir.
     */
    private static final Pattern FRENCH_INCISE_NOT_SAYING = Pattern.compile(
            "(?:(?:sembl|para[iî]|appara[iî]|faud|fall|rest|pouv|pourr)\\p{L}*|faut|agit|est|sont|étai(?:t|ent)|"
            + "ser(?:a|ait|ont|aient)|fut|va|vont|allai(?:t|ent)|ir(?:a|ait|ont)|peu(?:t|vent))-(?:t-)?(?:il|elle)s?");
    /** The prepositions that bring a passive participle's agent: "cité par", "quoted by", "interpellato dall'". */
    private static final Pattern AGENT = Pattern.compile(
            "(?iu)par|by|von|durch|da|dal|dall['’]|dalla|dallo|dai|dagli|dalle|por|przez|door");
    private static final String JOIN = " … ";
    /** A verb that follows a quotation's closing mark and a comma or dash: the quotation's frame. */
    private static final Pattern FRAME_VERB = Pattern.compile(
            "\\s*[,–—-]\\s*(\\p{Ll}[\\p{L}’'-]*(?:-t-(?:il|elle))?)(?=[\\s.,])");
    /** A frame inside a quotation between dashes: "„Możemy … – mówi – ale …”". */
    private static final Pattern INSERTED_FRAME = Pattern.compile(
            "\\s[–—]\\s(\\p{Ll}[\\p{L}’'-]*)(?:\\s[\\p{L}’'-]+){0,3}\\s[–—]\\s");

    /** A statement as found: its sentence, quote or paraphrase, its words, and who said it (null if unclear). */
    public record Said(Span span, String kind, String text, String speaker, String actor, String role,
            String speakerKind, String note) {
    }

    private record Attribution(Speaker speaker, String note, boolean document) {

        static final Attribution NONE = new Attribution(null, null, false);
        static final Attribution DOCUMENT = new Attribution(null, null, true);
    }

    private final String text;
    private final String lang;
    private final List<Span> names;
    private final People people;
    private final SourcePhrase phrases;

    private StatementReader(String text, String lang, List<Span> names, People people) {
        this.text = text;
        this.lang = lang;
        this.names = names;
        this.people = people;
        this.phrases = new SourcePhrase(text, lang, people::isNameWord);
    }

    public static List<Said> read(String text, List<Span> sentences, String lang, LocalDate date, ActorMentions actors,
            Gazetteer gazetteer, List<Span> names, List<Span> skipped) {
        return new StatementReader(text, lang, names, new People(actors, gazetteer, date, lang)).read(sentences, skipped);
    }

    private List<Said> read(List<Span> sentences, List<Span> skipped) {
        List<Said> statements = new ArrayList<>();
        int paragraphEnd = -1;
        Said previous = null;
        // where previous stands in statements: a frame's added statement may follow it ("…", said X, adding that …)
        int previousAt = -1;
        Span before = null;
        for (Span sentence : sentences.stream().flatMap(s -> clauses(s).stream()).toList()) {
            if (sentence.start() > paragraphEnd) {
                people.newParagraph();
                previous = null;
                previousAt = -1;
                before = null;
                int lineEnd = text.indexOf('\n', sentence.start());
                paragraphEnd = lineEnd < 0 ? text.length() : lineEnd;
            }
            if (skipped.stream().anyMatch(s -> s.overlaps(sentence.start(), sentence.end()))) {
                continue;
            }
            Said said = statement(sentence, previous);
            boolean cataphora = before != null && SpeechWords.CATAPHORA.matcher(sentence.in(text)).lookingAt();
            Span reported = before;
            before = sentence;
            if (said != null && cataphora && said.speakerKind() != null) {
                // "Lo ha confermato il sottosegretario …": the sentence before is what was said
                Said earlier = new Said(reported, "paraphrase", reported.in(text), said.speaker(), said.actor(),
                        said.role(), said.speakerKind(), said.note());
                if (previous != null && previous.span().equals(reported)) {
                    statements.set(previousAt, earlier);
                } else {
                    statements.add(earlier);
                    previousAt = statements.size() - 1;
                }
                previous = earlier;
                continue;
            }
            if (said != null && CONTINUED.equals(said.note()) && previous != null) {
                said = new Said(new Span(previous.span().start(), said.span().end()), previous.kind(),
                        previous.text() + JOIN + said.text(), previous.speaker(), previous.actor(), previous.role(),
                        previous.speakerKind(), previous.note());
                statements.set(previousAt, said);
            } else if (said != null) {
                statements.add(said);
                previousAt = statements.size() - 1;
                Said added = addedAfterQuote(said);
                if (added != null) {
                    statements.add(added);
                }
            }
            previous = said;
        }
        // a person first met in an oblique case ("z ministrem Ołehem Tkaczenką") keeps the form the text named them
        // in as a subject later
        statements.replaceAll(s -> "person".equals(s.speakerKind()) && !people.finalName(s.speaker()).equals(s.speaker())
                ? new Said(s.span(), s.kind(), s.text(), people.finalName(s.speaker()), s.actor(), s.role(),
                        s.speakerKind(), s.note()) : s);
        return new SpeakerCheck(text, lang, sentences).vet(statements);
    }

    /**
     * "«…», a-t-il résumé, avant d'ajouter que …", "…, said X, adding that …", "ha detto, ricordando che …": a frame
     * that goes on with a participle or an infinitive of saying and a reported clause says a second thing, after
     * the quotation; its speaker is the quotation's.
     */
    private Said addedAfterQuote(Said quote) {
        if (!"quote".equals(quote.kind()) || quote.speaker() == null) {
            return null;
        }
        List<Span> quotes = quotations(quote.span());
        int from = quotes.isEmpty() ? quote.span().start() : quotes.get(quotes.size() - 1).end();
        if (from < 0) {
            return null;
        }
        Matcher m = ADDING.matcher(text).region(from, quote.span().end());
        if (!m.find()) {
            return null;
        }
        String rest = text.substring(m.end(), quote.span().end()).strip().replaceAll("[.!?]+$", "");
        if (rest.split("\\s+").length < 3) {
            return null;
        }
        return new Said(quote.span(), "paraphrase", rest, quote.speaker(), quote.actor(), quote.role(),
                quote.speakerKind(), quote.note());
    }

    /**
     * A sentence cut at its semicolons outside quotations: "Lei ha sottolineato che …; lui ha annunciato che …",
     * "She argued that …; he said …". A semicolon joins clauses that each stand on their own, and each may report what
     * someone else said. A clause without a cue of its own goes on with what the first reports ("sagte, Polen habe
     * gehandelt; der Sejm habe …").
     */
    private List<Span> clauses(Span sentence) {
        List<Span> quotes = Quotes.quoted(sentence.in(text), sentence.start());
        List<Span> clauses = new ArrayList<>();
        int start = sentence.start();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            int at = i;
            boolean quoted = quotes.stream().anyMatch(q -> q.start() <= at && (q.end() < 0 || at < q.end()));
            boolean ownCue = text.charAt(i) == ';' && !SpeechWords.cues(text.substring(i + 1, sentence.end()), lang).isEmpty();
            if (text.charAt(i) == ';' && !quoted && i + 1 < sentence.end() && ownCue) {
                clauses.add(new Span(start, i));
                start = i + 1;
                while (start < sentence.end() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
        }
        clauses.add(new Span(start, sentence.end()));
        return clauses;
    }

    private Said statement(Span sentence, Said previous) {
        List<Token> tokens = Tokens.tagged(text, sentence, lang);
        List<Span> quotes = quotations(sentence);
        List<Span> own = quotes.stream().filter(q -> ownWords(sentence, q, tokens)).toList();
        List<Cue> cues = cues(sentence, tokens, quotes);
        Attribution attribution = Attribution.NONE;
        boolean reported = false;
        for (Cue cue : ordered(cues, own)) {
            Attribution found = attribute(cue, tokens, quotes);
            if (found.document()) {
                noteNamed(tokens, quotes, null);
                // "Secondo il rapporto …. Ha poi ricordato che …": a dropped subject after it is not the one before
                people.unclear();
                return null;
            }
            if ((found.speaker() != null || found.note() != null) && quotes.isEmpty() && cue.kind() == Cue.Kind.VERB
                    && contentless(tokens, cue) && !SpeechWords.CATAPHORA.matcher(sentence.in(text)).lookingAt()) {
                // "Die Abgeordnete kritisierte das Verfahren.", "Le ministre lui a répondu lors de la réunion.": an act
                // of saying without what was said is no statement, though it names who spoke ("Das sagte X" gives the
                // sentence before)
                break;
            }
            if (found.speaker() != null || found.note() != null) {
                attribution = found;
                reported = true;
                if (found.note() == null && found.speaker() != null) {
                    // "powiedziała Anna Berg": the verb tells her gender, for a pronoun later on
                    people.learnGender(found.speaker(), Genders.ofPronoun(tokens, tokenAt(tokens, cue.start()),
                            tokenAt(tokens, cue.end() - 1) + 1, lang));
                }
                break;
            }
        }
        if (!reported && !own.isEmpty()) {
            attribution = unframed(sentence, tokens, own, previous);
            if (attribution.document()) {
                noteNamed(tokens, quotes, null);
                return null;
            }
            reported = true;
        }
        if (!reported && previous != null && previous.actor() != null || !reported && previous != null
                && previous.speaker() != null && ("person".equals(previous.speakerKind())
                || "anonymous".equals(previous.speakerKind()))) {
            // German reported speech goes on in the subjunctive without a verb of saying: "Die EU sei bereit …"
            List<Token> outsideQuotes = tokens.stream().filter(t -> !inQuote(t, quotes)).toList();
            if (SpeechWords.isKonjunktiv(outside(sentence, quotes), lang) || SpeechWords.isKonjunktiv(outsideQuotes, lang)) {
                attribution = new Attribution(new Speaker(previous.speaker(), previous.actor(), previous.role(),
                        previous.speakerKind()), ANAPHORA, false);
                reported = true;
            }
        }
        noteNamed(tokens, quotes, attribution.speaker());
        if (LONE_NAME.equals(attribution.note()) || OFFICE_ONLY.equals(attribution.note())) {
            people.unclear();
        }
        if (!reported) {
            return null;
        }
        Speaker speaker = attribution.speaker();
        String kind = own.isEmpty() ? "paraphrase" : "quote";
        String words = own.isEmpty() ? sentence.in(text) : quoteWords(own);
        return new Said(sentence, kind, words, speaker == null ? null : speaker.name(),
                speaker == null ? null : speaker.actor(), speaker == null ? null : speaker.role(),
                speaker == null ? null : speaker.kind(), attribution.note());
    }

    /**
     * Whether a sentence with a verb of saying says nothing of what was said, where a tagger tells verbs (de en fr): no
     * other verb, no reported clause, no colon; "kritisierte das Verfahren", "lui a répondu lors de la réunion".
     */
    private boolean contentless(List<Token> tokens, Cue cue) {
        if (!"de en fr".contains(String.valueOf(lang)) || tokens.stream().anyMatch(t -> t.pos() == null && t.isWord())
                || !REACTING.matcher(text.substring(cue.start(), cue.end())).find()) {
            return false;
        }
        int first = tokenAt(tokens, cue.start());
        if (first > 0 && tokens.get(first - 1).isMark(",–—")) {
            // "Die Neutralität schütze Österreich …, sagte Hofstätter": the frame comes after what was said
            return false;
        }
        for (Token t : tokens) {
            boolean inCue = t.start() >= cue.start() && t.end() <= cue.end();
            if (!inCue && t.start() > cue.start() && t.isMark(",")) {
                // "sagte, jede Woche Verzögerung spiele …": a reported clause after a comma, whatever the tagger says
                return false;
            }
            if (!inCue && (t.pos() != null && t.pos().matches("VERB|AUX") || t.isMark(":") || SpeechWords.COMPLEMENTIZER.matcher(t.text())
                    .matches())) {
                return false;
            }
        }
        return true;
    }

    /** A quotation whose frame gives no verb: "Kallas: „…“", or the same speaker going on in the next sentence. */
    private Attribution unframed(Span sentence, List<Token> tokens, List<Span> own, Said previous) {
        Attribution framed = frameAfterQuote(sentence, tokens, own);
        if (framed != null) {
            return framed;
        }
        int colon = text.lastIndexOf(':', own.get(0).start());
        if (colon >= sentence.start() && text.substring(colon + 1, own.get(0).start()).strip().length() <= 1) {
            int at = tokenAt(tokens, colon);
            Source source = subjectBefore(tokens, at, List.of());
            Attribution found = resolve(source, tokens);
            if (found.speaker() != null) {
                return found;
            }
        }
        String frame = outside(sentence, own).replaceAll("[\\p{P}\\s]+", " ").strip();
        boolean quoteOnly = frame.isEmpty() || frame.split(" ").length <= 1;
        if (quoteOnly && previous != null && previous.speaker() != null && "quote".equals(previous.kind())) {
            return new Attribution(new Speaker(previous.speaker(), previous.actor(), previous.role(),
                    previous.speakerKind()), CONTINUED, false);
        }
        return new Attribution(null, UNFRAMED, false);
    }

    /**
     * The frame right after a quotation names its verb by its place, whatever the verb: "«…», lamentó", "„…“ –
     * przekazało Dowództwo", "“…”, conclude Sperandio", and the frame inside one: "„Możemy … – mówi – ale …”".
     */
    private Attribution frameAfterQuote(Span sentence, List<Token> tokens, List<Span> own) {
        Span last = own.get(own.size() - 1);
        Matcher after = FRAME_VERB.matcher(text).region(Math.min(last.end() + 1, sentence.end()),
                sentence.end());
        if (after.lookingAt() && SpeechWords.HEADLINE.matcher(after.group(1)).matches()) {
            return Attribution.DOCUMENT;
        }
        if (after.lookingAt()) {
            return attribute(new Cue(after.start(1), after.end(1), Cue.Kind.VERB), tokens, own);
        }
        for (Span q : own) {
            Matcher inside = INSERTED_FRAME.matcher(q.in(text));
            if (inside.find()) {
                int at = q.start() + inside.start(1);
                return attribute(new Cue(at, q.start() + inside.end(1), Cue.Kind.VERB), tokens, List.of());
            }
        }
        return null;
    }

    /** The speech cues outside the quotations, by their words or, where a lemmatizer knows it, by the verb's lemma. */
    private List<Cue> cues(Span sentence, List<Token> tokens, List<Span> quotes) {
        String words = sentence.in(text);
        List<Cue> cues = new ArrayList<>();
        for (Cue cue : SpeechWords.cues(words, lang)) {
            Cue absolute = new Cue(sentence.start() + cue.start(), sentence.start() + cue.end(), cue.kind());
            if (quotes.stream().noneMatch(q -> q.overlaps(absolute.start(), absolute.end()))) {
                cues.add(absolute);
            }
        }
        for (Token t : tokens) {
            boolean known = cues.stream().anyMatch(c -> c.start() <= t.start() && t.end() <= c.end());
            if (!known && SpeechWords.isSayingVerb(t, lang) && quotes.stream().noneMatch(q -> q.overlaps(t.start(), t.end()))) {
                cues.add(new Cue(t.start(), t.end(), Cue.Kind.VERB));
            }
        }
        for (int k = 1; k < tokens.size() && "fr".equals(lang) && !words.strip().endsWith("?"); k++) {
            Token t = tokens.get(k);
            boolean known = cues.stream().anyMatch(c -> c.start() <= t.start() && t.end() <= c.end());
            if (!known && tokens.get(k - 1).isMark(",") && FRENCH_INCISE.matcher(t.text()).matches()
                    && !FRENCH_INCISE_NOT_SAYING.matcher(t.text().toLowerCase(java.util.Locale.ROOT)).matches()
                    && !inQuote(t, quotes)) {
                cues.add(new Cue(t.start(), t.end(), Cue.Kind.VERB));
            }
        }
        for (int k = 1; k < tokens.size(); k++) {
            Token c = tokens.get(k);
            if (!SpeechWords.COMPLEMENTIZER.matcher(c.text()).matches() || inQuote(c, quotes)) {
                continue;
            }
            int v = k - 1;
            // "zwraca uwagę, że", "Considera, además, que", "cree en cambio que": particles and connectives between
            // the verb and its clause
            while (v > 0 && v >= k - 5 && (tokens.get(v).isMark(",") || tokens.get(v).is("uwagę", "erop", "en", "de",
                    "a", "aan", "op", "sich", "se", "si", "się", "zich") || SpeechWords.CONNECTIVE.matcher(
                    tokens.get(v).text()).matches())) {
                v--;
            }
            Token verb = tokens.get(v);
            boolean verbLike = verb.isWord() && !verb.isCapitalised() && !SpeakerWords.isFunctionWord(verb)
                    && (verb.pos() != null ? verb.pos().matches("VERB|AUX") : SpeechWords.looksFinite(verb.text(), lang))
                    && !relativeClause(tokens, v, k);
            boolean known = cues.stream().anyMatch(q -> q.start() <= verb.start() && verb.end() <= q.end()
                    || Math.abs(q.end() - verb.end()) <= 2);
            if (verbLike && !known && !inQuote(verb, quotes)) {
                // "reclamó que", "ha chiesto che", "zwraca uwagę, że", "waarschuwt dat": reported speech by its clause
                cues.add(new Cue(verb.start(), verb.end(), Cue.Kind.CLAUSE_VERB));
            }
        }
        cues.sort(Comparator.comparingInt(Cue::start));
        return cues;
    }

    /**
     * Whether "que", "che", "dat" at k opens a relative clause on the word at v rather than the clause of a verb there:
     * the word follows an article, a possessive or a demonstrative, so it is a noun ("el informe que", "la ministra,
     * que", "het rapport dat"); or, where no comma stands between a verb and its clause (es, it, fr, nl), a bare comma
     * separates them ("el acuerdo firmado ayer, que"), while a connective may ("Considera, además, que").
     */
    private boolean relativeClause(List<Token> tokens, int v, int k) {
        if (v > 0 && SpeakerWords.isDeterminer(tokens.get(v - 1), lang)) {
            return true;
        }
        return COMMA_RELATIVE_LANGUAGES.contains(String.valueOf(lang)) && k - v == 2 && tokens.get(v + 1).isMark(",");
    }

    /** Languages whose relative pronoun may stand alone between a verb and a comma ("que", "che", "die"). */
    private static final Set<String> COMMA_RELATIVE_LANGUAGES = Set.of("es", "it", "fr", "nl");

    /** For a quotation, the cue closest to it first (its frame); otherwise in the order of the sentence. */
    private static List<Cue> ordered(List<Cue> cues, List<Span> own) {
        if (own.isEmpty()) {
            return cues;
        }
        return cues.stream().sorted(Comparator.comparingInt(c -> own.stream()
                .mapToInt(q -> Math.min(Math.abs(c.start() - q.end()), Math.abs(q.start() - c.end()))).min().orElse(0)))
                .toList();
    }

    private Attribution attribute(Cue cue, List<Token> tokens, List<Span> quotes) {
        int first = tokenAt(tokens, cue.start());
        int last = Math.max(first, tokenAt(tokens, cue.end() - 1));
        String cueWords = text.substring(cue.start(), cue.end());
        if (cueWords.matches("(?s).*-t-(?:il|elle)s?$") || cueWords.matches("(?s).*-(?:il|elle)$")) {
            return resolve(new Source(Type.PRONOUN, null, null, first, last + 1, false), tokens);
        }
        for (int k = Math.max(0, first - 1); k <= last && "fr".equals(lang); k++) {
            if (tokens.get(k).text().matches("(?iu)\\p{L}+-(?:t-)?(?:il|elle)s?")) {
                // "…, a-t-il précisé", "…, a-t-elle ajouté": the auxiliary carries the subject pronoun
                return resolve(new Source(Type.PRONOUN, null, null, k, k + 1, false), tokens);
            }
        }
        if (cue.kind() == Cue.Kind.VERB && denied(tokens, first, last)) {
            return Attribution.NONE;
        }
        Source source = switch (cue.kind()) {
            case SOURCE_AFTER -> relativeAfter(tokens, last + 1)
                    ? subjectBefore(tokens, first > 0 && tokens.get(first - 1).isMark(",") ? first - 1 : first, quotes)
                    : sourceAfter(tokens, last + 1, quotes);
            case SOURCE_BEFORE -> subjectBefore(tokens, first, quotes);
            case SOURCE_PRONOUN -> {
                // "Giovanni Murru, allevatore di Escalaplano, teme per le pecore: secondo lui …": the person who
                // opens the sentence is whom the pronoun means, before anyone named in an earlier one
                Source opening = openingPerson(tokens, first, last, quotes);
                yield opening != null ? opening : new Source(Type.PRONOUN, null, null, first, last + 1, false);
            }
            case VERB -> verbSubject(tokens, first, last, quotes);
            case CLAUSE_VERB -> subjectBefore(tokens, first, quotes);
        };
        if (cue.kind() == Cue.Kind.VERB || cue.kind() == Cue.Kind.CLAUSE_VERB) {
            Attribution withheld = withheldName(tokens, first, source, quotes);
            if (withheld != null) {
                return withheld;
            }
        }
        if (cue.kind() == Cue.Kind.VERB) {
            Attribution unnamed = unnamedOpening(tokens, first, source, quotes);
            if (unnamed != null) {
                return unnamed;
            }
        }
        if (cue.kind() == Cue.Kind.CLAUSE_VERB) {
            // a verb known only by its clause counts for people, not for institutions or documents ("prevé que")
            boolean dropped = source == null && "es it pl".contains(String.valueOf(lang)) && clauseStart(tokens, first, quotes);
            if (dropped) {
                return resolve(new Source(Type.PRONOUN, null, null, first, first, false), tokens);
            }
            boolean personal = source != null && (source.type() == Type.PERSON || source.type() == Type.ANONYMOUS
                    || source.type() == Type.PRONOUN || source.type() == Type.OFFICE);
            Attribution found = personal ? resolve(source, tokens) : Attribution.NONE;
            // unsure on two counts (the verb and the speaker): no proposal
            return found.speaker() != null ? found : Attribution.NONE;
        }
        if (source != null && source.type() == Type.PERSON && cue.kind() == Cue.Kind.SOURCE_AFTER && "pl".equals(lang)
                && cueWords.matches("(?iu)zdaniem|według")) {
            // "Zdaniem gen. bryg. Piotra Mazura": these words take the genitive; the person is named in the nominative
            source = new Source(Type.PERSON, PolishNames.nominative(source.name()), source.role(), source.from(),
                    source.to(), source.definite());
        }
        if (cue.kind() == Cue.Kind.SOURCE_AFTER && SpeechWords.IMPERSONAL.matcher(cueWords).matches()
                && source != null && source.type() == Type.DOCUMENT) {
            // "Im Bericht heißt es, …": what a document says is no statement
            return Attribution.DOCUMENT;
        }
        if (cue.kind() == Cue.Kind.SOURCE_AFTER && SpeechWords.IMPERSONAL.matcher(cueWords).matches()
                && (source == null || source.type() != Type.ANONYMOUS)) {
            // "hieß es aus Koalitionskreisen" is an anonymous source; "hieß es aus dem Ministerium" someone in the
            // ministry, or the ministry: unsure, so the editor chooses (and the sentence before does not go on in it)
            return new Attribution(null, CIRCLE_ONLY, false);
        }
        if (source != null && PERSONAL_SOURCE.matcher(cueWords).matches() && source.type() != Type.PERSON
                && source.type() != Type.OFFICE && source.type() != Type.ANONYMOUS) {
            // "Pour la France, …" is no source; "Pour la ministre, …" is
            return Attribution.NONE;
        }
        if (source == null && cue.kind() == Cue.Kind.VERB && quotes.isEmpty()
                && unnamedSubject(tokens, firstWord(tokens, 0, first), first)) {
            // "Een marinier die anoniem wil blijven, vertelt dat …", "Una reservista de Cádiz, que prefiere no dar su
            // nombre, cuenta que …": someone unnamed we cannot read as a source speaks; neither this sentence nor a
            // pronoun after it is the last person named
            people.unclear();
            return Attribution.NONE;
        }
        boolean afterAs = first > 0 && AS_SAID.matcher(tokens.get(first - 1).text()).matches();
        if (source == null && cue.kind() == Cue.Kind.VERB && clauseStart(tokens, first, quotes)
                && (!afterAs || contentNext(tokens, last + 1))) {
            // a dropped subject ("Añadió que …", "Dodał, że …", "Jak podkreślił, …") or a verb that opens the frame
            // after a quotation; after "jak" the subject may follow unread ("Jak poinformowało biuro prasowe, …")
            return resolve(new Source(Type.PRONOUN, null, null, first, first, false), tokens);
        }
        if (source == null && cue.kind() == Cue.Kind.VERB && "es it pl".contains(String.valueOf(lang))
                && !PLURAL_VERB.matcher(cueWords).find() && contentNext(tokens, last + 1)) {
            // "Nella lettera chiede che …", "W liście dodała, że …": in a language that drops its subjects, a verb in
            // the singular with no subject before or after it in its clause has a dropped one, whatever opens the clause
            return resolve(new Source(Type.PRONOUN, null, null, first, first, false), tokens);
        }
        return resolve(source, tokens);
    }

    /**
     * The person named with a role at the start of the sentence, before a pronoun source at cue, whose gender does not
     * clash with the pronoun's ("Su vecino, el agricultor Teodoro Pizarro, le quita hierro: según él, …"); or null.
     */
    private Source openingPerson(List<Token> tokens, int cue, int last, List<Span> quotes) {
        int start = firstWord(tokens, 0, cue);
        if (start >= cue || inQuote(tokens.get(start), quotes)) {
            return null;
        }
        int comma = start;
        while (comma < cue && !tokens.get(comma).isMark(",")) {
            comma++;
        }
        Source opening = phrases.at(tokens, start, cue);
        if (OPENING_PREPOSITIONS.contains(tokens.get(start).lower())) {
            // "Per Legambiente, il ministro Luca Bianchi sbaglia: a suo avviso …": whose view it is, not a description
            return null;
        }
        if ((opening == null || opening.type() == Type.OFFICE) && comma + 1 < cue) {
            // "Il suo vice, Luca Cortinovis, è più cauto", "Su vecino, el agricultor Teodoro Pizarro, …": a
            // description, then the person it restates
            Source named = phrases.at(tokens, comma + 1, cue);
            opening = named == null || named.type() != Type.PERSON ? null : new Source(Type.PERSON, named.name(),
                    named.role() != null ? named.role() : phrases.span(tokens, start, comma), start, named.to(), false);
        }
        if (opening != null && opening.type() == Type.PERSON && opening.role() == null) {
            // "Giovanni Murru, allevatore di Escalaplano, teme …": an apposition of lower-case words describes him;
            // an aside that opens with a function word does not ("Mario Rossi, come sempre, teme …")
            opening = appositionAfter(tokens, opening, quotes);
            int from = opening.to() + 1;
            int end = from;
            while (end < cue && end - from < 8 && tokens.get(end).isWord()) {
                end++;
            }
            boolean described = opening.role() == null && from < end && end < cue && tokens.get(from - 1).isMark(",")
                    && tokens.get(end).isMark(",") && !tokens.get(from).isCapitalised()
                    && !SpeakerWords.isRelative(tokens.get(from), lang) && !SpeakerWords.isFunctionWord(tokens.get(from));
            if (described) {
                opening = new Source(Type.PERSON, opening.name(), phrases.span(tokens, from, end), opening.from(), end,
                        false);
            }
        }
        if (opening == null || opening.type() != Type.PERSON || opening.role() == null || opening.to() > cue
                || !opening.name().strip().contains(" ")) {
            return null;
        }
        for (int k = opening.to() + 1; k < cue; k++) {
            // "Mayor John Smith welcomed Defence Secretary Anna Clark; according to her": someone else named between
            // the opening person and the pronoun may be the one it means
            Source other = phrases.at(tokens, k, cue);
            if (other != null && (other.type() == Type.PERSON || other.type() == Type.OFFICE)) {
                return null;
            }
        }
        char pronoun = Genders.ofPronoun(tokens, cue, last + 1, lang);
        if (pronoun == Genders.UNKNOWN) {
            return opening;
        }
        char named = Genders.ofName(opening.name(), lang);
        char role = Genders.ofRole(opening.role(), lang);
        return named != Genders.UNKNOWN && pronoun != named || role != Genders.UNKNOWN && pronoun != role ? null : opening;
    }

    /** The marks that open or close a quotation, as tokens. */
    private static final String QUOTE_MARKS = "\"„“”«»‚‘’'";

    /** Prepositions that open a stretch naming whose view it is, not who speaks ("Per Legambiente, …"). */
    private static final Set<String> OPENING_PREPOSITIONS = Set.of("per", "para", "pour", "für", "voor", "dla", "for");

    /**
     * Whether an indefinite article opens a noun phrase that ends right before the verb, perhaps with a relative
     * clause ("Een marinier die anoniem wil blijven, vertelt", "Una reservista de Cádiz, que prefiere …, cuenta"); not
     * a preposition or a time phrase ("A preguntas de los periodistas, aseguró", "Dos días después, explicó").
     */
    private boolean unnamedSubject(List<Token> tokens, int article, int verb) {
        if (article >= verb || !SpeakerWords.isArticle(tokens.get(article), lang)) {
            return false;
        }
        int k = article + 1;
        while (k < verb && k - article <= 5 && tokens.get(k).isWord() && !SpeakerWords.isRelative(tokens.get(k), lang)) {
            k++;
        }
        if (k == verb) {
            return k - article >= 2;
        }
        if (tokens.get(k).isMark(",") && k + 1 < verb) {
            k++;
        }
        if (!tokens.get(k).isWord() || !SpeakerWords.isRelative(tokens.get(k), lang)) {
            return false;
        }
        // the relative clause runs to the comma right before the verb
        return tokens.get(verb - 1).isMark(",");
    }

    /**
     * Someone unnamed who opens the sentence as the subject of its verb: an indefinite article, a noun, and
     * the words that describe it up to the verb, perhaps a relative clause closed by a comma ("Ein Offizier, der nicht
     * genannt werden wollte, sagte der APA", "Een woordvoerder van de Defensie Materieel Organisatie (DMO) liet weten").
     * Whoever the phrase names inside it (a body: "van het kabinet") or after the verb (the addressee: "der APA") is
     * not the speaker, nor is the last person named. When the noun is a source's or a person's (an official, a
     * spokesperson, a resident, an office) the speaker is anonymous and the phrase describes them; when the noun is
     * one we do not know and a relative clause describes it, no one. Null when the sentence does not open so: when
     * the article is quoted ("'An officer never retreats,' said Gen. …"), when the subject is named after the verb,
     * when the person is named in apposition right after the noun ("Un residente, Gino Pellarin, ha raccontato"),
     * or when a comma closes the phrase without a relative clause after it ("A week later, the minister said").
     */
    private Attribution unnamedOpening(List<Token> tokens, int verb, Source found, List<Span> quotes) {
        int article = firstWord(tokens, 0, verb);
        if (article + 1 >= verb || !SpeakerWords.isArticle(tokens.get(article), lang)
                || inQuote(tokens.get(article), quotes) || found != null && found.type() == Type.ANONYMOUS
                || namedSubject(tokens, article, article, verb, found)) {
            return null;
        }
        int head = article + 1;
        if (head + 1 < verb && !personHead(tokens.get(head)) && personHead(tokens.get(head + 1))
                && !tokens.get(head).isCapitalised()) {
            // an adjective before the noun: "un alto funcionario", "ein hoher Beamter"
            head++;
        }
        int end = head + 1;
        while (end < verb && !(tokens.get(end).isMark(",") && !listComma(tokens, end, verb))
                && !SpeakerWords.isRelative(tokens.get(end), lang)
                && !tokens.get(end).isMark(QUOTE_MARKS)) {
            end++;
        }
        if (end < verb && tokens.get(end).isMark(QUOTE_MARKS)) {
            return null;
        }
        // the noun's head: the first after the article and its adjectives, in English also the last of a compound
        // whose other words name a body ("A Ministry of Defence spokesperson")
        boolean known = personHead(tokens.get(head)) || "en".equals(lang) && personHead(tokens.get(end - 1))
                && tokens.subList(article + 1, end - 1).stream()
                        .allMatch(t -> !t.isWord() || t.isCapitalised() || t.is("of", "and", "for"));
        boolean relative = false;
        if (end < verb) {
            int k = tokens.get(end).isMark(",") ? end + 1 : end;
            relative = k < verb && SpeakerWords.isRelative(tokens.get(k), lang);
            if (!relative) {
                return null;
            }
        }
        if (known) {
            String description = text.substring(tokens.get(article).start(), tokens.get(end - 1).end());
            return resolve(new Source(Type.ANONYMOUS, description, null, article, end, false), tokens);
        }
        if (relative && (found == null || found.type() == Type.PRONOUN || found.from() > article)) {
            // "Een matroos die op een kamer in de kazerne woont, vertelde …": someone we cannot read speaks
            people.unclear();
            return Attribution.NONE;
        }
        return null;
    }

    /**
     * Words by which a relative clause says that someone withholds their name: a word for anonymity ("que pidió el
     * anonimato", "sous couvert d'anonymat", "die anoniem wil blijven"), or a word for the name after a negation or a
     * wish ("who asked not to be named", "qui n'a pas souhaité donner son nom", "który nie chciał podać nazwiska",
     * "who gave only her first name"). A name word alone withholds nothing ("au nom de l'Alliance", "im Namen der
     * NATO", "which was named after the city"), nor one right after a preposition ("was not in naam van").
     */
    private static final Pattern WITHHELD_NAME = Pattern.compile("(?iu)(?<![\\p{L}])(?:anonym|anonim|anoniem)\\p{L}*"
            + "|(?<![\\p{L}])(?:not|n't|no|non|ne|pas|nicht|niet|nie|only|seulement|uniquement|solo|sólo|nur|alleen"
            + "|tylko|asked|declined|refused|requested|wish\\p{L}*|want\\p{L}*|prefer\\p{L}*|prefir\\p{L}*|pidi\\p{L}*"
            + "|quiso|chies\\p{L}*|volut\\p{L}*|souhait\\p{L}*|voul\\p{L}*|demand\\p{L}*|woll\\p{L}*|bat|wil|wilde"
            + "|vroeg|verzocht|niepoda\\p{L}*|prosi\\p{L}*|prosił\\p{L}*|poprosi\\p{L}*|chcia\\p{L}*)(?![\\p{L}])[^,;:]{0,40}?"
            + "(?<!\\b(?:au|a|en|in|im|on|under|by|w|z|del|de)\\s)(?<![\\p{L}])(?:name[ds]?|identif\\p{L}*|nom|nommée?s?"
            + "|nome|nominat\\p{L}*|nombre|nombrad\\p{L}*|namen|genannt|naam|genoemd|nazwisk\\p{L}*|prénom|vorname"
            + "|voornaam|imi\\p{L}*)(?![\\p{L}])");

    /**
     * Someone who opens the sentence and withholds their name in a relative clause closed by a comma before the verb
     * ("Un pescador de Puerto Llano, que no quiso dar su nombre, ha lamentado que …", "Monter z hali, który poprosił o
     * anonimowość, powiedział, że …"): an anonymous source, whatever the noun, with or without an article; the place
     * or body in the description is not the speaker, nor is the last person named. Null when the sentence does not
     * open so: when it opens with an adverbial phrase ("Après le sommet, qui …"), or its subject is named (see
     * {@link #namedSubject}).
     */
    private Attribution withheldName(List<Token> tokens, int verb, Source found, List<Span> quotes) {
        int opening = firstWord(tokens, 0, verb);
        int comma = verb - 1;
        while (comma > opening && comma >= verb - 3 && tokens.get(comma).isWord() && !tokens.get(comma).isCapitalised()) {
            // "…, ha contado", "…, heeft gezegd": an auxiliary before the verb's word
            comma--;
        }
        if (comma <= opening + 1 || !tokens.get(comma).isMark(",") || inQuote(tokens.get(opening), quotes)
                || adverbial(tokens, opening)) {
            return null;
        }
        int relative = relativeAfterOpening(tokens, opening, comma);
        if (relative < 0 || namedSubject(tokens, opening, relative, verb, found)) {
            return null;
        }
        String clause = text.substring(tokens.get(relative).start(), tokens.get(comma - 1).end());
        if (!WITHHELD_NAME.matcher(clause).find()) {
            return null;
        }
        int end = tokens.get(relative - 1).isMark(",") ? relative - 1 : relative;
        String description = text.substring(tokens.get(opening).start(), tokens.get(end - 1).end());
        return resolve(new Source(Type.ANONYMOUS, description, null, opening, end, false), tokens);
    }

    /**
     * Whether the subject of the verb is a person the sentence names, so that the opening phrase describes no one
     * unnamed: a person after the verb ("…, said Defence Minister John Healey"), in apposition to the opening phrase
     * ("Un residente, Gino Pellarin, ha raccontato"), or opening it ("Kaja Kallas, who …, said", "Il ministro Guido
     * Crosetto, che …, ha detto"); not a place inside the description ("Una vecina de la calle Ancha, que …"), nor
     * a single capitalised noun that opens the sentence ("Monter z hali").
     */
    private boolean namedSubject(List<Token> tokens, int opening, int phraseEnd, int verb, Source found) {
        return found != null && found.type() == Type.PERSON && (found.from() > verb || found.role() != null
                && found.from() < phraseEnd || apposition(tokens, opening, found) || found.name().contains(" ")
                && text.startsWith(found.name(), tokens.get(opening).start()));
    }

    /**
     * Whether the sentence opens with a preposition, not with its subject ("Nach dem Gipfel", "Tras la cumbre"): the
     * tagger says so, or, without one, a word that is no article comes before an article.
     */
    private boolean adverbial(List<Token> tokens, int opening) {
        Token t = tokens.get(opening);
        if (t.pos() != null) {
            return t.pos().startsWith("ADP");
        }
        return opening + 1 < tokens.size() && !SpeakerWords.isArticle(t, lang)
                && SpeakerWords.isArticle(tokens.get(opening + 1), lang);
    }

    /**
     * The relative pronoun that opens a clause on the phrase at {@code opening}, before {@code end}: the first after
     * a comma, else (Dutch writes none: "Een monteur die anoniem wil blijven,") the first at all; -1 when a comma, a
     * verb or a quotation comes first, or the phrase is longer than a description.
     */
    private int relativeAfterOpening(List<Token> tokens, int opening, int end) {
        int bare = -1;
        for (int k = opening + 1; k < end && k - opening <= 12; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && SpeakerWords.isRelative(t, lang)) {
                if (tokens.get(k - 1).isMark(",")) {
                    return k;
                }
                bare = bare < 0 ? k : bare;
            }
            boolean closes = t.isMark(",") && !(k + 1 < end && SpeakerWords.isRelative(tokens.get(k + 1), lang));
            if (closes || t.isMark(QUOTE_MARKS) || t.pos() != null && t.pos().matches("VERB|AUX")) {
                return bare;
            }
        }
        return bare;
    }

    /** Words that join the last item of a list. */
    private static final Set<String> LIST_CONJUNCTIONS = Set.of("and", "or", "und", "oder", "y", "o", "e", "et", "ou",
            "en", "i", "oraz", "lub");

    /**
     * Whether a comma inside an opening phrase separates items of a list that goes on in it ("des Bundesamts für
     * Infrastruktur, Umweltschutz und Dienstleistungen"): no determiner after it, and a conjunction before the next
     * comma or the verb. Any other comma closes the phrase ("A week later, the minister said").
     */
    private boolean listComma(List<Token> tokens, int comma, int verb) {
        if (comma + 1 >= verb || !tokens.get(comma + 1).isWord() || SpeakerWords.isArticle(tokens.get(comma + 1), lang)) {
            return false;
        }
        for (int k = comma + 2; k < verb && !tokens.get(k).isMark(","); k++) {
            if (LIST_CONJUNCTIONS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the person found stands in apposition to the opening phrase: after a comma, and either closed by one or
     * with no relative clause before ("Un residente, Gino Pellarin, ha raccontato", "Un residente che abita …, Gino
     * Pellarin, ha raccontato"; not "An official who travelled with … John Halvorsen said").
     */
    private boolean apposition(List<Token> tokens, int article, Source found) {
        if (found.from() <= article + 1 || found.from() >= tokens.size() || !tokens.get(found.from() - 1).isMark(",")) {
            return false;
        }
        return found.to() < tokens.size() && tokens.get(found.to()).isMark(",")
                || tokens.subList(article + 1, found.from()).stream().noneMatch(t -> SpeakerWords.isRelative(t, lang));
    }

    /** A noun for a source, a person or an office: what an unnamed speaker is called ("un funzionario", "a resident"). */
    private static boolean personHead(Token t) {
        return SpeakerWords.isAnonymousHead(t) || SpeakerWords.isSpokesperson(t) || SpeakerWords.isPersonNoun(t)
                || SpeakerWords.isOffice(t);
    }

    /** What follows a verb opens what was said, not a subject after it: a mark, "that", or the sentence's end. */
    private static boolean contentNext(List<Token> tokens, int k) {
        return k >= tokens.size() || !tokens.get(k).isWord() || SpeechWords.COMPLEMENTIZER.matcher(tokens.get(k).text())
                .matches() || tokens.get(k).is("di", "de", "d'", "d’", "da");
    }

    /**
     * "il senatore X, secondo cui il governo …", "según el cual", "selon qui", "volgens wie", "zdaniem którego": the
     * source word takes a relative pronoun, and its source is the phrase before the comma.
     */
    private static boolean relativeAfter(List<Token> tokens, int from) {
        if (from >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(from);
        if (t.is("el", "la", "lo", "los", "las", "il", "i", "le") && from + 1 < tokens.size()) {
            t = tokens.get(from + 1);
        }
        return t.is("cui", "quale", "quali", "cual", "cuales", "quien", "quienes", "qui", "lequel", "laquelle", "lesquels", "whom", "which",
                "wie", "welke", "którego", "której", "których");
    }

    /** The source right after "according to"; or after a verb there: "según ha confirmado el Ministerio". */
    private Source sourceAfter(List<Token> tokens, int from, List<Span> quotes) {
        Source source = phrases.at(tokens, from, clauseEnd(tokens, from, quotes));
        if (source == null && from < tokens.size() && !tokens.get(from).isCapitalised()) {
            return phraseAfter(tokens, from, quotes);
        }
        if (source != null && (source.type() == Type.OFFICE || source.type() == Type.ANONYMOUS)) {
            Source restated = restatedAfter(tokens, source, quotes);
            if (restated != null) {
                return restated;
            }
        }
        if (source != null && source.type() == Type.PERSON && "pl".equals(lang)
                && PolishNames.plainlyNominative(phrases.span(tokens, source.from(), source.to()))) {
            // "Według rzecznika policji komisarz Jan Nowak zatrzymał …": the cue asks for the genitive; a name in the
            // nominative is the subject of the clause reported, not its source
            return null;
        }
        // "Para Lucía Montalbán Ruiz, investigadora del Real Instituto Elcano, …": the apposition gives her role
        return source == null ? null : appositionAfter(tokens, source, quotes);
    }

    /**
     * "Zdaniem dowódcy Centrum Operacji Morskich, wiceadmirała Jacka Brzezińskiego, …", "Według rzecznika Agencji
     * Uzbrojenia, kmdr. por. Piotra Szelągowskiego": an office or a spokesperson with its body, restated after a comma
     * by a rank and a full name, is that person.
     */
    private Source restatedAfter(List<Token> tokens, Source office, List<Span> quotes) {
        int k = office.to();
        while (k < tokens.size() && k - office.to() <= 8 && !inQuote(tokens.get(k), quotes)
                && (tokens.get(k).isWord() || tokens.get(k).isMark(".")) && (tokens.get(k).pos() == null
                || !tokens.get(k).pos().matches("VERB|AUX"))) {
            if (k > office.to() && tokens.get(k).isWord() && !tokens.get(k).isCapitalised()
                    && SpeakerWords.isOffice(tokens.get(k))) {
                // "Zdaniem rzecznika 4. Warmińsko-Mazurskiej Brygady Obrony Terytorialnej kpt. Rafała Dudka": the
                // body's name, then the rank and the name without a comma
                Source ranked = personWithRank(tokens, k, quotes);
                if (ranked != null && agrees(tokens, ranked, quotes)) {
                    return new Source(Type.PERSON, ranked.name(), phrases.span(tokens, office.from(), k) + " "
                            + ranked.role(), office.from(), ranked.to(), false);
                }
            }
            k++;
        }
        if (k + 1 >= tokens.size() || !tokens.get(k).isMark(",")) {
            return null;
        }
        Source next = personWithRank(tokens, k + 1, quotes);
        return next == null || !agrees(tokens, next, quotes) ? null : new Source(Type.PERSON, next.name(), phrases.span(tokens, office.from(), k) + ", "
                + next.role(), office.from(), next.to(), false);
    }

    /**
     * Whether a person restating a source after "według", "according to", "según" is that source and not the subject
     * of the clause reported: in Polish the name is in the genitive like the office before it (kpt. Rafała Dudka, not
     * gen. Wiesław Kukuła); elsewhere the apposition closes with a comma or the clause, no verb after the name.
     */
    private boolean agrees(List<Token> tokens, Source person, List<Span> quotes) {
        if ("pl".equals(lang)) {
            return PolishNames.genitive(phrases.span(tokens, person.from(), person.to()));
        }
        return phrases.restates(tokens, person, clauseEnd(tokens, person.from(), quotes));
    }

    /** A person named with a rank or an office and a name of two words or more at token k, or null. */
    private Source personWithRank(List<Token> tokens, int k, List<Span> quotes) {
        Source next = phrases.at(tokens, k, clauseEnd(tokens, k, quotes));
        return next == null || next.type() != Type.PERSON || next.role() == null || !next.name().strip().contains(" ")
                ? null : next;
    }

    /**
     * "äußerte sich aber nicht öffentlich", "did not comment", "n'a pas dit", "nie powiedział": the verb of saying itself
     * negated, by a negation right before it (no mark between), inside its parts, or, where the finite verb comes
     * second and the negation after it (German, Dutch: "sagte er nicht", "zei niet"), after it before anything that
     * opens what was said. A negation in the reported words ("said it would not …", "dijo que no …") denies nothing.
     */
    private boolean denied(List<Token> tokens, int first, int last) {
        boolean verbSecond = "de".equals(lang) || "nl".equals(lang);
        int from = first;
        while (from > 0 && from > first - 2 && tokens.get(from - 1).isWord()) {
            from--;
        }
        for (int i = from; i < Math.min(tokens.size(), last + 4); i++) {
            Token t = tokens.get(i);
            if (i > last && (!verbSecond || !t.isWord() || SpeechWords.COMPLEMENTIZER.matcher(t.text()).matches())) {
                return false;
            }
            // "no obstante" (nevertheless); "nicht nur", "not only", "non solo", "niet alleen": no negation of the verb
            boolean notObstante = i + 1 < tokens.size() && tokens.get(i + 1).is("obstante", "nur", "only", "solo",
                    "soltanto", "seulement", "alleen", "tylko", "sólo");
            if (i != first && SpeechWords.NEGATION.matcher(t.text()).matches() && !notObstante) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of a verb of saying: inside a verb in two parts ("fügte sie hinzu", "wies Kallas darauf hin"),
     * before it, or after it where the frame is inverted ("…", sagte X; …, zei hij).
     */
    private Source verbSubject(List<Token> tokens, int first, int last, List<Span> quotes) {
        if (last > first + 1) {
            Source inside = phrases.at(tokens, first + 1, last);
            if (inside != null && inside.type() != Type.DOCUMENT) {
                return inside;
            }
        }
        boolean afterComma = first > 0 && tokens.get(first - 1).isMark(",–—");
        boolean inverted = afterQuotation(tokens, first, quotes) || clauseStart(tokens, first, quotes);
        if (inverted) {
            Source after = phraseAfter(tokens, last + 1, quotes);
            return after != null ? after : subjectBefore(tokens, first, quotes);
        }
        if (afterComma) {
            // "…, sagte Ministerin X." or "Kaja Kallas, the High Representative, said …": a person on either side wins
            Source after = phraseAfter(tokens, last + 1, quotes);
            Source before = subjectBefore(tokens, first, quotes);
            if (after != null && before != null && contentFollows(tokens, after, quotes)) {
                // "Rozmówca …, proszący o anonimowość, powiedział PAP, że …", "…, told Reuters that …": what was
                // said comes after the phrase, so the phrase is whom it was said to, and the subject stands before
                return before;
            }
            boolean framed = after != null && (frameEndsAfter(tokens, after) || adjunctToTheEnd(tokens, after, quotes));
            if (framed && (after.type() == Type.PERSON || after.type() == Type.PRONOUN || after.type() == Type.ANONYMOUS)) {
                return after;
            }
            if (before != null && before.type() == Type.PERSON || !framed) {
                return before;
            }
            return after;
        }
        Source before = subjectBefore(tokens, first, quotes);
        if (before == null && !"en".equals(lang)) {
            // verb-second and verb-subject order: "Am Montag sagte Häkkänen", "En Bruselas declaró la ministra …"
            return phraseAfter(tokens, last + 1, quotes);
        }
        return before;
    }

    /** A reported clause right after a phrase: "powiedział PAP, że …", "told Reuters that …". */
    private static boolean contentFollows(List<Token> tokens, Source after, List<Span> quotes) {
        int k = after.to();
        if (k < tokens.size() && tokens.get(k).isMark(",")) {
            k++;
        }
        return k < tokens.size() && SpeechWords.COMPLEMENTIZER.matcher(tokens.get(k).text()).matches();
    }

    /**
     * An inverted frame may end in an adjunct: "…, a annoncé mercredi le gouvernement fédéral à l'issue d'un conseil
     * des ministres", "…, anunció el Ministerio de Defensa al término de la reunión": a preposition after the phrase
     * and, up to the sentence's end, no verb, no reported clause and no quotation.
     */
    private boolean adjunctToTheEnd(List<Token> tokens, Source after, List<Span> quotes) {
        int k = after.to();
        while (k < tokens.size() && tokens.get(k).isWord() && !tokens.get(k).isCapitalised() && "ADJ".equals(tokens.get(k).pos())) {
            // "le gouvernement fédéral à l'issue …": an adjective after the phrase's head
            k++;
        }
        if (k >= tokens.size() || !tokens.get(k).isWord() || tokens.get(k).isCapitalised()
                || !SpeakerWords.isFunctionWord(tokens.get(k)) && !SpeakerWords.isOfficeLink(tokens.get(k))
                && !SpeakerWords.isLocative(tokens.get(k), lang)) {
            return false;
        }
        for (; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (inQuote(t, quotes) || SpeechWords.COMPLEMENTIZER.matcher(t.text()).matches() || t.isMark(",;:")
                    || t.pos() != null && t.pos().matches("VERB|AUX")) {
                return false;
            }
        }
        return true;
    }

    /** An inverted frame ends with its speaker: "…, said Mark Rutte, the NATO Secretary General." */
    private static boolean frameEndsAfter(List<Token> tokens, Source after) {
        return after.to() >= tokens.size() || tokens.get(after.to()).isMark(",.;:!?–—)");
    }

    /** The phrase right after a cue, skipping up to two words ("sagte am Montag Häkkänen" is rare; "said on Monday"). */
    private Source phraseAfter(List<Token> tokens, int from, List<Span> quotes) {
        int j = from;
        while (j < tokens.size() && j < from + 7) {
            Token t = tokens.get(j);
            if (inQuote(t, quotes) || t.isMark(",;:\"„“”«»‚‘’()") || SpeechWords.COMPLEMENTIZER.matcher(t.text()).matches()
                    || j > from && t.pos() != null && t.pos().matches("VERB|AUX")) {
                // "said the contract was good news for Wales": past a verb of its own the clause is what was said
                return null;
            }
            if (SpeakerWords.isLocative(t, lang) && j + 1 < tokens.size() && tokens.get(j + 1).isCapitalised()) {
                // "mówił w Stalowej Woli", "said in Brussels": the place after the verb is no speaker
                j++;
                while (j < tokens.size() && tokens.get(j).isWord() && tokens.get(j).isCapitalised()) {
                    j++;
                }
                continue;
            }
            Source source = phrases.at(tokens, j, clauseEnd(tokens, j, quotes));
            if (source != null && j > from && objectOfPreposition(tokens, j, from)) {
                // "Ha inoltre chiesto un tavolo con il ministero", "ha dicho a esta agencia el almirante …": a phrase
                // after a preposition is whom it was said to or with, never the subject
                j = Math.max(source.to(), j + 1);
                continue;
            }
            boolean adverbial = j > from && !tokens.get(j - 1).isCapitalised() && SpeakerWords.isOfficeLink(tokens.get(j - 1))
                    && source != null && source.type() == Type.INSTITUTION;
            if (source != null && !adverbial && source.type() == Type.INSTITUTION && source.to() < tokens.size()) {
                // "Jak powiedział PAP oficer Marynarki Wojennej", "sagte der Zeitung ein Sprecher": a body right after
                // the verb and before a person is whom it was told to, the person is the speaker
                Source next = phrases.at(tokens, source.to(), clauseEnd(tokens, source.to(), quotes));
                if (next != null && (next.type() == Type.PERSON || next.type() == Type.ANONYMOUS
                        || next.type() == Type.OFFICE)) {
                    return appositionAfter(tokens, next, quotes);
                }
            }
            if (source != null && !adverbial) {
                return appositionAfter(tokens, source, quotes);
            }
            // "afirmó ayer en Madrid la secretaria …", "said on Monday": time and place before the subject
            j = source != null ? Math.max(source.to(), j + 1) : j + 1;
        }
        return null;
    }

    /** Prepositions of the addressee or the companion: "a esta agencia", "con il ministero", "told to", "à l'AFP". */
    private static final java.util.Set<String> TO_OR_WITH = java.util.Set.of("a", "al", "ai", "alla", "allo", "agli",
            "alle", "à", "au", "aux", "to", "con", "with", "mit", "avec", "met", "aan", "ante", "davanti", "devant");

    /** Whether the phrase at j, after the verb's first word from, follows such a preposition (over one determiner). */
    private static boolean objectOfPreposition(List<Token> tokens, int j, int from) {
        Token before = tokens.get(j - 1);
        if (TO_OR_WITH.contains(before.lower())) {
            return true;
        }
        return j - 2 >= from && before.isWord() && !before.isCapitalised() && before.text().length() <= 6
                && TO_OR_WITH.contains(tokens.get(j - 2).lower());
    }

    /** "Mark Rutte, the NATO Secretary General, said" read after the name: the office is the person's role. */
    private Source appositionAfter(List<Token> tokens, Source source, List<Span> quotes) {
        if (source.type() != Type.PERSON || source.role() != null || source.to() >= tokens.size()
                || !tokens.get(source.to()).isMark(",")) {
            return source;
        }
        Source next = phrases.at(tokens, source.to() + 1, clauseEnd(tokens, source.to() + 1, quotes));
        if (next != null && next.type() == Type.OFFICE) {
            return new Source(Type.PERSON, source.name(), next.role(), source.from(), next.to(), false);
        }
        // "According to Lena Kristiansen, a drone analyst at the Royal Danish Defence College, …": an office word in
        // the stretch up to the next comma gives the person's role; a relative clause describes no role
        int end = source.to() + 1;
        if (end < tokens.size() && SpeakerWords.isRelative(tokens.get(end), lang) && !SpeakerWords.isDefinite(tokens.get(end))) {
            return source;
        }
        boolean office = false;
        while (end < tokens.size() && end - source.to() <= 16 && !tokens.get(end).isMark(",;:.)") && !inQuote(tokens.get(end), quotes)) {
            Token t = tokens.get(end);
            if (t.isMark("(")) {
                // "chercheuse à l'Institut français des relations internationales (Ifri)"
                while (end < tokens.size() && !tokens.get(end).isMark(")")) {
                    end++;
                }
                end++;
                continue;
            }
            if (t.pos() != null && t.pos().matches("VERB|AUX") || SpeechWords.COMPLEMENTIZER.matcher(t.text()).matches()) {
                return source;
            }
            office |= SpeakerWords.isOffice(t) || SpeakerWords.isPersonNoun(t);
            end++;
        }
        boolean closed = end < tokens.size() && tokens.get(end).isMark(",.;:") || end >= tokens.size();
        return office && closed ? new Source(Type.PERSON, source.name(), phrases.span(tokens, source.to() + 1, end),
                source.from(), end, false) : source;
    }

    /**
     * The subject before a verb: the phrase next to it in the clause (or the person in it), looking back over
     * commas for an apposition ("Mark Rutte, the NATO Secretary General, said"; "la ministra de Defensa, Margarita
     * Robles, declaró").
     */
    private Source subjectBefore(List<Token> tokens, int verb, List<Span> quotes) {
        List<int[]> segments = new ArrayList<>();
        int end = verb;
        int i = verb - 1;
        while (i >= 0 && segments.size() < MAX_SEGMENTS + 3) {
            Token t = tokens.get(i);
            if (t.isMark(")")) {
                // "Annika Bergström (Verts/ALE) a estimé": a parenthesis is no boundary
                while (i > 0 && !tokens.get(i).isMark("(")) {
                    i--;
                }
                i--;
                continue;
            }
            if (inQuotedName(tokens, i)) {
                // "Przewodniczący zakładowej „Solidarności” Marek Dudziak przypomniał": a name in quotation marks is
                // part of the phrase, no boundary
                i--;
                continue;
            }
            boolean hard = inQuote(t, quotes) || t.isMark(":;–—()\"„“”«»‚‘’") || SpeechWords.COMPLEMENTIZER.matcher(t.text())
                    .matches() && !"de".equals(lang) && !"dat".equals(t.lower());
            if (hard && !inQuote(t, quotes) && i > 1 && tokens.get(i - 1).isMark(",") && SpeakerWords.isRelative(t, lang)
                    && SpeechWords.COMPLEMENTIZER.matcher(t.text()).matches()) {
                // "El eurodiputado X, que visitó la base, advirtió": a relative clause, not the start of the clause
                segments.removeIf(seg -> seg[0] > tokens.indexOf(t));
                end = i - 1;
                i -= 2;
                continue;
            }
            if (hard || t.isMark(",")) {
                segments.add(new int[] {i + 1, end});
                end = i;
                if (hard) {
                    break;
                }
            }
            i--;
        }
        if (i < 0 && segments.size() < MAX_SEGMENTS + 3) {
            segments.add(new int[] {0, end});
        }
        // "X, who asked not to be named, said", "Oficer …, który chciał zachować anonimowość, powiedział": a relative
        // clause describes the phrase before it and holds no subject of the verb
        segments.removeIf(seg -> seg[0] < seg[1] && seg[0] > 0 && tokens.get(seg[0] - 1).isMark(",")
                && SpeakerWords.isRelative(tokens.get(seg[0]), lang) || seg[0] >= seg[1] && segments.indexOf(seg) > 0);
        // "Un responsable …, cité par l'agence DPA, a indiqué", "X, interpellato dall'agenzia, ha replicato", "X, quoted
        // by Reuters, said": a participle with its agent describes the phrase before it and holds no subject
        segments.removeIf(seg -> seg[0] + 1 < seg[1] && seg[0] > 0 && tokens.get(seg[0] - 1).isMark(",")
                && tokens.get(seg[0]).isWord() && !tokens.get(seg[0]).isCapitalised()
                && AGENT.matcher(tokens.get(seg[0] + 1).text()).matches());
        // "X, …, is blij met de order, maar waarschuwde dat": a lone conjunction between a comma and the verb holds no
        // subject and takes no place among the stretches looked at
        segments.removeIf(seg -> seg[1] - seg[0] == 1 && segments.indexOf(seg) == 0 && segments.size() > 1
                && tokens.get(seg[0]).is("but", "aber", "doch", "mais", "pero", "ma", "ale", "lecz", "maar", "and", "und",
                        "et", "y", "e", "i", "en"));
        while (segments.size() > MAX_SEGMENTS) {
            segments.remove(segments.size() - 1);
        }
        Source nearest = null;
        int at = -1;
        for (int s = 0; s < segments.size() && nearest == null; s++) {
            nearest = inSegment(tokens, segments.get(s)[0], segments.get(s)[1]);
            at = s;
        }
        if (nearest == null) {
            return null;
        }
        Source earlier = null;
        for (int s = at + 1; s < segments.size() && earlier == null; s++) {
            earlier = inSegment(tokens, segments.get(s)[0], segments.get(s)[1]);
        }
        if (nearest.type() == Type.OFFICE && earlier != null && earlier.type() == Type.PERSON) {
            return new Source(Type.PERSON, earlier.name(), nearest.role(), earlier.from(), nearest.to(), false);
        }
        if (nearest.type() == Type.PERSON && nearest.role() == null && earlier != null && earlier.type() == Type.OFFICE) {
            return new Source(Type.PERSON, nearest.name(), earlier.role(), earlier.from(), nearest.to(), false);
        }
        if (nearest.type() == Type.PERSON && nearest.role() == null && earlier != null && earlier.type() != Type.PERSON) {
            // "El ministro de Asuntos Exteriores, Unión Europea y Cooperación, Gonzalo Ibarra Quesada, reclamó"
            for (int s = at + 2; s < segments.size(); s++) {
                Source office = inSegment(tokens, segments.get(s)[0], segments.get(s)[1]);
                if (office != null && office.type() == Type.OFFICE) {
                    return new Source(Type.PERSON, nearest.name(), office.role(), office.from(), nearest.to(), false);
                }
            }
        }
        if (nearest.type() == Type.PERSON && earlier != null && earlier.type() == Type.PERSON
                && earlier.name().strip().contains(" ") && officeOpens(tokens, segments.get(at))
                && apposition(tokens, segments.get(at), segments.get(at + 1), earlier)) {
            // "Le capitaine de vaisseau Marco Lucchesi, commandant de la frégate italienne Federico Martinengo, a
            // raconté": the stretch between the commas describes the person before it, whatever name it holds
            return new Source(Type.PERSON, earlier.name(), earlier.role() != null ? earlier.role()
                    : phrases.span(tokens, segments.get(at)[0], segments.get(at)[1]), earlier.from(), nearest.to(), false);
        }
        if (companyNoun(nearest) && earlier != null && earlier.type() == Type.PERSON && earlier.role() == null
                && apposition(tokens, segments.get(at), segments.get(at + 1), earlier)) {
            // "Skyfold Robotics, a Danish-Ukrainian joint venture in Odense, said": the apposition makes it a company
            return new Source(Type.INSTITUTION, earlier.name(), null, earlier.from(), nearest.to(), false);
        }
        if (nearest.type() == Type.PERSON && nearest.role() == null && earlier != null && companyNoun(earlier)) {
            // "De Franse bouwer, Chantiers Dupont-Lemaire, … liet weten": the company's name after its common noun
            return new Source(Type.INSTITUTION, nearest.name(), null, earlier.from(), nearest.to(), false);
        }
        if (nearest.type() != Type.PERSON && nearest.type() != Type.PRONOUN && earlier != null
                && earlier.type() == Type.PERSON && apposition(tokens, segments.get(at), segments.get(at + 1), earlier)) {
            // "Derek Maclean, Scottish organiser for the GMB union, said": what stands between the commas describes him
            String role = earlier.role() != null ? earlier.role() : phrases.span(tokens, segments.get(at)[0],
                    segments.get(at)[1]);
            return new Source(Type.PERSON, earlier.name(), role, earlier.from(), nearest.to(), false);
        }
        return nearest;
    }

    /**
     * Whether a stretch between commas is an apposition to the person before it: that person's stretch is the person
     * alone, right before the comma, and the stretch between the commas has no verb of its own.
     */
    private boolean apposition(List<Token> tokens, int[] between, int[] before, Source person) {
        // "Nationalrat Reto Gubler von der SVP, Mitglied der …, sagte": the person's party or body may follow the name
        boolean complement = person.to() < before[1] && SpeakerWords.isOfficeLink(tokens.get(person.to()))
                && tokens.subList(person.to(), before[1]).stream().noneMatch(t -> t.pos() != null && t.pos().matches("VERB|AUX"));
        // "Kamerlid Femke Oudshoorn (D66), een van de opstellers van het rapport, wees erop": a party in parentheses
        // (not when the stretch after names someone itself: "… de Militares Españoles (AUME), el subteniente Jorge
        // Vidal, ha pedido")
        boolean aside = person.to() < before[1] - 1 && tokens.get(person.to()).isMark("(")
                && tokens.get(before[1] - 1).isMark(")")
                && tokens.subList(between[0], between[1]).stream().noneMatch(Token::isCapitalised);
        if (person.to() != before[1] && !complement && !aside || person.from() != firstWord(tokens, before[0], before[1])) {
            return false;
        }
        for (int k = between[0]; k < between[1]; k++) {
            Token t = tokens.get(k);
            if (t.pos() != null && t.pos().matches("VERB|AUX") || SpeechWords.COMPLEMENTIZER.matcher(t.text()).matches()) {
                return false;
            }
        }
        return between[1] - between[0] <= 12;
    }

    /**
     * Whether a stretch opens with an office or a person's noun before any capitalised word: "commandant de la
     * frégate …", "a security researcher at University College Cork".
     */
    private static boolean officeOpens(List<Token> tokens, int[] stretch) {
        for (int k = stretch[0]; k < stretch[1] && k < stretch[0] + 4; k++) {
            Token t = tokens.get(k);
            if (SpeakerWords.isOffice(t) || SpeakerWords.isPersonNoun(t)) {
                return true;
            }
            if (t.isCapitalised() && k > stretch[0]) {
                return false;
            }
        }
        return false;
    }

    /** The first token of a stretch after its articles and marks. */
    private static int firstContent(List<Token> tokens, int from, int to) {
        int k = from;
        while (k + 1 < to && (!tokens.get(k).isWord() || SpeakerWords.isDefinite(tokens.get(k))
                || SpeakerWords.isIndefinite(tokens.get(k)))) {
            k++;
        }
        return k;
    }

    /** The first token of a stretch after its conjunctions ("and", "but") and marks. */
    private static int firstWord(List<Token> tokens, int from, int to) {
        int k = from;
        while (k < to && (!tokens.get(k).isWord() || tokens.get(k).is("and", "und", "et", "y", "e", "i", "en", "but",
                "aber", "mais", "pero", "ma", "ale", "maar"))) {
            k++;
        }
        return k;
    }

    /** In a stretch of a clause, the phrase next to its end; else its person; else its first phrase. */
    private Source inSegment(List<Token> tokens, int from, int to) {
        List<Source> found = new ArrayList<>();
        if (to - 1 > from && tokens.get(to - 1).isMark(")")) {
            // "Daan Mulder (Leefbaar Rotterdam) zei": what stands in parentheses is an aside, not the subject
            int open = to - 1;
            while (open > from && !tokens.get(open).isMark("(")) {
                open--;
            }
            to = open > from ? open : to;
        }
        int p = from;
        while (p < to) {
            Source source = phrases.at(tokens, p, to);
            if (source != null && source.type() == Type.DOCUMENT && p > from && afterPreposition(tokens, p)) {
                // "Nella lettera chiede che …", "In the report, the minister says": a document after a preposition is
                // where it was said, not who said it
                p = Math.max(source.to(), p + 1);
                continue;
            }
            if (source != null && source.type() == Type.INSTITUTION && p > from && objectOfAPreposition(tokens, p)) {
                // "…, now at a think tank in The Hague, cautioned", "…, speaking for the Directorate-General for
                // Defence Industry and Space, said": a body or a place governed by a preposition is where or for
                // whom, never the subject of the verb
                p = Math.max(source.to(), p + 1);
                continue;
            }
            if (source != null) {
                found.add(source);
                p = Math.max(source.to(), p + 1);
            } else {
                p++;
            }
        }
        if (found.size() > 1 && found.get(0).type() == Type.PERSON && found.get(0).from() == from
                && found.get(0).to() == from + 1 && found.get(0).role() == null && from + 1 < to
                && tokens.get(from + 1).isWord() && !tokens.get(from + 1).isCapitalised()
                && found.stream().skip(1).anyMatch(f -> f.type() == Type.OFFICE || f.type() == Type.PERSON && f.role() != null)) {
            // "Più cauto il segretario …", "Diversa la lettura del presidente …": a capitalised first word followed by
            // a common word opens the sentence; it is no name, and the subject comes later
            found.remove(0);
        }
        if (found.isEmpty()) {
            return null;
        }
        int end = to;
        // "Outgoing NATO chief Jens Stoltenberg's spokeswoman Oana …": a phrase with a possessive after it names whose
        // the next one is, never the subject
        if (found.removeIf(s -> s.type() == Type.PERSON && s.to() < end
                && POSSESSIVE_MARKS.contains(tokens.get(s.to()).text()))) {
            // the role after the possessor speaks only when a name of its own ends the stretch
            Source named = found.isEmpty() ? null : found.get(found.size() - 1);
            return named != null && named.type() == Type.PERSON && named.name() != null ? named : null;
        }
        if (found.size() > 1 && found.get(0).type() == Type.PERSON && found.get(1).type() == Type.PERSON
                && found.get(0).to() < found.get(1).from() && tokens.get(found.get(0).to()).is("and", "und", "et", "y",
                "e", "i", "en", "oraz")) {
            // "Prime Minister X and President Y said in a joint statement": two speakers, not one to pick
            return new Source(Type.GROUP, null, null, found.get(0).from(), found.get(1).to(), false);
        }
        if (found.size() > 1 && found.get(0).type() == Type.INSTITUTION && found.get(1).type() == Type.PERSON
                && nounsBetween(tokens, found.get(0).to(), found.get(1).from())) {
            // "Norwegian state secretary Ingrid …", "Former NATO planner Jens …": a country or a body before a noun of
            // a role and a name says whose role it is; the person named speaks, if nothing follows the name. A
            // possessive or another phrase after it makes the name a mention ("NATO chief Jens Stoltenberg's
            // spokeswoman Oana …"), and a word that is no role leaves the reading open: no speaker then
            Source person = found.get(1);
            boolean lastPhrase = found.size() == 2; // the name is the last phrase of the stretch
            boolean possessive = person.to() < to && POSSESSIVE_MARKS.contains(tokens.get(person.to()).text());
            return lastPhrase && !possessive && rolesBetween(tokens, found.get(0).to(), person.from()) ? person : null;
        }
        if (found.get(0).from() == from) {
            // the clause opens with its subject; what follows it are its complements ("the commander of the forces")
            return found.get(0);
        }
        Source last = found.get(found.size() - 1);
        if (found.size() > 1 && last.type() == Type.INSTITUTION && found.get(found.size() - 2).type() == Type.PERSON
                && ofBefore(tokens, found.get(found.size() - 2).to(), last.from())) {
            // "Opposition MP Liina Ojaveer of the Centre Party said": the body after "of" is the person's, who speaks
            return found.get(found.size() - 2);
        }
        if (last.to() >= to - 1 || onlyAdverbsAfter(tokens, last.to(), to)) {
            return last;
        }
        return found.stream().filter(s -> s.type() == Type.PERSON).findFirst().orElse(found.get(0));
    }

    private static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "’s");

    /**
     * Whether the words between two phrases end in an office or a person's noun ("state secretary", "planner"); the
     * caller has checked that they are one or two lower-case nouns or adjectives.
     */
    private static boolean rolesBetween(List<Token> tokens, int from, int to) {
        if (to <= from) {
            return false;
        }
        Token head = tokens.get(to - 1);
        return SpeakerWords.isOffice(head) || SpeakerWords.isAnonymousHead(head);
    }

    /** Whether at most two lower-case nouns or adjectives (no verb) stand between two phrases: "state", "planner". */
    private static boolean nounsBetween(List<Token> tokens, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.isCapitalised() || t.pos() == null || !t.pos().matches("NOUN|ADJ")) {
                return false;
            }
        }
        return true;
    }

    /** Prepositions that tie a body to the person before it: "X of the Centre Party", "X van de VVD", "X z PiS". */
    private static final Set<String> OF = Set.of("of", "from", "von", "vom", "der", "des", "de", "du", "del",
            "della", "di", "dello", "van", "z", "ze");

    /** Whether only "of" and perhaps an article stand between two phrases ("Liina Ojaveer of the Centre Party"). */
    private boolean ofBefore(List<Token> tokens, int from, int to) {
        if (to - from < 1 || to - from > 2 || !tokens.get(from).isWord() || !OF.contains(tokens.get(from).lower())) {
            return false;
        }
        return to - from == 1 || SpeakerWords.isDeterminer(tokens.get(from + 1), lang) || tokens.get(from + 1).is("the");
    }

    /**
     * Whether the phrase at p is governed by a preposition right before it, over an article ("in The Hague", "for the
     * Directorate-General", "bij het ministerie"): the tagger's ADP, or without a tagger a preposition of place.
     */
    private boolean objectOfAPreposition(List<Token> tokens, int p) {
        int k = p - 1;
        if (k > 0 && SpeakerWords.isDefinite(tokens.get(k)) && tokens.get(k).pos() != null
                && !tokens.get(k).pos().startsWith("ADP")) {
            k--;
        }
        Token t = tokens.get(k);
        return t.isWord() && !t.isCapitalised() && (t.pos() != null ? t.pos().startsWith("ADP") && !OF.contains(t.lower())
                : afterPreposition(tokens, p));
    }

    /** Whether the token at p follows a preposition, over an article: "nella lettera", "in the report", "w liście". */
    private boolean afterPreposition(List<Token> tokens, int p) {
        int k = p - 1;
        if (k > 0 && SpeakerWords.isDefinite(tokens.get(k)) && !tokens.get(k).is("de", "la")) {
            k--;
        }
        Token t = tokens.get(k);
        return t.isWord() && (SpeakerWords.isLocative(t, lang) || t.is("nella", "nel", "sulla", "sul", "dans", "in", "en",
                "w", "we", "im", "na"));
    }

    /** "Häkkänen also said", "Kallas hat am Montag gesagt": what stands between a subject and its verb. */
    private static boolean onlyAdverbsAfter(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            boolean light = t.pos() != null ? t.pos().matches("ADV|AUX|PART") : !t.isCapitalised() && t.text().length() <= 8;
            if (!light) {
                return false;
            }
        }
        return to - from <= 3;
    }

    /**
     * Whether a pronoun may be plural as well ("zeggen ze", "sagen sie", "zij"): it tells no one's gender, since it
     * may stand for several people ("Brekelmans en Tuinman bezochten de basis. '…', zeggen ze").
     */
    private static boolean pluralToo(List<Token> tokens, Source source) {
        for (int k = source.from(); k < Math.max(source.to(), source.from() + 1) && k < tokens.size(); k++) {
            if (tokens.get(k).is("sie", "ze", "zij")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "zeggen ze", "sagen sie": a verb in -en right before the pronoun (German and Dutch plurals); not after it, where
     * a preposition may stand ("zei ze tegen …").
     */
    private static boolean pluralVerbBeside(List<Token> tokens, Source source) {
        int before = source.from() - 1;
        return before >= 0 && tokens.get(before).isWord() && tokens.get(before).lower().endsWith("en");
    }

    private Attribution resolve(Source source, List<Token> tokens) {
        if (source == null) {
            return Attribution.NONE;
        }
        return switch (source.type()) {
            case DOCUMENT -> Attribution.DOCUMENT;
            case GROUP -> new Attribution(null, LONE_NAME, false);
            case PRONOUN -> Genders.ofPronoun(tokens, source.from(), source.to(), lang) == Genders.NEUTER
                    || pluralToo(tokens, source) && pluralVerbBeside(tokens, source)
                    // "…, zeggen ze": a plural pronoun with its plural verb stands for several people, not one
                    // "Jak poinformowało biuro prasowe": a neuter verb's subject is a body, never a person
                    ? new Attribution(null, NO_ANTECEDENT, false)
                    : people.lastInParagraph(Genders.ofPronoun(tokens, source.from(), source.to(), lang), lang)
                    // "“…,” he said. She insisted …": the pronoun that found him tells his gender for the next one
                    .map(p -> new Attribution(people.learnedFrom(p, pluralToo(tokens, source) ? Genders.UNKNOWN
                            : Genders.ofPronoun(tokens, source.from(), source.to(), lang)), ANAPHORA, false))
                    .orElse(new Attribution(null, NO_ANTECEDENT, false));
            case PERSON -> people.person(source.name(), source.role()).map(p -> new Attribution(p, null, false))
                    .or(() -> people.knownInstitution(source.name()).map(i -> new Attribution(i, null, false)))
                    .or(() -> source.role() == null && source.from() == firstWord(tokens, 0, tokens.size())
                            && inAStatement(tokens)
                            // "Mario Rossi ha dichiarato in una nota": a person's first and last name is no body's
                            && source.name().strip().split("\\s+").length == 1
                            && Genders.ofName(source.name(), lang) == Genders.UNKNOWN
                            // "Enav ha comunicato in una nota che …": a name that issues a statement is a body's
                            ? Optional.of(new Attribution(people.institution(source.name()), null, false))
                            : Optional.empty())
                    .orElse(new Attribution(null, LONE_NAME, false));
            case OFFICE -> byOffice(source);
            case ANONYMOUS -> new Attribution(new Speaker(source.name(), people.institutionIn(source.name()), null,
                    "anonymous"), null, false);
            case INSTITUTION -> companyNoun(source)
                    // "La compañía comunicó", "Die Firma teilte mit": the company named before, or no one
                    ? people.lastCompany().map(c -> new Attribution(c, COMPANY_ANAPHORA, false))
                            .orElse(new Attribution(null, NO_COMPANY, false))
                    : new Attribution(people.institution(source.name()), null, false);
        };
    }

    /** "in una nota", "dans un communiqué", "in a statement", "en un comunicado", "w komunikacie", "in een verklaring". */
    private static final Pattern IN_A_STATEMENT = Pattern.compile("(?iu)(?<![\\p{L}])(?:"
            + "in (?:a|its) (?:statement|press release)|dans un communiqué|in una nota|in un comunicato|en un comunicado"
            + "|en una nota|in einer (?:mitteilung|erklärung|pressemitteilung)|w komunikacie|w oświadczeniu"
            + "|in een (?:verklaring|persbericht|reactie))(?![\\p{L}])");

    private boolean inAStatement(List<Token> tokens) {
        return !tokens.isEmpty() && IN_A_STATEMENT.matcher(text.substring(tokens.get(0).start(),
                tokens.get(tokens.size() - 1).end())).find();
    }

    /**
     * Whether an institution phrase names no company but only its common noun ("la empresa", "the company", "a joint
     * venture in Odense").
     */
    private boolean companyNoun(Source source) {
        if (source == null || source.type() != Type.INSTITUTION || source.name() == null) {
            return false;
        }
        List<Token> words = Tokens.of(source.name(), new Span(0, source.name().length()));
        // capitalised mid-phrase it names a department ("conseller de Empresa"), except as a German noun
        Token head = words.get(0);
        boolean common = !head.isCapitalised() || "de".equals(lang);
        return SpeakerWords.isCompanyNoun(head) && common && (words.size() == 1 || !words.get(1).isCapitalised());
    }

    /**
     * An office without a name: the person named before with that office, or its known holder on the day; a
     * spokesperson or an official is an anonymous source; otherwise no speaker.
     */
    private Attribution byOffice(Source source) {
        String role = source.role();
        Optional<Speaker> holder = people.byOffice(role);
        if (holder.isPresent()) {
            return new Attribution(holder.get(), null, false);
        }
        List<Token> words = Tokens.of(role, new Span(0, role.length()));
        if (words.stream().anyMatch(SpeakerWords::isSpokesperson)) {
            return new Attribution(new Speaker(role, people.institutionIn(role), null, "anonymous"), null, false);
        }
        if (!source.definite() && words.stream().anyMatch(SpeakerWords::isAnonymousHead)) {
            return new Attribution(new Speaker(role, people.institutionIn(role), null, "anonymous"), null, false);
        }
        if (source.definite()) {
            // "der Kommandeur", "the commander": a definite office refers back to the one person of the paragraph
            Optional<Speaker> only = people.soleInParagraph(role, lang);
            if (only.isPresent()) {
                return new Attribution(only.get(), ANAPHORA, false);
            }
        }
        return new Attribution(null, OFFICE_ONLY, false);
    }

    /**
     * Notes the people the sentence names outside its quotations, in the order they stand, the speaker with the role
     * the sentence gives; the speaker, or else the last of them, is the one a pronoun in the next sentence refers to.
     */
    private void noteNamed(List<Token> tokens, List<Span> quotes, Speaker speaker) {
        people.named(speaker);
        List<Speaker> together = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!inQuote(t, quotes) && !inName(t) && t.isWord()) {
                Source source = phrases.at(tokens, i, clauseEnd(tokens, i, quotes));
                if (source != null && source.type() == Type.PERSON && source.role() == null) {
                    // "Agnieszka Kubiak, rolniczka spod Biskupca, i jej syn …": the apposition makes the name a person's
                    source = appositionAfter(tokens, source, quotes);
                }
                if (source != null && source.type() == Type.PERSON) {
                    Optional<Speaker> person = people.person(source.name(), source.role());
                    // "Joan Pritchard and her colleague Tom Abiodun": "her" tells Joan's gender, for a pronoun later;
                    // only where Joan opens the sentence (its subject owns the possessive: "Kaja Kallas met Mark Rutte
                    // and her counterparts" tells nothing of Rutte) and nothing told it before
                    boolean subject = tokens.subList(0, source.from()).stream().noneMatch(Token::isWord);
                    char owner = subject ? Genders.ofPossessiveAfter(tokens, source.to(), lang) : Genders.UNKNOWN;
                    person.ifPresent(p -> {
                        people.named(p);
                        together.add(p);
                        people.learnedFrom(p, owner);
                    });
                    if (person.isEmpty() && !source.name().strip().contains(" ") && source.from() == i
                            && SourcePhrase.isPossessive(tokens.get(i))) {
                        // "Suo figlio Efisio la pensa diversamente. «…», dice.": someone new we cannot name speaks
                        // next; the person before is not meant
                        people.unclear();
                    }
                    if (person.isEmpty() && source.name().strip().contains(" ")) {
                        // "Former Royal Welsh corporal Dai Morgan, 64, … In his view, …": someone the paragraph opens
                        // with but we cannot tell; "he" is not the person of the paragraph before
                        people.unclearOpening();
                    }
                    i = Math.max(source.to(), i + 1);
                    continue;
                }
                boolean opens = tokens.subList(0, i).stream().noneMatch(Token::isWord);
                if (source != null && source.type() == Type.ANONYMOUS && opens) {
                    // "Ein Sprecher des Ministeriums wies die Kritik zurück.": the subject, not one met in passing
                    people.named(new Speaker(source.name(), people.institutionIn(source.name()), null, "anonymous"));
                    i = Math.max(source.to(), i + 1);
                    continue;
                }
            }
            i++;
        }
        // "il" or "she" in the next sentence is the speaker, not a person the statement names in passing
        people.named(speaker);
        if (speaker == null && together.stream().map(Speaker::name).distinct().count() == 2) {
            // "La alcaldesa … y el coronel … se reunieron. Ella pidió …": two people named together, neither speaking
            people.namedTogether(together);
        }
        for (int k = 0; k + 1 < tokens.size(); k++) {
            int end = inQuote(tokens.get(k), quotes) ? -1 : phrases.companyNameAt(tokens, k, tokens.size());
            if (end > 0) {
                // "a la empresa Hidalgo Sistemas Navales", "Das Unternehmen O'Rourke Aerospace": what "the company" is
                people.namedCompany(text.substring(tokens.get(phrases.nameStart(tokens, k, tokens.size())).start(),
                        tokens.get(end - 1).end()));
            }
        }
    }

    /** The quotations of at least two words, closed, that are not the quoted name of an initiative. */
    private List<Span> quotations(Span sentence) {
        List<Span> quotes = new ArrayList<>();
        for (Span quoted : Quotes.quoted(sentence.in(text), sentence.start())) {
            if (quoted.end() < 0) {
                continue;
            }
            boolean isName = names.stream().anyMatch(n -> n.overlaps(quoted.start(), quoted.end())
                    && n.end() - n.start() >= quoted.end() - quoted.start() - 2);
            if (!isName && PhraseIndex.words(quoted.in(text)).size() >= MIN_QUOTE_WORDS) {
                quotes.add(quoted);
            }
        }
        return quotes;
    }

    /**
     * Whether a quotation gives the speaker's own words rather than a phrase inside reported speech: it opens the
     * sentence, or follows a colon, a comma or a dash, or starts with a capital right after the verb of saying.
     */
    private boolean ownWords(Span sentence, Span quote, List<Token> tokens) {
        int mark = quote.start() - 1;
        int before = mark - 1;
        while (before >= sentence.start() && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        if (before < sentence.start()) {
            return true;
        }
        char c = text.charAt(before);
        String inner = quote.in(text).strip();
        boolean lower = !inner.isEmpty() && Character.isLowerCase(inner.codePointAt(0));
        if (c == ',' && lower && tokens.stream().anyMatch(t -> t.end() <= quote.start()
                && SpeechWords.COMPLEMENTIZER.matcher(t.text()).matches())) {
            // "zei dat de landmacht het aankan, „mits de kazernes op orde komen”": the reported clause goes on
            return false;
        }
        if (":,–—-".indexOf(c) >= 0) {
            return true;
        }
        boolean capital = !inner.isEmpty() && Character.isUpperCase(inner.codePointAt(0));
        int word = tokenAt(tokens, before);
        return capital && word >= 0 && (SpeechWords.isSayingVerb(tokens.get(word), lang)
                || !SpeechWords.cues(text.substring(tokens.get(word).start(), tokens.get(word).end()), lang).isEmpty());
    }

    private String quoteWords(List<Span> own) {
        List<String> parts = new ArrayList<>();
        for (Span q : own) {
            String words = INSERTED_FRAME.matcher(q.in(text).strip()).replaceAll(JOIN);
            parts.add(words.replaceAll("[,;:]+$", "").strip());
        }
        return String.join(JOIN, parts);
    }

    private String outside(Span sentence, List<Span> quotes) {
        StringBuilder rest = new StringBuilder(sentence.in(text));
        for (int i = quotes.size() - 1; i >= 0; i--) {
            Span q = quotes.get(i);
            rest.replace(q.start() - sentence.start(), q.end() - sentence.start(), " ");
        }
        return rest.toString();
    }

    private boolean afterQuotation(List<Token> tokens, int first, List<Span> quotes) {
        for (int i = first - 1; i >= 0 && i >= first - 3; i--) {
            Token t = tokens.get(i);
            if (t.isMark("\"“”«»„‚‘’'") || inQuote(t, quotes)) {
                return true;
            }
            if (!t.isMark(",–—-")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the cue opens its clause: nothing but marks and conjunctions before it since a boundary. */
    private boolean clauseStart(List<Token> tokens, int first, List<Span> quotes) {
        for (int i = first - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (inQuote(t, quotes) || t.isMark(":;–—\"“”«»„‚‘’'")) {
                return true;
            }
            if (t.isWord() && !t.is("and", "und", "et", "y", "e", "i", "en", "but", "aber", "mais", "pero", "ma", "ale",
                    "maar", "also", "auch", "aussi", "también", "anche", "też", "także", "ook", "then", "dann",
                    "ensuite", "luego", "poi", "potem", "daarna", "ponadto", "además", "inoltre", "außerdem")
                    && !(i == first - 1 && AS_SAID.matcher(t.text()).matches())) {
                return false;
            }
        }
        return true;
    }

    private int clauseEnd(List<Token> tokens, int from, List<Span> quotes) {
        int i = from;
        while (i < tokens.size() && !inQuote(tokens.get(i), quotes) && !tokens.get(i).isMark(";:()\"„“”«»")) {
            i++;
        }
        return i;
    }

    private boolean inName(Token t) {
        return names.stream().anyMatch(n -> n.overlaps(t.start(), t.end()));
    }

    /** Whether the token is in (or a mark of) a quotation of one to three words, the first capitalised: a name. */
    private static boolean inQuotedName(List<Token> tokens, int i) {
        String marks = "„“”«»\"‚‘’";
        for (int open = Math.max(0, i - 4); open <= i; open++) {
            if (!tokens.get(open).isMark(marks)) {
                continue;
            }
            int close = open + 1;
            while (close < tokens.size() && close <= open + 4 && tokens.get(close).isWord()) {
                close++;
            }
            if (close < tokens.size() && close >= i && close > open + 1 && close <= open + 4
                    && tokens.get(close).isMark(marks) && tokens.get(open + 1).isCapitalised()) {
                return true;
            }
        }
        return false;
    }

    private static boolean inQuote(Token t, List<Span> quotes) {
        return quotes.stream().anyMatch(q -> q.overlaps(t.start(), t.end()));
    }

    /** The index of the token at (or just before) an offset. */
    private static int tokenAt(List<Token> tokens, int offset) {
        int found = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() <= offset) {
                found = i;
            } else {
                break;
            }
        }
        return found;
    }
}
