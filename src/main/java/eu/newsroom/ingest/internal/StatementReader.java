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
    /** A quotation that goes on in the next sentence with no frame of its own: one statement with the one before. */
    private static final String CONTINUED = "continued";

    private static final int MIN_QUOTE_WORDS = 2;
    private static final int MAX_SEGMENTS = 3;
    private static final String JOIN = " … ";

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
        return new StatementReader(text, lang, names, new People(actors, gazetteer, date)).read(sentences, skipped);
    }

    private List<Said> read(List<Span> sentences, List<Span> skipped) {
        List<Said> statements = new ArrayList<>();
        int paragraphEnd = -1;
        Said previous = null;
        for (Span sentence : sentences) {
            if (sentence.start() > paragraphEnd) {
                people.newParagraph();
                previous = null;
                int lineEnd = text.indexOf('\n', sentence.start());
                paragraphEnd = lineEnd < 0 ? text.length() : lineEnd;
            }
            if (skipped.stream().anyMatch(s -> s.overlaps(sentence.start(), sentence.end()))) {
                continue;
            }
            Said said = statement(sentence, previous);
            if (said != null && CONTINUED.equals(said.note()) && previous != null) {
                said = new Said(new Span(previous.span().start(), said.span().end()), previous.kind(),
                        previous.text() + JOIN + said.text(), previous.speaker(), previous.actor(), previous.role(),
                        previous.speakerKind(), previous.note());
                statements.set(statements.size() - 1, said);
            } else if (said != null) {
                statements.add(said);
            }
            previous = said;
        }
        return statements;
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
                return null;
            }
            if (found.speaker() != null || found.note() != null) {
                attribution = found;
                reported = true;
                break;
            }
        }
        if (!reported && !own.isEmpty()) {
            attribution = unframed(sentence, tokens, own, previous);
            reported = true;
        }
        if (!reported && previous != null && previous.actor() != null || !reported && previous != null
                && previous.speaker() != null && "person".equals(previous.speakerKind())) {
            // German reported speech goes on in the subjunctive without a verb of saying: "Die EU sei bereit …"
            if (SpeechWords.isKonjunktiv(outside(sentence, quotes), lang)) {
                attribution = new Attribution(new Speaker(previous.speaker(), previous.actor(), previous.role(), "person"),
                        ANAPHORA, false);
                reported = true;
            }
        }
        noteNamed(tokens, quotes, attribution.speaker());
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

    /** A quotation whose frame gives no verb: "Kallas: „…“", or the same speaker going on in the next sentence. */
    private Attribution unframed(Span sentence, List<Token> tokens, List<Span> own, Said previous) {
        int colon = text.lastIndexOf(':', own.get(0).start());
        if (colon >= sentence.start() && text.substring(colon + 1, own.get(0).start()).strip().length() <= 1) {
            int at = tokenAt(tokens, colon);
            Source source = subjectBefore(tokens, at, List.of());
            Attribution found = resolve(source);
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
            if (!known && SpeechWords.isSayingVerb(t) && quotes.stream().noneMatch(q -> q.overlaps(t.start(), t.end()))) {
                cues.add(new Cue(t.start(), t.end(), Cue.Kind.VERB));
            }
        }
        cues.sort(Comparator.comparingInt(Cue::start));
        return cues;
    }

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
            return resolve(new Source(Type.PRONOUN, null, null, first, last + 1, false));
        }
        Source source = switch (cue.kind()) {
            case SOURCE_AFTER -> phraseAfter(tokens, last + 1, quotes);
            case SOURCE_BEFORE -> subjectBefore(tokens, first, quotes);
            case VERB -> verbSubject(tokens, first, last, quotes);
        };
        if (source == null && cue.kind() == Cue.Kind.VERB && clauseStart(tokens, first, quotes)) {
            // a dropped subject ("Añadió que …", "Dodał, że …") or a verb that opens the frame after a quotation
            return resolve(new Source(Type.PRONOUN, null, null, first, first, false));
        }
        return resolve(source);
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
        if (inverted || afterComma) {
            Source after = phraseAfter(tokens, last + 1, quotes);
            if (after != null && (inverted || frameEndsAfter(tokens, after))) {
                return after;
            }
            return subjectBefore(tokens, first, quotes);
        }
        Source before = subjectBefore(tokens, first, quotes);
        if (before == null && !"en".equals(lang)) {
            // verb-second and verb-subject order: "Am Montag sagte Häkkänen", "En Bruselas declaró la ministra …"
            return phraseAfter(tokens, last + 1, quotes);
        }
        return before;
    }

    /** An inverted frame ends with its speaker: "…, said Mark Rutte, the NATO Secretary General." */
    private static boolean frameEndsAfter(List<Token> tokens, Source after) {
        return after.to() >= tokens.size() || tokens.get(after.to()).isMark(",.;:!?–—)");
    }

    /** The phrase right after a cue, skipping up to two words ("sagte am Montag Häkkänen" is rare; "said on Monday"). */
    private Source phraseAfter(List<Token> tokens, int from, List<Span> quotes) {
        for (int j = from; j < tokens.size() && j < from + 3; j++) {
            Token t = tokens.get(j);
            if (inQuote(t, quotes) || t.isMark(",;:\"„“”«»‚‘’()") || SpeechWords.COMPLEMENTIZER.matcher(t.text()).matches()) {
                return null;
            }
            Source source = phrases.at(tokens, j, clauseEnd(tokens, j, quotes));
            if (source != null) {
                return appositionAfter(tokens, source, quotes);
            }
        }
        return null;
    }

    /** "Mark Rutte, the NATO Secretary General, said" read after the name: the office is the person's role. */
    private Source appositionAfter(List<Token> tokens, Source source, List<Span> quotes) {
        if (source.type() != Type.PERSON || source.role() != null || source.to() >= tokens.size()
                || !tokens.get(source.to()).isMark(",")) {
            return source;
        }
        Source next = phrases.at(tokens, source.to() + 1, clauseEnd(tokens, source.to() + 1, quotes));
        return next != null && next.type() == Type.OFFICE
                ? new Source(Type.PERSON, source.name(), next.role(), source.from(), next.to(), false) : source;
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
        while (i >= 0 && segments.size() < MAX_SEGMENTS) {
            Token t = tokens.get(i);
            boolean hard = inQuote(t, quotes) || t.isMark(":;–—()\"„“”«»‚‘’") || SpeechWords.COMPLEMENTIZER.matcher(t.text())
                    .matches() && !"de".equals(lang) && !"dat".equals(t.lower());
            if (hard || t.isMark(",")) {
                segments.add(new int[] {i + 1, end});
                end = i;
                if (hard) {
                    break;
                }
            }
            i--;
        }
        if (i < 0 && segments.size() < MAX_SEGMENTS) {
            segments.add(new int[] {0, end});
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
        return nearest;
    }

    /** In a stretch of a clause, the phrase next to its end; else its person; else its first phrase. */
    private Source inSegment(List<Token> tokens, int from, int to) {
        List<Source> found = new ArrayList<>();
        int p = from;
        while (p < to) {
            Source source = phrases.at(tokens, p, to);
            if (source != null) {
                found.add(source);
                p = Math.max(source.to(), p + 1);
            } else {
                p++;
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        if (found.get(0).from() == from) {
            // the clause opens with its subject; what follows it are its complements ("the commander of the forces")
            return found.get(0);
        }
        Source last = found.get(found.size() - 1);
        if (last.to() >= to - 1 || onlyAdverbsAfter(tokens, last.to(), to)) {
            return last;
        }
        return found.stream().filter(s -> s.type() == Type.PERSON).findFirst().orElse(found.get(0));
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

    private Attribution resolve(Source source) {
        if (source == null) {
            return Attribution.NONE;
        }
        return switch (source.type()) {
            case DOCUMENT -> Attribution.DOCUMENT;
            case PRONOUN -> people.lastInParagraph().map(p -> new Attribution(p, ANAPHORA, false))
                    .orElse(new Attribution(null, NO_ANTECEDENT, false));
            case PERSON -> people.person(source.name(), source.role()).map(p -> new Attribution(p, null, false))
                    .orElse(new Attribution(null, LONE_NAME, false));
            case OFFICE -> byOffice(source);
            case ANONYMOUS -> new Attribution(new Speaker(source.name(), people.institutionIn(source.name()), null,
                    "anonymous"), null, false);
            case INSTITUTION -> new Attribution(people.institution(source.name()), null, false);
        };
    }

    /**
     * An office without a name: the person named before with that office, or its known holder on the day; a
     * spokesperson is an anonymous source; another definite office ("der hohe europäische Beamte") refers back, like a
     * pronoun, to the last person named in the paragraph.
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
        if (source.definite() && people.lastInParagraph().isPresent()) {
            return new Attribution(people.lastInParagraph().get(), ANAPHORA, false);
        }
        if (words.stream().anyMatch(SpeakerWords::isAnonymousHead)) {
            return new Attribution(new Speaker(role, people.institutionIn(role), null, "anonymous"), null, false);
        }
        return new Attribution(null, OFFICE_ONLY, false);
    }

    /**
     * Notes the people the sentence names outside its quotations, in the order they stand, the speaker with the role
     * the sentence gives; the last of them is the one a pronoun in the next sentence refers to.
     */
    private void noteNamed(List<Token> tokens, List<Span> quotes, Speaker speaker) {
        people.named(speaker);
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!inQuote(t, quotes) && !inName(t) && phrases.isName(tokens, i)) {
                Source source = phrases.at(tokens, i, tokens.size());
                if (source != null && source.type() == Type.PERSON) {
                    people.person(source.name(), source.role()).ifPresent(people::named);
                    i = Math.max(source.to(), i + 1);
                    continue;
                }
            }
            i++;
        }
        // the speaker is the one a pronoun refers to, unless someone is named after the frame
        if (speaker != null && "person".equals(speaker.kind()) && people.lastInParagraph().isPresent()
                && people.lastInParagraph().get().name().equals(speaker.name())) {
            people.named(speaker);
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
        if (":,–—-".indexOf(c) >= 0) {
            return true;
        }
        String inner = quote.in(text).strip();
        boolean capital = !inner.isEmpty() && Character.isUpperCase(inner.codePointAt(0));
        int word = tokenAt(tokens, before);
        return capital && word >= 0 && (SpeechWords.isSayingVerb(tokens.get(word))
                || !SpeechWords.cues(text.substring(tokens.get(word).start(), tokens.get(word).end()), lang).isEmpty());
    }

    private String quoteWords(List<Span> own) {
        List<String> parts = new ArrayList<>();
        for (Span q : own) {
            parts.add(q.in(text).strip().replaceAll("[,;:]+$", "").strip());
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
                    "ensuite", "luego", "poi", "potem", "daarna", "ponadto", "además", "inoltre", "außerdem")) {
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
