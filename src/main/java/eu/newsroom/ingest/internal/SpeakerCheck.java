package eu.newsroom.ingest.internal;

import eu.newsroom.ingest.internal.StatementReader.Said;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last look at a speaker the newsroom does not know, before it is proposed: a wrong name is worse than none,
 * so a name the text itself gives no evidence for is withdrawn, and the statement is proposed without
 * a speaker ({@code noSpeaker.evidence}). The evidence is read from the whole text, not from lists of names:
 * <ul>
 * <li>a name of one word is a person's only when the text also writes it after a capitalised word or an office (a
 * given name, a title: "Efrem Caredda … Caredda", "minister Kowalski", "Gen. Kowalskiego"); "la Sardegna", "de
 * Zaragoza", "van Tubantia" never are;</li>
 * <li>a word the text writes only where every word is capitalised (at the start of a sentence or a line, after an
 * opening quotation mark or a dash) is no evidence of a name, except in German, where nouns are capitalised
 * anyway;</li>
 * <li>a name whose every word is a place, by the JDK's country names and the capitals ({@link Places}), is a place,
 * not a speaker; so is a word the text writes after a preposition of place ("in Sardegna", "in Kyiv", "w
 * Jasionce"), unless the text also writes it after a given name or an office (evidence of a person comes
 * first);</li>
 * <li>a name needs a word of two letters or more ("U." of "U.S.");</li>
 * <li>a name the text writes only before an office or a rank and another name is the body of that office
 * ("Dowództwa Generalnego Rodzajów Sił Zbrojnych płk Ireneusz Domański").</li>
 * </ul>
 * The text is read once into an index of its words (where each stands, the word before it, whether it opens a
 * sentence), and each speaker's verdict is kept. Known actors (matched by name or office) are never withdrawn here.
 */
final class SpeakerCheck {

    /**
     * Prepositions of place that take no person after them (no dative or direction reading: "a déclaré à Dupont",
     * "nach Müllers Einschätzung", "een brief naar Rutte" are persons).
     */
    private static final Map<String, Set<String>> LOCATIVE = Map.of("de", Set.of("in", "im"), "en", Set.of("in",
            "near"), "fr", Set.of("en"), "es", Set.of("en"), "it", Set.of("in", "nel", "nella"), "pl", Set.of("w",
            "we"), "nl", Set.of("in"));

    /** A word, with the hyphens and apostrophes inside it ("Kosiniak-Kamysz", "O'Brien", "Morlais's"). */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:['’-]\\p{L}[\\p{L}\\p{M}]*)*");
    /** A capital initial and its dot before a space, at the end of a region ("J. "). */
    private static final Pattern INITIAL = Pattern.compile("(?<![\\p{L}.])\\p{Lu}\\.\\s+$");
    /** Quotation marks that only ever open a quotation. */
    private static final String OPENING = "„‚«¿¡(";
    /** Quotation marks and dashes that open when a space or a line start is before them. */
    private static final String OPENING_AFTER_SPACE = "“‘\"'–—-";

    /** One word of the text: where it stands and whether it opens a sentence, a line or a quotation. */
    private record Word(String text, int start, int end, boolean opens) {
    }

    private final String text;
    private final String lang;
    private final List<Span> sentences;
    private final Map<String, Boolean> verdicts = new HashMap<>();
    private List<Word> words;
    private Map<String, List<Integer>> at;
    private Set<String> lowerCase;

    SpeakerCheck(String text, String lang, List<Span> sentences) {
        this.text = text;
        this.lang = lang;
        this.sentences = sentences;
    }

    /** The statements, with each speaker the text gives no evidence for withdrawn. */
    List<Said> vet(List<Said> statements) {
        return statements.stream().map(this::vet).toList();
    }

    private Said vet(Said said) {
        if (said.speaker() == null || said.actor() != null) {
            return said;
        }
        Said s = bounded(said);
        if (verdicts.computeIfAbsent(s.speakerKind() + "\u0000" + s.speaker(), k -> doubtless(s.speaker(),
                s.speakerKind()))) {
            return s;
        }
        return new Said(s.span(), s.kind(), s.text(), null, null, null, null, StatementReader.NO_EVIDENCE);
    }

    /**
     * The speaker with the words cut off that are no part of a person's name: a particle at the end ("Jens
     * Marquardt von" of "von der AfD"), and before a name of two words or more what qualifies the office before it
     * ({@link #qualifierBefore}). A body read as a speaker because an acronym or an office opened it ("UPL Esther
     * Villarejo-Cuenllas", "Brigadier General Ilse Vandermaelen") is the person named after them.
     */
    private Said bounded(Said s) {
        if (!"person".equals(s.speakerKind()) && !"institution".equals(s.speakerKind())) {
            return s;
        }
        List<String> parts = new ArrayList<>(Arrays.asList(s.speaker().strip().split("\\s+")));
        boolean person = "person".equals(s.speakerKind());
        while (person && parts.size() > 2 && isLowerParticle(parts.get(parts.size() - 1))) {
            parts.remove(parts.size() - 1);
        }
        int cut = qualifierBefore(parts, person);
        if (cut > 0) {
            parts = parts.subList(cut, parts.size());
            person = true;
        }
        String name = String.join(" ", parts);
        return name.equals(s.speaker().strip()) ? s
                : new Said(s.span(), s.kind(), s.text(), name, null, s.role(), person ? "person" : s.speakerKind(),
                        s.note());
    }

    /**
     * How many words at the front of a name qualify an office rather than name its holder, when a name of two
     * capitalised words or more follows them: an acronym or a compound on one, an office or a rank ("SVP-Nationalrat
     * Beat Imfeld", "UPL Esther …", "Brigadier General Ilse …"); a place, by the JDK's names or as the text writes it
     * after a preposition of place ("Burmistrz Orzysza Zbigniew …" beside "w Orzyszu"); a particle and one word before
     * two more, outside Spanish and Italian, where a surname's particle may stand before two ("Gedeputeerde Economie
     * van Noord-Brabant Yvonne …"). A name of three plain words the text writes only right after an office starts with
     * the office's party or portfolio in French, where double given names take a hyphen ("le député Ecolo Samuel …"),
     * and in Dutch, German and Polish when the text also writes that first word in lower case, so it is a word of the
     * language ("Wethouder Wonen Jeroen …" beside "wonen"; "Henk Jan Wolters", "Lucas Oude Wesselink" stay). A body
     * keeps its name unless an office opened it, or an acronym where the text writes it only after an office.
     */
    private int qualifierBefore(List<String> parts, boolean person) {
        int n = parts.size();
        if (core(parts) < 3) {
            return 0;
        }
        index();
        for (int k = n - 2; k >= 1; k--) {
            if (!plainName(parts.subList(k, n))) {
                continue;
            }
            List<String> front = parts.subList(0, k);
            String last = front.get(k - 1);
            // an office, or a party's compound on a title ("SVP-Nationalrat": "Nationalrat" is the council too)
            boolean office = Arrays.stream(last.split("-")).anyMatch(p -> SpeakerWords.isOffice(token(p)))
                    || k == 1 && last.matches("\\p{Lu}[\\p{Lu}\\p{Ll}]*\\p{Lu}-\\p{Lu}\\p{Ll}+");
            if (person ? officeOrAcronym(last) : office || front.stream().allMatch(SpeakerCheck::officeOrAcronym)
                    && onlyAfterAnOffice(String.join(" ", parts), true)) {
                return k;
            }
            if (!person) {
                return 0;
            }
            if (front.stream().allMatch(w -> Places.isPlace(w, lang) || afterPlacePreposition(w))) {
                return k;
            }
            if (k >= 2 && isLowerParticle(front.get(k - 2)) && !NameParticles.isParticle(token(last))
                    && !"es".equals(lang) && !"it".equals(lang)
                    && front.stream().limit(k - 2).noneMatch(SpeakerCheck::isLowerParticle)) {
                return k;
            }
            List<String> rest = parts.subList(k, n);
            boolean particleInside = rest.stream().anyMatch(SpeakerCheck::isLowerParticle);
            if (k == 1 && core(parts) == 3 && last.indexOf('-') < 0 && onlyAfterAnOffice(String.join(" ", parts), false)
                    && ("fr".equals(lang) || lang != null && Set.of("nl", "de", "pl").contains(lang)
                            && (particleInside || lowerCase.contains(last.toLowerCase(Locale.ROOT))))) {
                // a lower-case particle stands right after the given name ("Joanna de Virion"), so the word before
                // the given name is no second one
                return k;
            }
        }
        return 0;
    }

    /**
     * Two or three capitalised words with no acronym, office, particle or body in them: a person's name (a capitalised
     * particle belongs to the surname after it: "Michel De Smedt-Lambert").
     */
    private boolean plainName(List<String> words) {
        int core = core(words);
        return core >= 2 && core <= 3 && !NameParticles.isParticle(token(words.get(0)))
                && !NameParticles.isParticle(token(words.get(words.size() - 1)))
                && words.stream().allMatch(w -> NameParticles.isParticle(token(w)) || Character.isUpperCase(
                w.codePointAt(0)) && w.length() >= 2 && !officeOrAcronym(w) && !w.contains(".")
                && !SpeakerWords.isInstitutionHead(token(w), lang) && !Places.isPlace(w, lang)
                && (afterNameOrOffice(w) || !afterPlacePreposition(w)));
    }

    /**
     * How many words of a name are no particle: the particles between a given name and a surname ("Marta de la
     * Fuente Ortiz", "Nadia El Khattabi") join them and count for nothing.
     */
    private static int core(List<String> words) {
        return (int) words.stream().filter(w -> !NameParticles.isParticle(token(w))).count();
    }

    /** An acronym ("UPL", "PiS"), a compound on one or on an office ("SVP-Nationalrat"), an office or a rank. */
    private static boolean officeOrAcronym(String word) {
        for (String part : word.split("-")) {
            if (part.length() >= 2 && (PhraseIndex.isAcronym(part) || part.matches("\\p{Lu}\\p{Ll}+\\p{Lu}")
                    || SpeakerWords.isOffice(token(part)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLowerParticle(String word) {
        return Character.isLowerCase(word.codePointAt(0)) && NameParticles.isParticle(token(word));
    }

    private static Tokens.Token token(String word) {
        return new Tokens.Token(word, 0, word.length(), null, null);
    }

    /**
     * Whether every time the text writes the name, an office stands right before it ("le député Ecolo Samuel …"), or
     * with {@code linked} also an office and one lower-case word ("La procuradora de UPL Esther …").
     */
    private boolean onlyAfterAnOffice(String name, boolean linked) {
        Matcher first = WORD.matcher(name);
        if (!first.lookingAt()) {
            return false;
        }
        boolean any = false;
        for (int i : at.getOrDefault(first.group(), List.of())) {
            if (!text.startsWith(name, words.get(i).start())) {
                continue;
            }
            String before = before(i);
            if (linked && before != null && Character.isLowerCase(before.codePointAt(0)) && i > 0) {
                before = before(i - 1);
            }
            if (before == null || !SpeakerWords.isOffice(token(before))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Whether the text gives evidence enough that this name names a speaker of its kind. */
    private boolean doubtless(String name, String kind) {
        if (!"person".equals(kind) && !"institution".equals(kind)) {
            return true;
        }
        String[] parts = name.strip().split("\\s+");
        if (Arrays.stream(parts).noneMatch(w -> w.replaceAll("[^\\p{L}]", "").length() >= 2)) {
            return false;
        }
        if (!"person".equals(kind)) {
            return true;
        }
        index();
        if (Arrays.stream(parts).allMatch(w -> Character.isUpperCase(w.codePointAt(0)) && Places.isPlace(w, lang))) {
            return false;
        }
        if (Arrays.stream(parts).allMatch(w -> Character.isUpperCase(w.codePointAt(0)) && !afterNameOrOffice(w)
                && afterPlacePreposition(w))) {
            return false;
        }
        if (parts.length == 1 && !"de".equals(lang) && onlyWhereAllIsCapitalised(parts[0])) {
            return false;
        }
        if (beforeAnOfficeAndAName(name.strip())) {
            return false;
        }
        return parts.length > 1 || afterNameOrOffice(parts[0]);
    }

    /** Reads the text once: its words, where each stands, whether it opens a sentence, which are written lower case. */
    private void index() {
        if (words != null) {
            return;
        }
        TreeSet<Integer> starts = new TreeSet<>();
        starts.add(0);
        sentences.forEach(s -> starts.add(s.start()));
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        words = new ArrayList<>();
        at = new HashMap<>();
        lowerCase = new HashSet<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = -1;
        while (m.find()) {
            Integer boundary = starts.floor(m.start());
            boolean opens = boundary != null && previousEnd <= boundary && !afterInitial(boundary)
                    || opensQuotation(m.start());
            Word w = new Word(m.group(), m.start(), m.end(), opens);
            at.computeIfAbsent(w.text(), k -> new ArrayList<>()).add(words.size());
            words.add(w);
            if (Character.isLowerCase(w.text().codePointAt(0))) {
                lowerCase.add(w.text());
            }
            previousEnd = m.end();
        }
    }

    /** Whether a sentence the splitter found starts right after an initial ("J. Morlais"), so does not start. */
    private boolean afterInitial(int boundary) {
        Matcher m = INITIAL.matcher(text).region(Math.max(0, boundary - 4), boundary).useTransparentBounds(true);
        return boundary > 0 && text.charAt(boundary - 1) != '\n' && m.find();
    }

    /** Whether an opening quotation mark or a dash stands right before a word. */
    private boolean opensQuotation(int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        return OPENING.indexOf(c) >= 0 || OPENING_AFTER_SPACE.indexOf(c) >= 0 && (i == 0 || Character.isWhitespace(
                text.charAt(i - 1)) || OPENING.indexOf(text.charAt(i - 1)) >= 0);
    }

    /** Where the text writes a word of a name: as written, or in Polish in another case ("Kowalskiego", "Tuska"). */
    private List<Integer> occurrences(String word) {
        List<Integer> found = new ArrayList<>(at.getOrDefault(word, List.of()));
        if ("pl".equals(lang)) {
            String base = People.fold(word);
            at.forEach((form, where) -> {
                if (!form.equals(word) && Character.isUpperCase(form.codePointAt(0))
                        && People.inflected(base, People.fold(form))) {
                    found.addAll(where);
                }
            });
        }
        return found;
    }

    /**
     * The word right before word i in the same sentence and line, when only spaces (and the dot of an abbreviation)
     * stand between them.
     */
    private String before(int i) {
        if (i == 0 || words.get(i).opens()) {
            return null;
        }
        Word previous = words.get(i - 1);
        String gap = text.substring(previous.end(), words.get(i).start());
        if (gap.indexOf('\n') >= 0) {
            return null;
        }
        if (gap.isBlank() && !gap.isEmpty()) {
            return previous.text();
        }
        return gap.startsWith(".") && !gap.substring(1).isEmpty() && gap.substring(1).isBlank() ? previous.text() + "."
                : null;
    }

    /**
     * Whether the text writes a word after a preposition of place ("in Sardegna", "w Jasionce"), not as a possessive
     * ("naar Brouns' collega's", "in Morlais's words").
     */
    private boolean afterPlacePreposition(String word) {
        Set<String> prepositions = lang == null ? Set.of() : LOCATIVE.getOrDefault(lang, Set.of());
        for (int i : occurrences(word)) {
            Word w = words.get(i);
            boolean possessive = w.end() < text.length() && "'’".indexOf(text.charAt(w.end())) >= 0
                    || w.text().matches(".*['’]s");
            String before = before(i);
            if (!possessive && before != null && prepositions.contains(before.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether every time the text writes the word, it stands where any word is capitalised. */
    private boolean onlyWhereAllIsCapitalised(String word) {
        List<Integer> found = at.getOrDefault(word, List.of());
        return !found.isEmpty() && found.stream().allMatch(i -> words.get(i).opens());
    }

    /**
     * Whether the text writes a one-word name after a capitalised word (a given name, a title) or an office, in any
     * case ending in Polish ("Efrem Caredda", "ministrem Kowalskim", "Mr. Pettifer").
     */
    private boolean afterNameOrOffice(String word) {
        for (int i : occurrences(word)) {
            String before = before(i);
            if (before == null) {
                continue;
            }
            Tokens.Token t = new Tokens.Token(before, 0, before.length(), null, null);
            if (SpeakerWords.isOffice(t) || Character.isUpperCase(before.codePointAt(0)) && !SpeakerWords.isDefinite(t)
                    && !Places.isPlace(before, lang) && !(words.get(i - 1).opens()
                            && lowerCase.contains(before.replace(".", "").toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every time the text writes the name, an office or a rank and a capitalised word follow it: the words
     * before a rank are its body ("Dowództwa Generalnego Rodzajów Sił Zbrojnych płk Ireneusz Domański").
     */
    private boolean beforeAnOfficeAndAName(String name) {
        Matcher first = WORD.matcher(name);
        if (!first.lookingAt()) {
            return false;
        }
        boolean any = false;
        for (int i : at.getOrDefault(first.group(), List.of())) {
            int start = words.get(i).start();
            int end = start + name.length();
            if (!text.startsWith(name, start) || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            any = true;
            int next = i;
            while (next < words.size() && words.get(next).start() < end) {
                next++;
            }
            if (next + 1 >= words.size() || !text.substring(end, words.get(next).start()).isBlank()
                    || !text.substring(words.get(next).end(), words.get(next + 1).start()).matches("\\.?\\s+")
                    || !Character.isUpperCase(words.get(next + 1).text().codePointAt(0))) {
                return false;
            }
            String office = words.get(next).text();
            if (!SpeakerWords.isOffice(new Tokens.Token(office, 0, office.length(), null, null))) {
                return false;
            }
        }
        return any;
    }
}
