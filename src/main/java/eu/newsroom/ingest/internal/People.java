package eu.newsroom.ingest.internal;

import eu.newsroom.ingest.internal.Gazetteer.KnownActor;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The people one text names, in order, and who they are: a known actor only by name (full name or surname) or by
 * an office that person holds on the day; otherwise a new person with the role the text gives. A surname alone
 * ("Häkkänen", also inflected: "Kosiniaka-Kamysza") is the person the text named in full before. Remembers the last
 * person named in the current paragraph, to whom a pronoun or a dropped subject refers.
 */
final class People {

    /** Who speaks: {@code kind} is person, institution or anonymous; {@code actor} a known actor's slug or null. */
    record Speaker(String name, String actor, String role, String kind) {
    }

    private static final Speaker UNCLEAR = new Speaker("", null, null, "unclear");

    private final ActorMentions actors;
    private final Gazetteer gazetteer;
    private final LocalDate date;
    private final String lang;
    /** Names given first in an oblique case, by the form the text named the person in later ("Ołehem" -> "Ołeh"). */
    private final java.util.Map<String, String> renamed = new java.util.HashMap<>();
    /** Names read back into the nominative by the endings alone: a subject form given later is the better one. */
    private final java.util.Set<String> readBack = new java.util.HashSet<>();
    private final List<Speaker> named = new ArrayList<>();
    private final java.util.Set<String> knownWords = new java.util.HashSet<>();
    private final java.util.Set<String> namedWords = new java.util.HashSet<>();
    /** The last company the text named after a common noun ("la empresa Hidalgo Sistemas Navales"), or null. */
    private String lastCompany;
    private Speaker lastInParagraph;
    private Speaker lastBefore;
    /** The offices the text gives each person, as written (a known actor's stored title may be in English). */
    private final java.util.Map<String, List<String>> writtenRoles = new java.util.HashMap<>();
    /** The people named in the current paragraph, in order; and the genders their verbs showed. */
    private final List<Speaker> paragraph = new ArrayList<>();
    private final java.util.Map<String, Character> genders = new java.util.HashMap<>();
    /** The offices the text itself gives known actors ("Die Hohe Vertreterin"), for their grammatical gender. */
    private final java.util.Map<String, List<String>> textRoles = new java.util.HashMap<>();

    People(ActorMentions actors, Gazetteer gazetteer, LocalDate date) {
        this(actors, gazetteer, date, null);
    }

    People(ActorMentions actors, Gazetteer gazetteer, LocalDate date, String lang) {
        this.actors = actors;
        this.gazetteer = gazetteer;
        this.date = date;
        this.lang = lang;
        for (KnownActor actor : gazetteer.actors()) {
            if (actor.isPerson()) {
                for (String word : fold(actor.name()).split("\\s+")) {
                    if (word.length() >= 4) {
                        knownWords.add(word);
                    }
                }
            }
        }
    }

    /** Whether a lower-case word is part of the name of a known person or of a person the text has named. */
    boolean isNameWord(String lower) {
        if (lower.length() < 3) {
            return false;
        }
        String folded = fold(lower);
        return namedWords.contains(folded) || knownWords.contains(folded);
    }

    /**
     * Two people a sentence named together without either speaking ("X and Y met the press"), while the paragraph
     * names no one else; a gendered pronoun after them picks one of the two by gender, or, when the genders do not
     * tell them apart, no one.
     */
    private List<Speaker> pair;

    void namedTogether(List<Speaker> people) {
        List<Speaker> distinct = new ArrayList<>();
        for (Speaker p : people) {
            distinct.removeIf(d -> d.name().equals(p.name()));
            distinct.add(p);
        }
        pair = distinct;
    }

    void newParagraph() {
        pair = null;
        lastBefore = lastInParagraph != null ? lastInParagraph : lastBefore;
        lastInParagraph = null;
        paragraph.clear();
    }

    /**
     * The person a pronoun or a dropped subject refers to: the last person named in the current paragraph, or, in a
     * paragraph that has named nobody yet, the last one named in the paragraph before (press texts open a paragraph
     * with "„…“, sagte sie" after naming her in the one before).
     */
    Optional<Speaker> lastInParagraph() {
        Speaker last = lastInParagraph != null ? lastInParagraph : lastBefore;
        return last == UNCLEAR ? Optional.empty() : Optional.ofNullable(last);
    }

    /**
     * As {@link #lastInParagraph()}, for a pronoun of a known gender: when the last person's gender (from the office,
     * or from the verb the person spoke with: "powiedział", "a-t-elle") clashes with it, the last one before in the
     * paragraph whose gender is known to agree ("Pistorius traf seine Amtskollegin Vautrin. … Sie betonte"), or none.
     */
    Optional<Speaker> lastInParagraph(char gender, String lang) {
        Optional<Speaker> last = lastInParagraph();
        if (pair != null && gender != Genders.UNKNOWN && last.isPresent()
                && pair.stream().anyMatch(p -> p.name().equals(last.get().name()))) {
            return ofPair(last.get(), gender, lang);
        }
        if (last.isPresent() && gender != Genders.UNKNOWN && genderOf(last.get(), lang) == Genders.UNKNOWN) {
            // "La alcaldesa Pilar Oliván y el coronel Jesús Ballarín … Ella pidió": when the last one's gender is not
            // told, the one other person of the paragraph known to agree is meant
            List<Speaker> agreeing = paragraph.stream().filter(p -> !p.name().equals(last.get().name())
                    && genderOf(p, lang) == gender).map(Speaker::name).distinct()
                    .map(n -> paragraph.stream().filter(p -> p.name().equals(n)).reduce((a, b) -> b).orElseThrow()).toList();
            return agreeing.size() == 1 ? Optional.of(agreeing.get(0)) : last;
        }
        if (last.isEmpty() || !Genders.clash(gender, genderOf(last.get(), lang))) {
            return last;
        }
        for (int i = paragraph.size() - 1; i >= 0; i--) {
            if (genderOf(paragraph.get(i), lang) == gender && gender != Genders.UNKNOWN) {
                return Optional.of(paragraph.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Which of two people named together a gendered pronoun means: the one whose gender agrees while the other's does
     * not, or the other one when the last one's clashes and the other's is not told ("Él" after "la alcaldesa"); none
     * when the genders do not tell them apart ("Wethouder Ingrid Zeeman en FNV-bestuurder Kees Bakker … Zij").
     */
    private Optional<Speaker> ofPair(Speaker last, char gender, String lang) {
        Speaker other = pair.stream().filter(p -> !p.name().equals(last.name())).reduce((a, b) -> b).orElse(null);
        if (other == null) {
            return Optional.of(last);
        }
        char mine = genderOf(last, lang);
        char theirs = genderOf(other, lang);
        if (mine == gender && theirs != gender) {
            return Optional.of(last);
        }
        if (theirs == gender && mine != gender || Genders.clash(gender, mine) && theirs == Genders.UNKNOWN) {
            return Optional.of(other);
        }
        if (Genders.clash(gender, theirs) && mine == Genders.UNKNOWN) {
            return Optional.of(last);
        }
        return Optional.empty();
    }

    /** Notes the gender a pronoun that referred to a person shows, where nothing told it before; the person. */
    Speaker learnedFrom(Speaker person, char gender) {
        if (person != null && "person".equals(person.kind()) && gender != Genders.NEUTER
                && genderOf(person, lang) == Genders.UNKNOWN) {
            learnGender(person, gender);
        }
        return person;
    }

    /** Notes the gender the verb a person spoke with shows ("powiedziała", "a-t-elle déclaré"). */
    void learnGender(Speaker person, char gender) {
        if (person != null && gender != Genders.UNKNOWN) {
            genders.put(person.name(), gender);
        }
    }

    private char genderOf(Speaker person, String lang) {
        Character learned = genders.get(person.name());
        if (learned != null) {
            return learned;
        }
        // a known actor's stored title is English whatever the text's language: only the offices the text wrote count
        char byRole = person.actor() == null ? Genders.ofRole(person.role(), lang) : Genders.UNKNOWN;
        if (byRole != Genders.UNKNOWN) {
            return byRole;
        }
        List<String> roles = new ArrayList<>(textRoles.getOrDefault(person.name(), List.of()));
        if (person.actor() == null) {
            roles.addAll(writtenRoles.getOrDefault(person.name(), List.of()));
        }
        for (String role : roles) {
            char written = Genders.ofRole(role, lang);
            if (written != Genders.UNKNOWN) {
                return written;
            }
        }
        // "Agnieszka Kubiak … i jej syn Kacper Kubiak. Ona przyznała …": the name itself where the language marks it
        return "person".equals(person.kind()) ? Genders.ofName(person.name(), lang) : Genders.UNKNOWN;
    }

    /**
     * Notes that someone spoke whom the text does not let us tell ("Zbigniew Pawlak ostrzega", with no office): a
     * pronoun after it refers to that someone, so to no one we could name.
     */
    void unclear() {
        lastInParagraph = UNCLEAR;
    }

    /** As {@link #unclear()}, for a name met before anyone else in the paragraph. */
    void unclearOpening() {
        if (lastInParagraph == null) {
            lastInParagraph = UNCLEAR;
        }
    }

    /** Notes that a person was named (or spoke) here. */
    void named(Speaker person) {
        if (person != null && "anonymous".equals(person.kind())) {
            // "Ein Sprecher des Ministeriums wies die Kritik zurück. …, sagte er.": he is the spokesman
            lastInParagraph = person;
            paragraph.add(person);
            return;
        }
        if (person != null && "person".equals(person.kind())) {
            if (pair != null && pair.stream().noneMatch(p -> p.name().equals(person.name()))) {
                pair = null;
            }
            lastInParagraph = person;
            paragraph.add(person);
            if (person.role() != null) {
                writtenRoles.computeIfAbsent(person.name(), n -> new ArrayList<>()).add(person.role());
            }
            for (int i = 0; i < named.size(); i++) {
                Speaker p = named.get(i);
                if (p.name().equals(person.name())) {
                    if (p.role() == null && person.role() != null) {
                        named.set(i, person);
                    }
                    return;
                }
            }
            named.add(person);
            namedWords.addAll(List.of(fold(person.name()).split("\\s+")));
        }
    }

    /**
     * A word spelt in the syllables of Japanese romanisation (consonant, perhaps y, vowel; or n): "Minoru Kihara",
     * "Itsunori Onodera". No Polish body's genitive in -u fits them together with the word after it ("Sztabu
     * Generalnego", "Komitetu Obrony").
     */
    private static final Pattern JAPANESE = Pattern.compile(
            "(?i)(?:(?:[kgsztdnhbpmr]y?|ch|sh|ts|j|f|w|y)?[aeiou]|n(?![aeiouy]))++");

    /**
     * Polish genitives that also fit Japanese syllables: adjectives in -ego, -owej, -ych ("Narodowego") and the nouns
     * of bodies in -u ("Banku Pekao", "Rejonu", "Narodu"), so that these are never taken for a Japanese name.
     */
    private static final Pattern POLISH_GENITIVE = Pattern.compile(
            "(?i)\\p{L}+(?:ego|owej|ych|iego)|banku|domu|rejonu|regionu|narodu|zakonu");

    /**
     * The person a name stands for: the one named in full before (for a surname), a known actor by name, or a new
     * person; empty for a lone surname that neither the text nor the newsroom knows and no office comes with.
     */
    Optional<Speaker> person(String name, String role) {
        List<String> words = List.of(name.strip().split("\\s+"));
        if ("pl".equals(lang) && words.size() >= 2 && words.get(0).matches("\\p{Lu}\\p{Ll}{2,}u")
                && (!words.stream().allMatch(w -> JAPANESE.matcher(w).matches())
                        || words.stream().anyMatch(w -> POLISH_GENITIVE.matcher(w).matches()))) {
            // "szefem Wojewódzkiego Sztabu Wojskowego": a Polish given name takes no -u in the cases a press text
            // names people in; a word in -u is a body's noun in the genitive ("Sztabu", "Urzędu", "Związku")
            return Optional.empty();
        }
        if (words.size() > 1) {
            // "Ibarra Quesada" after "Gonzalo Ibarra Quesada"
            String folded = " " + fold(name.strip());
            for (int i = named.size() - 1; i >= 0; i--) {
                if ((" " + fold(named.get(i).name())).endsWith(folded) && !fold(named.get(i).name()).equals(folded.strip())) {
                    return Optional.of(named.get(i));
                }
            }
        }
        if (words.size() > 1) {
            Optional<Speaker> earlier = byInflectedName(words);
            if (earlier.isPresent()) {
                Speaker p = earlier.get();
                if (fromOblique(p.name()) && !PolishNames.oblique(name)
                        && p.name().strip().split("\\s+").length == words.size()) {
                    // "z ministrem Ołehem Tkaczenką …" then "Ołeh Tkaczenko powiedział": the subject's form is the name
                    p = rename(p, name.strip());
                }
                return Optional.of(role == null || p.role() != null ? p : withRole(p, role));
            }
        }
        if (words.size() == 1 && role != null && bySurname(words.get(0)).isEmpty() && inWrittenRole(words.get(0))) {
            // "Z prezydentem Lublina Markiem Jaroszem …. Prezydent Lublina podkreślał": a word the text gave as part of
            // someone's office is that office's place or body, not a surname
            return byOffice(role + " " + name.strip());
        }
        if (words.size() == 1) {
            Optional<Speaker> earlier = bySurname(words.get(0));
            if (earlier.isPresent() && "pl".equals(lang) && fromOblique(earlier.get().name())
                    && !PolishNames.oblique(name) && !fold(surnameOf(earlier.get().name())).equals(fold(name.strip()))) {
                // "ministrem Ołehem Tkaczenką", then "powiedział Tkaczenko": the surname as the subject gives it, the
                // given names brought back from their case
                String[] parts = earlier.get().name().strip().split("\\s+");
                String given = PolishNames.nominative(String.join(" ", java.util.Arrays.copyOf(parts, parts.length - 1)));
                String surname = fold(parts[parts.length - 1]).equals(fold(name.strip())) ? PolishNames.nominative(name.strip())
                        : name.strip();
                earlier = Optional.of(rename(earlier.get(), given.isEmpty() ? surname : given + " " + surname));
            }
            if (earlier.isPresent()) {
                return earlier.map(p -> role == null || p.role() != null ? p : withRole(p, role));
            }
        }
        Optional<KnownActor> known = knownPerson(name, words);
        if (known.isPresent()) {
            KnownActor actor = known.get();
            if (role != null) {
                textRoles.computeIfAbsent(actor.name(), n -> new ArrayList<>()).add(role);
            }
            String held = actor.roleOn(date).map(Gazetteer.KnownRole::title).orElse(null);
            return Optional.of(new Speaker(actor.name(), actor.slug(), held != null ? held : role, "person"));
        }
        for (int i = named.size() - 1; i >= 0; i--) {
            if (fold(named.get(i).name()).equals(fold(name.strip()))) {
                return Optional.of(role == null || named.get(i).role() != null ? named.get(i) : withRole(named.get(i), role));
            }
        }
        if (role == null) {
            // companies, parties, bodies and places are capitalised too ("Aeronautica Militare", "Straż Graniczna",
            // "Leefbaar Rotterdam"): a name the newsroom does not know is a person only when the text gives the person
            // an office or a role, here or where it named the person before
            return Optional.empty();
        }
        if ("pl".equals(lang) && PolishNames.oblique(name)) {
            // "Według wiceminister Joanny Malec-Dębskiej": one word's ending no nominative has tells the case, so the
            // name is read back into the nominative the actor is filed under (a later subject form still renames it)
            String nominative = PolishNames.nominative(name.strip());
            readBack.add(nominative);
            return Optional.of(new Speaker(nominative, null, role, "person"));
        }
        return Optional.of(new Speaker(name, null, role, "person"));
    }

    /** The person an office without a name refers to: named before with that office, or its known holder on the day. */
    Optional<Speaker> byOffice(String role) {
        String head = head(role);
        for (int i = named.size() - 1; i >= 0 && head != null; i--) {
            if (holds(named.get(i), role, head)) {
                return Optional.of(named.get(i));
            }
        }
        for (int i = paragraph.size() - 1; i >= 0 && head != null; i--) {
            Speaker p = paragraph.get(i);
            if ("anonymous".equals(p.kind()) && fold(p.name()).contains(head)) {
                // "According to a senior NATO official, … The official said": the nameless source of the paragraph
                return Optional.of(p);
            }
        }
        Optional<String> title = SpeechWords.roleIn(role);
        if (title.isPresent()) {
            String wanted = title.get().toLowerCase(Locale.ROOT);
            for (KnownActor actor : gazetteer.actors()) {
                boolean holds = actor.isPerson() && actor.roleOn(date)
                        .filter(r -> r.title().toLowerCase(Locale.ROOT).contains(wanted)).isPresent();
                if (holds) {
                    return Optional.of(new Speaker(actor.name(), actor.slug(),
                            actor.roleOn(date).map(Gazetteer.KnownRole::title).orElse(role), "person"));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a person named before holds the office a later phrase gives without a name ({@code role}, told by its
     * {@code head}), by one of the roles the text wrote for them:
     * <ul>
     * <li>both are a deputy's, or neither: "Zastępca burmistrza Anna Nowak … Według burmistrza" is another office;</li>
     * <li>where both name a body, they share it ({@link #sameDomain});</li>
     * <li>the written role names the head as a word ({@link OfficeForms#names}), or, in Polish, the later word is a case
     * form of it ("Według prezesa"). A declined office is a man's: a woman's office in a masculine word is not
     * declined ("według dyrektor Anny Nowak"), so the case form must not clash with the person's gender.</li>
     * </ul>
     */
    private boolean holds(Speaker p, String role, String head) {
        String word = OfficeForms.wordWith(role, head);
        boolean deputy = SpeakerWords.deputyBefore(role, head);
        List<String> roles = new ArrayList<>(writtenRoles.getOrDefault(p.name(), List.of()));
        if (p.role() != null) {
            roles.add(p.role());
        }
        for (String written : roles) {
            boolean sameOffice = SpeakerWords.deputyBefore(written, head) == deputy && sameDomain(role, written);
            boolean declined = OfficeForms.inflects(word, written, lang)
                    && !Genders.clash(Genders.MASCULINE, genderOf(p, lang));
            if (sameOffice && (OfficeForms.names(written, head, lang) || declined)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one person the current paragraph has named, with an office, for a definite office restated with another
     * word ("Der Befehlshaber der Brigade, Brigadegeneral Henning Aldag, … sagte der Kommandeur"): empty when the
     * paragraph names anyone else (a nameless source too), the office's gender clashes with the person's, or the
     * office is one the text would have named by its head (a minister, a president, a general: another office).
     */
    Optional<Speaker> soleInParagraph(String role, String lang) {
        List<Speaker> distinct = new ArrayList<>();
        for (Speaker p : paragraph) {
            if (distinct.stream().noneMatch(d -> d.name().equals(p.name()))) {
                distinct.add(p);
            }
        }
        if (distinct.size() != 1 || !"person".equals(distinct.get(0).kind())) {
            return Optional.empty();
        }
        String folded = fold(role);
        if (OFFICE_STEMS.stream().anyMatch(folded::contains)) {
            // "der Minister" after "General X": an office of its own, which would have matched by its head
            return Optional.empty();
        }
        Speaker only = distinct.get(0);
        boolean office = only.role() != null || !writtenRoles.getOrDefault(only.name(), List.of()).isEmpty();
        if (!office || Genders.clash(Genders.ofRole(role, lang), genderOf(only, lang))) {
            return Optional.empty();
        }
        return Optional.of(only);
    }

    /** Notes a company the text names after a common noun for it ("das Unternehmen O'Rourke Aerospace"). */
    void namedCompany(String name) {
        lastCompany = name;
    }

    /** The company "la empresa", "die Firma" or "the company" alone refers back to: the last one named, if any. */
    Optional<Speaker> lastCompany() {
        return Optional.ofNullable(lastCompany).map(this::institution);
    }

    /** A known institution or state by the name the text gives it, or the name as written. */
    Speaker institution(String name) {
        for (var hit : actors.in(name)) {
            KnownActor actor = actors.actor(hit.key());
            if (actor != null && !actor.isPerson()) {
                return new Speaker(name, actor.slug(), null, "institution");
            }
        }
        return new Speaker(name, null, null, "institution");
    }

    /** A known institution or state named in full ("Komisja Europejska"), which the name grammar read as a name. */
    Optional<Speaker> knownInstitution(String name) {
        for (var hit : actors.in(name)) {
            KnownActor actor = actors.actor(hit.key());
            if (actor != null && !actor.isPerson() && hit.start() == 0 && hit.end() == name.length()
                    && name.strip().contains(" ")) {
                return Optional.of(new Speaker(name, actor.slug(), null, "institution"));
            }
        }
        return Optional.empty();
    }

    /** The known institution an anonymous source speaks for ("a Commission spokesperson"), if any. */
    String institutionIn(String description) {
        for (var hit : actors.in(description)) {
            KnownActor actor = actors.actor(hit.key());
            if (actor != null && "institution".equals(actor.kind())) {
                return actor.slug();
            }
        }
        return null;
    }

    /**
     * A Polish name the text gave before in another case: "według Magdaleny Sroki" (read back as "Magdalena Sroki",
     * the surname's genitive not being told from a nominative) is the "Magdalena Sroka" named before; so are the last
     * words of it in another case ("Według von Wartenberga" after "Christian von Wartenberg", "Zdaniem de
     * Tramecourt-Lisa"). Every word must be the same or the other's case form, the words aligned at the end; the
     * person keeps the form of the first mention.
     */
    private Optional<Speaker> byInflectedName(List<String> words) {
        if (!"pl".equals(lang)) {
            return Optional.empty();
        }
        for (int i = named.size() - 1; i >= 0; i--) {
            String[] earlier = named.get(i).name().strip().split("\\s+");
            int shift = earlier.length - words.size();
            if (shift < 0) {
                continue;
            }
            boolean same = true;
            boolean equal = true;
            for (int k = 0; k < words.size() && same; k++) {
                String a = fold(earlier[k + shift]);
                String b = fold(words.get(k));
                equal &= a.equals(b);
                same = a.equals(b) || inflected(a, b) || inflected(b, a);
            }
            if (same && !equal) {
                return Optional.of(named.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a word stands in an office the text gave someone as its place or body ("prezydentem Lublina"); not
     * after a second office inside that role ("spokeswoman for President Trump"): that is another person.
     */
    private boolean inWrittenRole(String word) {
        String folded = fold(word.strip());
        return writtenRoles.values().stream().flatMap(List::stream).anyMatch(r -> {
            List<String> parts = List.of(r.strip().split("[\\s,]+"));
            for (int k = 0; k < parts.size(); k++) {
                if (fold(parts.get(k)).equals(folded)) {
                    return true;
                }
                if (k > 0 && office(parts.get(k))) {
                    // an office after the role's own head opens another person ("for President …"), whose name
                    // stands for no one's office
                    return false;
                }
            }
            return false;
        });
    }

    private static boolean office(String word) {
        return SpeakerWords.isOffice(new Tokens.Token(word, 0, word.length(), null, null));
    }

    /** Whether a person's name is as an oblique case gave it, or read back from one by the endings alone. */
    private boolean fromOblique(String name) {
        return PolishNames.oblique(name) || readBack.contains(name);
    }

    private static String surnameOf(String name) {
        String[] parts = name.strip().split("\\s+");
        return parts[parts.length - 1];
    }

    /** Gives a person named before the form the text names the person in now, for every proposal already made too. */
    private Speaker rename(Speaker earlier, String name) {
        Speaker now = new Speaker(name, earlier.actor(), earlier.role(), earlier.kind());
        named.replaceAll(p -> p.name().equals(earlier.name()) ? now : p);
        paragraph.replaceAll(p -> p.name().equals(earlier.name()) ? now : p);
        if (lastInParagraph != null && lastInParagraph.name().equals(earlier.name())) {
            lastInParagraph = now;
        }
        if (lastBefore != null && lastBefore.name().equals(earlier.name())) {
            lastBefore = now;
        }
        List<String> roles = writtenRoles.remove(earlier.name());
        if (roles != null) {
            writtenRoles.put(name, roles);
        }
        Character gender = genders.remove(earlier.name());
        if (gender != null) {
            genders.put(name, gender);
        }
        renamed.replaceAll((from, to) -> to.equals(earlier.name()) ? name : to);
        renamed.put(earlier.name(), name);
        namedWords.addAll(List.of(fold(name).split("\\s+")));
        return now;
    }

    /** The name a person proposed as a speaker has in the end (see {@link #rename}). */
    String finalName(String name) {
        return name == null ? null : renamed.getOrDefault(name, name);
    }

    private Optional<Speaker> bySurname(String surname) {
        String wanted = fold(surname);
        for (int i = named.size() - 1; i >= 0; i--) {
            String[] words = named.get(i).name().strip().split("\\s+");
            String last = fold(words[words.length - 1]);
            // either may be the oblique form: "Tkaczenki" after "Tkaczenko", "Malec-Dębska" after "Malec-Dębskiej"
            if (last.equals(wanted) || inflected(last, wanted) || inflected(wanted, last)) {
                return Optional.of(named.get(i));
            }
        }
        return Optional.empty();
    }

    /** "Kosiniaka-Kamysza" for "Kosiniak-Kamysz", "Tuska" for "Tusk": a case ending of up to three letters. */
    static boolean inflected(String base, String form) {
        if (base.length() < 4 || form.length() < 4) {
            return false;
        }
        String[] baseParts = base.split("-");
        String[] formParts = form.split("-");
        if (baseParts.length != formParts.length) {
            return false;
        }
        for (int i = 0; i < baseParts.length; i++) {
            String b = baseParts[i];
            String f = formParts[i];
            int common = 0;
            while (common < Math.min(b.length(), f.length()) && b.charAt(common) == f.charAt(common)) {
                common++;
            }
            if (common < Math.max(3, b.length() - 2) || f.length() - common > 3 || b.length() - common > 2) {
                return false;
            }
        }
        return true;
    }

    private Optional<KnownActor> knownPerson(String name, List<String> words) {
        for (var hit : actors.in(name)) {
            KnownActor actor = actors.actor(hit.key());
            if (actor == null || !actor.isPerson()) {
                continue;
            }
            List<String> known = List.of(actor.name().strip().split("\\s+"));
            boolean whole = hit.start() == 0 && hit.end() == name.length();
            // a surname alone, or the whole name: "Kallas", "Kaja Kallas"; never "Karin Kallas"
            boolean sameSurname = fold(known.get(known.size() - 1)).equals(fold(words.get(words.size() - 1)));
            if (whole && (words.size() == 1 || words.size() == known.size()) || words.size() > 1 && sameSurname
                    && fold(words.get(0)).equals(fold(known.get(0)))) {
                return Optional.of(actor);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether two offices with the same head are the same office: "la presidente della Commissione" is not "il
     * presidente del Consiglio europeo". Where both name a body (capitalised words), they must share one.
     */
    private static boolean sameDomain(String office, String earlier) {
        List<String> bodies = capitalised(office);
        List<String> others = capitalised(earlier);
        return bodies.isEmpty() || others.isEmpty() || bodies.stream().anyMatch(others::contains);
    }

    private static List<String> capitalised(String office) {
        List<String> words = new ArrayList<>();
        String[] parts = office.strip().split("[\\s'’]+");
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty() && Character.isUpperCase(parts[i].codePointAt(0))) {
                words.add(fold(parts[i]));
            }
        }
        return words;
    }

    private static Speaker withRole(Speaker p, String role) {
        return new Speaker(p.name(), p.actor(), role, p.kind());
    }

    private static final List<String> OFFICE_STEMS = List.of("minist", "präsident", "president", "kommissar",
            "commissioner", "commissaire", "sekretär", "secretary", "secrétaire", "sprecher", "spokes", "porte-parole",
            "portavo", "rzeczni", "woordvoerder", "general", "général", "chef", "chief", "ambassad", "botschafter",
            "direct", "kanzler", "chancel", "premier", "prezydent", "presidente", "commissar", "komisarz", "admiral",
            "amiral");

    /** The part of an office that tells it: "minister" of "finnische Verteidigungsministerin", "spokesperson". */
    private static String head(String role) {
        String folded = fold(role);
        // stems, so that an inflected office finds its person: "Według ministra" the "Minister obrony narodowej"
        for (String part : OFFICE_STEMS) {
            if (folded.contains(part)) {
                return part;
            }
        }
        List<String> words = PhraseIndex.words(folded);
        return words.isEmpty() ? null : words.get(words.size() - 1);
    }

    static String fold(String value) {
        return Normalizer.normalize(value.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('ł', 'l');
    }
}
