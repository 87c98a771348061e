package eu.newsroom.ingest.internal;

import eu.newsroom.ingest.internal.Tokens.Token;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads the noun phrase that names who speaks, starting at a token: a person ("die finnische Verteidigungsministerin
 * Aino Salmela", "Mark Rutte, the NATO Secretary General"), an office without a name ("the minister"), an anonymous
 * source ("a Commission spokesperson", "ein EU-Diplomat"), an institution ("the Council", "das Ministerium"), a
 * document ("the report", "einer Studie") or a subject pronoun. The name is cut where the name ends: offices,
 * their domains ("of Defence", "des Armées"), places, institutions and function words are never part of it.
 */
final class SourcePhrase {

    /** What kind of source a phrase names. */
    enum Type { PERSON, OFFICE, ANONYMOUS, INSTITUTION, DOCUMENT, PRONOUN, GROUP }

    /**
     * A phrase from token {@code from} to {@code to} (exclusive); {@code name} and {@code role} as written;
     * {@code definite} when an office comes with a definite article ("the minister").
     */
    record Source(Type type, String name, String role, int from, int to, boolean definite) {
    }

    /** Words for a person by their relation to another: a role only with a name after them. */
    private static final Set<String> RELATIONAL = Set.of("colleague", "colleagues", "counterpart", "counterparts",
            "collega", "collegi", "colleghi", "kollege", "kollegin", "kollegen", "collègue", "collègues", "compañero",
            "compañera", "homólogo", "homóloga", "kolega", "koleżanka", "kolegi", "amtskollege", "amtskollegin");

    /** Possessive determiners (some also object pronouns: "jej", "haar"), which open a noun phrase. */
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "sein", "seine", "ihr", "ihre", "son",
            "sa", "ses", "leur", "su", "sus", "suo", "sua", "suoi", "sue", "jej", "jego", "ich", "zijn", "haar", "hun");

    /** Whether a word is a possessive determiner ("suo", "jej", "his"). */
    static boolean isPossessive(Token t) {
        return t.isWord() && POSSESSIVES.contains(t.lower());
    }

    /** At most this many tokens of office, modifiers and links before a name or a head. */
    private static final int MAX_PHRASE = 12;
    /** At most this many capitalised words in a run read for a name (titles and bodies before it are cut off). */
    private static final int MAX_NAME = 6;
    private static final Set<String> POSSESSIVE = Set.of("'s", "’s");
    /** "CDU-Haushaltspolitiker", "EU-Diplomat", "NATO-Gipfel": a compound on an acronym is no name. */
    private static final java.util.regex.Pattern ACRONYM_COMPOUND = java.util.regex.Pattern.compile(
            "\\p{Lu}{2,}-\\p{L}+");

    private final String text;
    private final String lang;
    private final Predicate<String> knownName;

    /** Phrases of a text in a language; {@code knownName} tells the words of names known already (as lower case). */
    SourcePhrase(String text, String lang, Predicate<String> knownName) {
        this.text = text;
        this.lang = lang;
        this.knownName = knownName;
    }

    /** The phrase that starts at token {@code from}, within {@code to}; null when none starts there. */
    private static final java.util.regex.Pattern GENERAL = java.util.regex.Pattern.compile(
            "(?iu)g[ée]n[ée]ral[ea]?s?|generalny|generalna|generalnego|generalnej|generaal");

    /**
     * "Ce dernier", "quest'ultimo", "este último", "ten ostatni", "deze laatste", "Letzterer", "the latter": a
     * demonstrative that refers to the last person named, as a pronoun does.
     */
    private static final java.util.regex.Pattern LATTER = java.util.regex.Pattern.compile("(?iu)ce dernier|cette dernière"
            + "|celui-ci|celle-ci|quest['’] ?ultim[oa]|este último|esta última|ten ostatni|ta ostatnia|deze laatste"
            + "|letzterer|letztere|the latter");

    /** Where such a demonstrative that starts at i ends, or -1. */
    private int latterEnd(List<Token> tokens, int i, int to) {
        for (int end = i + 1; end <= Math.min(to, i + 3); end++) {
            if (LATTER.matcher(text.substring(tokens.get(i).start(), tokens.get(end - 1).end())).matches()) {
                return end;
            }
        }
        return -1;
    }

    /** A short word of an abbreviated title or rank: "gen", "bryg", "płk", "M", "Dr", "Sr". */
    private static boolean abbreviated(Token t) {
        return t.isWord() && t.text().length() <= 4 && (SpeakerWords.isOffice(t) || t.text().matches("\\p{Ll}+"));
    }

    Source at(List<Token> tokens, int from, int to) {
        int i = from;
        boolean indefinite = false;
        boolean definite = false;
        int heads = 0;
        int roleFrom = -1;
        int roleTo = -1;
        int anonymous = -1;
        int institution = -1;
        int free = 0;
        int content = -1;
        while (i < to && i - from < MAX_PHRASE) {
            Token t = tokens.get(i);
            boolean determiner = heads == 0 && roleFrom < 0 && (SpeakerWords.isIndefinite(t) || SpeakerWords.isDefinite(t));
            if (content < 0 && t.isWord() && !determiner) {
                content = i;
            }
            if (t.isMark(".") && i > from && i + 1 < to && tokens.get(i + 1).isWord() && abbreviated(tokens.get(i - 1))) {
                // "gen. bryg. Piotr Mazur", "M. Descombes": a full stop inside the sentence ends an abbreviated title
                i++;
                continue;
            }
            if (!t.isWord()) {
                if (POSSESSIVE.contains(t.text()) && i > from || t.isMark("-–") && roleFrom >= 0 && i + 1 < to
                        && SpeakerWords.isOffice(tokens.get(i + 1))) {
                    i++;
                    continue;
                }
                if (t.isMark(",") && roleFrom >= 0 && i + 1 < to && isName(tokens, i + 1)) {
                    // "la ministra de Defensa, Margarita Robles", "der ukrainische Botschafter in Berlin, Oleksandr …"
                    roleTo = Math.max(roleTo, i);
                    i++;
                    continue;
                }
                if (t.isMark(",") && roleFrom >= 0 && i + 1 < to) {
                    // "le chef d'état-major de l'armée de Terre, le général Thierry Malvoisin": the office restated
                    // with the person's rank and name; a spokesperson's too ("Według rzecznika Agencji Uzbrojenia,
                    // kmdr. por. Piotra Szelągowskiego": the rank and the full name make the spokesperson a person)
                    Source next = at(tokens, i + 1, to);
                    if (next != null && next.type() == Type.PERSON && next.role() != null
                            && next.name().strip().contains(" ") && restates(tokens, next, to)) {
                        return new Source(Type.PERSON, next.name(), span(tokens, roleFrom, Math.max(roleTo, roleFrom + 1))
                                + ", " + next.role(), from, next.to(), false);
                    }
                }
                break;
            }
            boolean possessive = i + 1 < to && tokens.get(i + 1).isWord() && (SpeakerWords.isOffice(tokens.get(i + 1))
                    || SpeakerWords.isModifier(tokens.get(i + 1)) || tokens.get(i + 1).pos() != null
                    && tokens.get(i + 1).pos().matches("ADJ|NOUN")
                    // "Jej sąsiad Stanisław Pyrcz dodaje", "Suo figlio Efisio": a possessive before a noun and a name,
                    // where no tagger tells the noun
                    || isPossessive(t) && i + 2 < to && !tokens.get(i + 1).isCapitalised()
                    && tokens.get(i + 2).isWord() && tokens.get(i + 2).isCapitalised());
            if (i == from && SpeakerWords.isPronoun(t, lang) && possessive && heads == 0) {
                // "Her Finnish counterpart, Mikko Rantala, said": a possessive, read as an article
                definite = true;
                i++;
                continue;
            }
            if (i == from && (t.is("him", "her", "them", "ihm", "ihn", "ihnen", "hem") || "de".equals(lang) && t.is("ihr"))) {
                // "Vahtra, standing beside her, smiled and said": an object pronoun is never the subject
                return null;
            }
            if (i == from && SpeakerWords.isPronoun(t, lang)) {
                return new Source(Type.PRONOUN, null, null, i, i + 1, false);
            }
            int latter = i == from ? latterEnd(tokens, i, to) : -1;
            if (latter > 0) {
                return new Source(Type.PRONOUN, null, null, i, latter, false);
            }
            if (i == from && SpeakerWords.isOneOf(t) && i + 1 < to && tokens.get(i + 1).is("of", "der", "des", "de", "di",
                    "dei", "degli", "delle", "z", "van", "von", "los", "las")) {
                // "one of the soldiers", "einer der Diplomaten", "jeden z ukraińskich sierżantów"
                int end = lastWord(tokens, from, complementEnd(tokens, i + 2, to, true));
                return new Source(Type.ANONYMOUS, span(tokens, from, end), null, from, end, false);
            }
            if (heads == 0 && roleFrom < 0 && SpeakerWords.isIndefinite(t)) {
                indefinite = true;
                i++;
                continue;
            }
            if (heads == 0 && roleFrom < 0 && SpeakerWords.isDefinite(t) && !isName(tokens, i)) {
                definite = true;
                i++;
                continue;
            }
            if (isName(tokens, i)) {
                int end = nameEnd(tokens, i, to);
                if (roleFrom < 0 && end + 1 < to && tokens.get(end).isMark("&") && tokens.get(end + 1).isCapitalised()) {
                    // "Van Dijck & Zonen", "Clyde & Forth Shipbuilders": names joined by an ampersand name a firm
                    int firm = bodyNameEnd(tokens, i, to);
                    return new Source(Type.INSTITUTION, span(tokens, i, firm), null, from, firm, false);
                }
                if (roleFrom < 0 && end < to && (SpeakerWords.isOffice(tokens.get(end)) || POSSESSIVE.contains(tokens.get(end).text()))
                        && !knownName.test(tokens.get(end - 1).lower())) {
                    // "Sachsen-Anhalts Wirtschaftsminister", "Litauens Verteidigungsministerin": whose office, no name
                    institution = institution < 0 ? i : institution;
                    heads++;
                    i = end;
                    continue;
                }
                if (roleFrom < 0 && institution >= 0 && !knownName.test(t.lower())) {
                    // "IG Metall", "Ministerstwa Aktywów Państwowych": capitalised words after an institution name it
                    i = end;
                    continue;
                }
                if (roleFrom < 0 && end < to && tokens.get(end).isCapitalised() && SpeakerWords.isInstitutionHead(tokens.get(end), lang)
                        && !knownName.test(tokens.get(end - 1).lower())) {
                    // "Kestrel Dynamics", "Polar Orbit Systems", "Havenbedrijf Rotterdam": a company or body, no person
                    institution = institution < 0 ? i : institution;
                    heads++;
                    i = end + 1;
                    continue;
                }
                boolean romance = "es".equals(lang) || "it".equals(lang) || "fr".equals(lang);
                boolean articleBefore = i > from && SpeakerWords.isDefinite(tokens.get(i - 1));
                if (romance && definite && articleBefore && roleFrom < 0 && institution < 0 && heads == 0
                        && !knownName.test(t.lower())
                        && (end - i >= 2 || t.text().matches("\\p{Lu}\\p{L}*-\\p{Lu}.*"))) {
                    // "L'Aeronautica Militare", "La Fiom-Cgil", "la Federación Española de Municipios": a person's
                    // name takes no article right before it in the Romance languages; a body's does ("la cabo
                    // primero Lucía Ferrer" has a rank between)
                    institution = i;
                    heads++;
                    i = end;
                    continue;
                }
                if (roleFrom >= 0 && end + 2 < to && tokens.get(end).isMark(",") && isName(tokens, end + 1)
                        && isName(tokens, end + 2)) {
                    int person = nameRunEnd(tokens, end + 1, to);
                    if (person < to && tokens.get(person).isMark(",") && person - end - 1 <= 3) {
                        // "Wójt gminy Dubicze Cerkiewne, Anna Sawczuk, powiedziała": the run after the office was its
                        // place or body; the person follows in an apposition closed by a comma
                        return new Source(Type.PERSON, span(tokens, end + 1, person), span(tokens, roleFrom, end), from,
                                person, false);
                    }
                }
                if (roleFrom >= 0 && anonymous < 0 && end == to && !knownName.test(t.lower())
                        && OfficeComplement.bodyOfOpeningOffice(tokens, from, i, end, lang)) {
                    // "Dowódca Marynarki Wojennej, wiceadmirał …": the office opens the sentence in the nominative, so
                    // a run in the genitive after it is its body, not its holder; the holder is named elsewhere. A
                    // name the text knows is never read as part of an office
                    return new Source(Type.OFFICE, null, span(tokens, roleFrom, end), from, end, definite);
                }
                int first = titlesBefore(tokens, i, end, roleFrom);
                String title = first > i ? span(tokens, i, first) : null;
                if ("pl".equals(lang) && title != null && end - first == 2 && OfficeComplement.opensClause(tokens, from)
                        && OfficeComplement.patron(tokens, first)) {
                    // "Rektor Uniwersytetu Adama Mickiewicza powiedział": an office that opens the clause stands in
                    // the nominative; a pair that may be a genitive after its body is the body's patron, no holder
                    return new Source(Type.OFFICE, null, span(tokens, from, end), from, end, definite);
                }
                i = first;
                t = tokens.get(i);
                String role = roleFrom >= 0 ? span(tokens, roleFrom, roleTo) : null;
                if (title != null) {
                    // "Oberstleutnant Jens Hartwich", "Procurement Alistair Penrose", "Lega Davide Casati"
                    role = role == null ? title : role + " " + title;
                }
                if (role == null && anonymous < 0 && institution >= 0 && heads > 0) {
                    // "the Commission's Jan Novak" or "EU official Jan Novak": the institution is part of the role
                    role = span(tokens, from, i);
                }
                // In Polish a run in the genitive after an office in the nominative is its body whatever its length
                // ("Dowódca Marynarki Wojennej, wiceadmirał …"); after "zdaniem posła" the office is in the genitive
                // and so is its holder's name ("Jana Nowaka, Ursula von der Leyen …")
                boolean polishBody = "pl".equals(lang) && OfficeComplement.opensClause(tokens, from)
                        && OfficeComplement.genitive(span(tokens, i, end));
                boolean bodyBeforeComma = end - i == 1 || polishBody;
                if (bodyBeforeComma && role != null && end + 1 < to && tokens.get(end).isMark(",")) {
                    // "De Commandant Landstrijdkrachten, luitenant-generaal Pieter van Rijswijk": the single word was the
                    // body the office heads; the person's full name follows, with a rank of its own after a Polish body
                    Source next = at(tokens, end + 1, to);
                    if (next != null && next.type() == Type.PERSON && next.name().strip().contains(" ")
                            && (end - i == 1 || next.role() != null)) {
                        String nextRole = next.role() == null ? role : role + ", " + next.role();
                        return new Source(Type.PERSON, next.name(), nextRole, from, next.to(), false);
                    }
                }
                return new Source(Type.PERSON, span(tokens, i, end), role, from, end, false);
            }
            if (institution == i - 1 && roleFrom < 0 && GENERAL.matcher(t.text()).matches()) {
                // "la Direction générale de l'armement", "la Secretaría General": an adjective of the body, no office
                i++;
                continue;
            }
            if (SpeakerWords.isOffice(t) || SpeakerWords.isAnonymousHead(t)) {
                roleFrom = roleFrom < 0 ? content : roleFrom;
                if (SpeakerWords.isAnonymousHead(t)) {
                    anonymous = i;
                }
                heads++;
                i = officeEnd(tokens, i + 1, to);
                roleTo = i;
                int after = postNominal(tokens, i, to);
                if (after > i) {
                    // "le conseiller national PLR Laurent Béguin", "prezes zarządu PGZ Marek Jaworski"
                    roleTo = after;
                    i = after + (tokens.get(after).isMark(",") ? 1 : 0);
                }
                continue;
            }
            if (SpeakerWords.isDocumentHead(t) && roleFrom < 0) {
                // "the report by the IISS", "El informe anual del ministerio": all of it is the document
                int end = i + 1;
                while (end < to && (isAdjective(tokens.get(end), lang) && !tokens.get(end).isCapitalised()
                        || SpeakerWords.isOfficeLink(tokens.get(end)))) {
                    end = SpeakerWords.isOfficeLink(tokens.get(end)) ? complementEnd(tokens, end + 1, to) : end + 1;
                }
                return new Source(Type.DOCUMENT, null, null, from, end, false);
            }
            if ("nl".equals(lang) && t.isCapitalised() && t.lower().matches(".*(?:se|sche)") && i + 1 < to
                    && tokens.get(i + 1).isWord() && !tokens.get(i + 1).isCapitalised() && heads == 0 && roleFrom < 0) {
                // "Het Nederlandse ruimtevaartbedrijf", "de Finse minister": a Dutch adjective of nationality, no body
                i++;
                continue;
            }
            // a sentence's first word is capitalised whatever it is: "Producent dronów Skyguard Polska poinformował";
            // right before a capitalised word it may be part of a name or a title ("Group Captain", "Grupo Oesía")
            boolean opening = i == 0 && SpeakerWords.isCompanyNoun(t) && nameStart(tokens, i, to) > i + 1;
            int named = (isInstitution(t, lang) && !t.isCapitalised() || isCompanyNoun(t) || opening) && roleFrom < 0
                    && institution < 0 ? nameAfterHead(tokens, i, to) : -1;
            if (named > 0) {
                // "het ruimtevaartbedrijf ISISPACE", "the company Kestrel Dynamics": the body's own name follows its head
                return new Source(Type.INSTITUTION, span(tokens, nameStart(tokens, i, to), named), null, from, named, false);
            }
            if (isInstitution(t, lang) && roleFrom < 0) {
                institution = institution < 0 ? i : institution;
                heads++;
                i++;
                continue;
            }
            if (institution >= 0 && roleFrom < 0 && !t.isCapitalised() && isAdjective(t, lang) && i + 1 < to
                    && isName(tokens, i + 1)) {
                // "il consorzio franco-italiano Eurosam", "la empresa española Indra": the body's name follows
                i++;
                continue;
            }
            if (institution >= 0 && roleFrom < 0 && i > from && POSSESSIVE.contains(tokens.get(i - 1).text())
                    && !t.isCapitalised() && i + 1 < to && SpeakerWords.isOffice(tokens.get(i + 1))) {
                // "MBDA's managing director": a word the tagger calls a verb between the owner and the office
                i++;
                continue;
            }
            if (SpeakerWords.isModifier(t) || isAdjective(t, lang) && free < 2 && heads == 0) {
                free += SpeakerWords.isModifier(t) ? 0 : 1;
                i++;
                continue;
            }
            if (heads > 0 && SpeakerWords.isOfficeLink(t) && i + 1 < to) {
                // "a spokesperson for the Commission", "der Sprecher des Ministeriums": the complement is no subject
                i = complementEnd(tokens, i + 1, to);
                boolean commaName = i + 1 < to && tokens.get(i).isMark(",") && isName(tokens, i + 1);
                boolean spokesperson = anonymous >= 0 && !commaName;
                if (roleFrom >= 0 && i < to && !spokesperson && (isName(tokens, i) || commaName)) {
                    // "Il presidente del Consiglio europeo António Costa", "der Botschafter in Berlin, Oleksandr …":
                    // the office ends where the name starts
                    roleTo = i;
                    i += commaName ? 1 : 0;
                    continue;
                }
                if (roleFrom < 0 && institution >= 0 && i < to && SpeakerWords.isOffice(tokens.get(i))) {
                    // "le cabinet de la ministre", "el gabinete de la ministra", "the office of the minister": the
                    // office after the body's link is whose staff speaks, part of the body's name, not the speaker
                    i = officeEnd(tokens, i + 1, to);
                    break;
                }
                Source restated = anonymous < 0 && roleFrom >= 0 ? restated(tokens, i, to) : null;
                if (restated != null) {
                    // "il comandante della Task Force Air, il colonnello Stefano Ruggeri", "le chef d'état-major de
                    // l'armée de Terre, le général Thierry Malvoisin": the office restated with rank and name
                    return new Source(Type.PERSON, restated.name(), span(tokens, roleFrom, i) + ", " + restated.role(),
                            from, restated.to(), false);
                }
                break;
            }
            break;
        }
        int end = lastWord(tokens, from, i);
        if (anonymous >= 0 && (indefinite || plural(tokens.get(anonymous)) && !definiteAt(tokens, from)
                || SpeakerWords.isSourceWord(tokens.get(anonymous)))) {
            return new Source(Type.ANONYMOUS, span(tokens, from, end), null, from, end, false);
        }
        if (roleFrom >= 0 && end > from && RELATIONAL.contains(tokens.get(end - 1).lower())) {
            // "His colleague said …": a relational noun names a role only with the name after it; without one it
            // points at someone else than the person before, never back to them
            return null;
        }
        if (roleFrom >= 0) {
            return new Source(Type.OFFICE, null, span(tokens, roleFrom, Math.max(roleTo, roleFrom + 1)), from,
                    end, definite);
        }
        if (institution >= 0 && end > from && SpeakerWords.isAnonymousHead(tokens.get(end - 1))) {
            // "a Department of Defence official": the body names whom the nameless official works for
            return new Source(Type.ANONYMOUS, span(tokens, from, end), null, from, end, false);
        }
        if (institution >= 0) {
            return new Source(Type.INSTITUTION, span(tokens, institution, end), null, from, end, false);
        }
        return null;
    }

    /**
     * Where a complement after a link word ends: "(of) the Latvian forces", "(della) Commissione", "(van) de Algemene
     * Rekenkamer", "(by the) International Institute for Strategic Studies".
     */
    private int complementEnd(List<Token> tokens, int from, int to) {
        return complementEnd(tokens, from, to, false);
    }

    /** As above; {@code nouns} also takes lower-case words ("jeden z ukraińskich sierżantów"). */
    private int complementEnd(List<Token> tokens, int from, int to, boolean nouns) {
        int i = from;
        while (i < to && i - from < 8) {
            Token t = tokens.get(i);
            boolean part = t.isWord() && (SpeakerWords.isDefinite(t) || SpeakerWords.isIndefinite(t)
                    || SpeakerWords.isOfficeLink(t) && i + 1 < to || isAdjective(t, lang) || t.isCapitalised()
                    || SpeakerWords.isInstitutionHead(t, lang) || SpeakerWords.isDomain(t) || t.isAcronym()
                    || nouns && !SpeakerWords.isFunctionWord(t) && !SpeechWords.COMPLEMENTIZER.matcher(t.text()).matches()
                    && (t.pos() == null || t.pos().matches("NOUN|ADJ|PROPN"))
                    || participle(tokens, i, to))
                    || t.isMark("'’-");
            // a run right after "of", "de", "van" names the body ("del Servicio Europeo de Acción Exterior", "della Task
            // Force Air", "van Havenbedrijf Rotterdam"); a name starts only after the body's own words
            boolean afterLink = i == from || SpeakerWords.isOfficeLink(tokens.get(i - 1))
                    || SpeakerWords.isDefinite(tokens.get(i - 1));
            boolean nameStarts = !afterLink && isName(tokens, i) && i + 1 < to && isName(tokens, i + 1)
                    && !runGoesOn(tokens, i, to);
            if (!part || nameStarts || SpeechWords.COMPLEMENTIZER.matcher(t.text()).matches()) {
                break;
            }
            if (afterLink && t.isCapitalised() && !nouns) {
                // a capitalised run after the link is the body's name, unless it is long enough to end in a person's
                // two names as well: "di Forza Italia Marco Ferraris" (but "della Task Force Air" is all body)
                int run = i;
                while (run < to && tokens.get(run).isWord() && tokens.get(run).isCapitalised()) {
                    run++;
                }
                if (i == from && i > 0 && SpeakerWords.isLocative(tokens.get(i - 1), lang)) {
                    // "Ambasador Ukrainy w Polsce Ołeh Danyluk": after "w", "in", "à" one word is the place
                    run = i + 1;
                }
                for (int k = i + 1; k < run; k++) {
                    if (knownName.test(tokens.get(k).lower())) {
                        // "della Commissione Ursula von der Leyen": a known person's name ends the body
                        return k;
                    }
                }
                if (run > i + 1 && run + 1 < to && SpeakerWords.isParticle(tokens.get(run))
                        && (isName(tokens, run + 1) || run + 2 < to && SpeakerWords.isParticle(tokens.get(run + 1)))) {
                    // "… Commissione Ursula von der Leyen": the word before a name's particle starts the name
                    return run - 1;
                }
                if (run - i >= 3 && run - i <= 4 && tokens.get(i).isAcronym()
                        && PARTY_ACRONYMS.contains(tokens.get(i).lower()) && isName(tokens, i + 1)
                        && isName(tokens, run - 1) && (run - i == 3 || "es".equals(lang))
                        && !(run < tokens.size() && tokens.get(run).isMark(","))) {
                    // "La diputada del PNV Maite Urrutia Goñi": a party's acronym is its whole name, and the words
                    // after it the person's (three in Spanish); not where a name follows after a comma ("der IG
                    // Metall Mitte, Sabine Krull"), nor an acronym that opens a longer name ("der IG Metall Küste")
                    return i + 1;
                }
                if (run - i >= 4 && SpeakerWords.isParticle(tokens.get(run - 2)) && isName(tokens, run - 3)
                        && (knownName.test(tokens.get(run - 3).lower()) || "PROPN".equals(tokens.get(run - 3).pos()))
                        && surnameAfterParticle(tokens, run - 1)) {
                    // "du Finistère Yannick Le Roc'h": a capitalised particle opens the surname, the given name is
                    // before it; only a word known as a name's, for a body's own name may hold a capitalised
                    // article too ("Fondazione Teatro La Fenice", "Hospital Universitario La Princesa")
                    return run - 3;
                }
                if (run - i >= 4 && isName(tokens, run - 2) && isName(tokens, run - 1)) {
                    return run - 2;
                }
                i = run;
                continue;
            }
            i++;
        }
        return i;
    }

    /**
     * After an office and its complement, the same person restated after the next comma with a rank or office and a
     * whole name; null when the stretch up to that comma has a verb or a quotation, or what follows is no such person.
     */
    private Source restated(List<Token> tokens, int from, int to) {
        for (int i = from; i < to && i < from + 10; i++) {
            Token t = tokens.get(i);
            if (t.pos() != null && t.pos().matches("VERB|AUX") && !participle(tokens, i, to)
                    || SpeechWords.COMPLEMENTIZER.matcher(t.text()).matches() || t.isMark(";:\"„“”«»()")) {
                return null;
            }
            if (t.isMark(",")) {
                Source next = i + 1 < to ? at(tokens, i + 1, to) : null;
                return next != null && next.type() == Type.PERSON && next.role() != null
                        && next.name().strip().contains(" ") ? next : null;
            }
        }
        return null;
    }

    /**
     * A participle used as an adjective inside an office or a body's name, which the taggers call a verb: "(ministre)
     * chargée des Armées", "(La France) insoumise (Bastien Ferrand)": lower case, between an office word or a name
     * and a link or a capitalised word.
     */
    private static final String QUOTATION_MARKS = "„“”«»\"‚‘’";

    /** Where a name of one to three words in quotation marks that opens at i closes ("„Solidarności”"), or -1. */
    private static int quotedNameEnd(List<Token> tokens, int i, int to) {
        if (!tokens.get(i).isMark(QUOTATION_MARKS) || i + 1 >= to || !tokens.get(i + 1).isCapitalised()) {
            return -1;
        }
        for (int j = i + 1; j < Math.min(to, i + 5); j++) {
            if (tokens.get(j).isMark(QUOTATION_MARKS)) {
                return j > i + 1 ? j : -1;
            }
            if (!tokens.get(j).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean participle(List<Token> tokens, int i, int to) {
        Token t = tokens.get(i);
        if (t.pos() == null || !t.pos().equals("VERB") || t.isCapitalised() || i + 1 >= to || i == 0) {
            return false;
        }
        Token next = tokens.get(i + 1);
        Token before = tokens.get(i - 1);
        return (next.isCapitalised() && next.isWord() || SpeakerWords.isOfficeLink(next))
                && (before.isCapitalised() || SpeakerWords.isOffice(before) || before.pos() != null
                && before.pos().matches("VERB|ADJ"));
    }

    /**
     * Whether a run of capitalised words is followed by more of the complement ("del Partido Popular en el Congreso,
     * Ignacio Serrat"): then it names a body, and the person comes later.
     */
    private boolean runGoesOn(List<Token> tokens, int from, int to) {
        int j = nameRunEnd(tokens, from, to);
        return j + 1 < to && SpeakerWords.isOfficeLink(tokens.get(j)) && !tokens.get(j).isMark("-–.")
                && !SpeakerWords.isParticle(tokens.get(j));
    }

    /**
     * After an office, the words that still describe it before the name: adjectives and party or company
     * acronyms ("national PLR", "zarządu PGZ", "ucraino in Italia"), up to four; the index of the name (or of
     * the comma before it), or {@code from} when no name follows.
     */
    private int postNominal(List<Token> tokens, int from, int to) {
        int i = from;
        boolean wentOn = false;
        while (i < to && i - from < 8) {
            Token t = tokens.get(i);
            int closing = quotedNameEnd(tokens, i, to);
            if (closing > 0 && !wentOn) {
                // "Przewodniczący zakładowej „Solidarności” (w Mesku) Zbigniew Pawlak": a body named in quotation
                // marks, then a place after it, then the person's two-word name
                int name = closing + 1;
                boolean placeThenName = name + 3 < to && SpeakerWords.isLocative(tokens.get(name), lang)
                        && tokens.get(name + 1).isCapitalised() && isName(tokens, name + 2) && isName(tokens, name + 3);
                if (placeThenName) {
                    name += 2;
                }
                return name + 1 < to && isName(tokens, name) && isName(tokens, name + 1) ? name : from;
            }
            if (wentOn && isName(tokens, i)) {
                return from;
            }
            if (isName(tokens, i)) {
                int run = nameRunEnd(tokens, i, to);
                int body = run;
                while (body < to && tokens.get(body).isCapitalised() && (tokens.get(body).isAcronym()
                        || SpeakerWords.isInstitutionHead(tokens.get(body), lang))) {
                    body++;
                }
                if (body > run && body + 1 < to && isName(tokens, body) && isName(tokens, body + 1)) {
                    // "Wiceprezes Hanwha Aerospace Kim Dong-hyun", "Prezes Związku Gmin Wiejskich RP Jerzy Wiatrowski":
                    // a run closed by an acronym or a company word is the body; the person's name follows it
                    i = body;
                    continue;
                }
                if (run == i + 1 && run + 1 < to && tokens.get(run).is("i", "and", "und", "et", "y", "e", "en", "oraz")
                        && tokens.get(run + 1).isCapitalised()) {
                    // "Poseł Prawa i Sprawiedliwości Marek Jaworski": a body's name with "and" in it; names have none
                    i = run + 1;
                    continue;
                }
                if (run < to && SpeakerWords.isOffice(tokens.get(run)) && run + 2 < to
                        && (isName(tokens, run + 1) || tokens.get(run + 1).isMark(".") && isName(tokens, run + 2))) {
                    // "szef Sztabu Generalnego gen. Wiesław Kukuła": the body, then the rank, then the name
                    i = isName(tokens, run + 1) ? run + 1 : run + 2;
                    continue;
                }
                return i > from ? i : from;
            }
            if (t.isMark(",") && i > from && i + 1 < to && isName(tokens, i + 1)) {
                return i;
            }
            boolean polishBody = "pl".equals(lang) && t.isCapitalised() && !isName(tokens, i);
            if (t.isCapitalised() && SpeakerWords.isInstitutionHead(t, lang)) {
                // "Ekspert Fundacji Kazimierza Pułaskiego Tomasz Smura": the body in the genitive, then the name
                int complement = complementEnd(tokens, i, to);
                boolean pair = complement + 1 < to && nameRunEnd(tokens, complement, to) == complement + 2;
                if (complement > i && complement < to && isName(tokens, complement)
                        && !(polishBody && pair && OfficeComplement.patron(tokens, complement))) {
                    // a Polish pair that may be a genitive is the body's patron: "Uniwersytetu Adama Mickiewicza"
                    return complement;
                }
                int holder = polishBody ? holderAfterBody(tokens, i, to) : -1;
                return holder > 0 ? holder : from;
            }
            int holder = polishBody ? holderAfterBody(tokens, i, to) : -1;
            if (holder > 0) {
                // "Dyrektor Powiatowego Urzędu Pracy w Gdańsku Beata Rumińska": the body in the genitive, with its
                // place, then its holder's name in the nominative
                return holder;
            }
            if (SpeakerWords.isOfficeLink(t) && !t.isMark("-–") && i + 1 < to && (tokens.get(i + 1).isCapitalised()
                    || SpeakerWords.isDefinite(tokens.get(i + 1)))) {
                // "la deputata del Partito democratico Chiara Rinaldi", "senatore di Forza Italia Marco Ferraris",
                // "Poseł Prawa i Sprawiedliwości Marek Jaworski": the body after "of" is no part of the name
                int complement = complementEnd(tokens, i + 1, to);
                if (complement > i + 1 && complement < to && (isName(tokens, complement) || tokens.get(complement)
                        .isMark(",") && complement + 1 < to && isName(tokens, complement + 1))) {
                    return complement;
                }
                if (complement > i + 1) {
                    // "investigadora del Real Instituto Elcano", "comandante della Task Force Air": no name follows
                    // here; the office may still go on to a name after a comma ("chargé de l'intégration européenne,
                    // Oleh Savchuk"), but a name right after a common noun is that noun's ("commandant de la frégate
                    // italienne Federico Martinengo")
                    i = complement;
                    wentOn = true;
                    continue;
                }
            }
            boolean describes = t.isWord() && !t.isCapitalised() && !SpeakerWords.isFunctionWord(t)
                    && !SpeakerWords.isDefinite(t) && !SpeakerWords.isIndefinite(t)
                    && !SpeechWords.COMPLEMENTIZER.matcher(t.text()).matches() && (t.pos() == null
                    || t.pos().matches("ADJ|NOUN|ADP") || participle(tokens, i, to)) || t.isAcronym() || SpeakerWords.isOfficeLink(t) && !t.is("the", "der", "die", "das", "des", "den", "dem", "het")
                    || SpeakerWords.isOffice(t) || t.isCapitalised() && Places.isPlace(t.text(), lang)
                    || t.isCapitalised() && i > 0 && SpeakerWords.isLocative(tokens.get(i - 1), lang);
            if (!describes) {
                return from;
            }
            i++;
        }
        return from;
    }

    /** Whether the token starts or continues a person's name. */
    boolean isName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i == 0 && SpeakerWords.isCompanyNoun(t) && nameStart(tokens, 0, tokens.size()) > 1) {
            // "Producent dronów Skyguard Polska": a company noun opening the sentence, its name after what describes it
            return false;
        }
        if (t.isWord() && SpeakerWords.isParticle(t) && opensNamedSurname(tokens, i) && (t.isCapitalised()
                || i + 1 < tokens.size() && SpeakerWords.isParticle(tokens.get(i + 1)) || !SpeakerWords.isFunctionWord(t)
                && !SpeakerWords.isDefinite(t) && !SpeakerWords.isIndefinite(t))) {
            // "„…“, sagte Ó Floinn", "Del Olmo Sanz reclamó", "sagte zu Elmsfeld", "sagte van der Straaten": a later
            // mention by the surname with its particle. Lower case, a particle that is also an article or a
            // preposition of the languages ("de", "di", "van") opens a name only as a pair ("de la", "van der")
            return true;
        }
        if (!t.isWord() || !t.isCapitalised() || t.text().length() < 2 || t.isAcronym() || mixedAcronym(t)
                || Character.isDigit(t.text().charAt(0)) || ACRONYM_COMPOUND.matcher(t.text()).matches()) {
            return false;
        }
        if (i > 0 && Character.isDigit(tokens.get(i - 1).text().charAt(0))) {
            // "35 Millionen Euro"
            return false;
        }
        if ("pl".equals(lang) && adjectivesOfABody(tokens, i)) {
            return false;
        }
        if (t.text().matches("\\p{Lu}\\p{L}*-\\p{Ll}{6,}")) {
            // "Patriot-lanceerinrichtingen": a compound whose long part after the hyphen is lower case is a common noun;
            // a double name has a capital in each part, and a Korean given name short syllables ("Dong-hyun")
            return false;
        }
        if (t.text().matches(".*['’]") && i + 1 < tokens.size() && tokens.get(i + 1).isWord()
                && !tokens.get(i + 1).isCapitalised()) {
            // "Dall'opposizione, il senatore …": an elided preposition or article before a common noun
            return false;
        }
        if (i > 0 && SpeakerWords.isLocative(tokens.get(i - 1), lang)) {
            // "a diplomat in Brussels", "Dyplomata w Brukseli", "un officier à Sarrebourg": a place, not a name
            return false;
        }
        if (SpeakerWords.isOffice(t) || SpeakerWords.isModifier(t) || SpeakerWords.isDomain(t)
                || SpeakerWords.isInstitutionHead(t, lang) || SpeakerWords.isDocumentHead(t, lang)
                || SpeakerWords.isAnonymousHead(t) || Places.isPlace(t.text(), lang) && !givenNameInApposition(tokens, i)
                || MonthNames.number(t.text()) > 0 && !nameAfterMonth(tokens, i)
                || Weekdays.is(t.text())) {
            return false;
        }
        if (knownName.test(t.lower())) {
            return true;
        }
        if (t.pos() != null && !"de".equals(lang) && i + 2 < tokens.size() && SpeakerWords.isParticle(tokens.get(i + 1))
                && !SpeakerWords.isFunctionWord(t) && tokens.get(i + 2).isCapitalised() && tokens.get(i + 2).isWord()) {
            // "Élodie d'Arcy-Lemaire", "Maarten ter Horst": a capitalised word before a name's particle is a given name
            // (German nouns are capitalised: "Haus der Geschichte" is none)
            return true;
        }
        if (t.pos() != null) {
            return t.pos().equals("PROPN") || t.pos().equals("X") || t.pos().equals("NOUN") && nameBeside(tokens, i)
                    || "de".equals(lang) && t.pos().equals("NOUN") && (bareSubject(tokens, i) || givenNameAfterOffice(tokens, i));
        }
        if (SpeakerWords.isFunctionWord(t)) {
            return false;
        }
        // Dutch adjectives of nationality are capitalised ("de Finse minister"): not names; but "Jesse Klaver", "Elise"
        boolean nounFollows = i + 1 < tokens.size() && tokens.get(i + 1).isWord() && !tokens.get(i + 1).isCapitalised();
        return !("nl".equals(lang) && t.lower().matches(".*(?:se|sche)") && nounFollows);
    }

    /** The holder's name after a Polish body that starts at {@code i}, or -1 (see OfficeComplement). */
    private int holderAfterBody(List<Token> tokens, int i, int to) {
        return OfficeComplement.holderAfterBody(tokens, i, to, lang, k -> isName(tokens, k),
                k -> nameRunEnd(tokens, k, to));
    }

    /**
     * "szef Centralnego Wojskowego Centrum Rekrutacji", "Wojewódzkiego Sztabu Wojskowego": capitalised Polish adjectives
     * in the genitive or locative (-ego, -ej, -ych, -ich) right before an institution's head are the body's name.
     */
    private boolean adjectivesOfABody(List<Token> tokens, int i) {
        int j = i;
        while (j < tokens.size() && tokens.get(j).isWord() && tokens.get(j).isCapitalised()
                && PolishNames.adjectiveGenitive(tokens.get(j).text())) {
            j++;
        }
        return j > i && j < tokens.size() && SpeakerWords.isInstitutionHead(tokens.get(j), lang);
    }

    /**
     * A place's name that opens a person's name in an apposition after an office ("La directora del centro …,
     * Montserrat Vidal i Roca, dijo"): right after the comma, with a capitalised word after it that is no place.
     */
    private boolean givenNameInApposition(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).isMark(",") && officeBeforeComma(tokens, i) && i + 1 < tokens.size()
                && tokens.get(i + 1).isWord() && tokens.get(i + 1).isCapitalised()
                && !Places.isPlace(tokens.get(i + 1).text(), lang);
    }

    /** "MSWiA", "KPRM-u": more capitals than small letters make an acronym, not a name ("McAllister" has two). */
    private static boolean mixedAcronym(Token t) {
        long upper = t.text().chars().filter(Character::isUpperCase).count();
        long lower = t.text().chars().filter(Character::isLowerCase).count();
        // "PiS", "KiS": a short word that ends in a capital after a small letter is an acronym too ("McLeod" is not)
        boolean endsInCapital = t.text().length() <= 5 && upper >= 2 && lower >= 1
                && Character.isUpperCase(t.text().charAt(t.text().length() - 1));
        return upper >= 3 && upper > lower && !t.text().contains("-") && !t.text().contains("'") || endsInCapital;
    }

    /** Whether the particle at i is followed (over more particles) by a word of a name the text or newsroom knows. */
    private boolean opensNamedSurname(List<Token> tokens, int i) {
        int j = i + 1;
        while (j < tokens.size() && j - i < 3 && SpeakerWords.isParticle(tokens.get(j))) {
            j++;
        }
        return j < tokens.size() && tokens.get(j).isWord() && tokens.get(j).isCapitalised()
                && knownName.test(tokens.get(j).lower());
    }

    /**
     * A German noun without article right before a verb is a name ("Kallas wies darauf hin"): common nouns take an
     * article, and the tagger does not know most surnames.
     */
    private static boolean bareSubject(List<Token> tokens, int i) {
        boolean article = i > 0 && tokens.get(i - 1).pos() != null && tokens.get(i - 1).pos().matches("DET|ADJ|ADP.*|NUM");
        boolean verbNext = i + 1 < tokens.size() && tokens.get(i + 1).pos() != null
                && tokens.get(i + 1).pos().matches("VERB|AUX");
        return !article && verbNext;
    }

    /**
     * "Die Abgeordnete Merle Schattauer kritisierte": the German tagger calls unknown names nouns; a capitalised noun
     * right after an office, before a bare noun that is the verb's subject, is the given name of that subject.
     */
    private static boolean givenNameAfterOffice(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && SpeakerWords.isOffice(tokens.get(i - 1)) && tokens.get(i + 1).isCapitalised()
                && (("PROPN".equals(tokens.get(i + 1).pos())) || "NOUN".equals(tokens.get(i + 1).pos()) && bareSubject(tokens, i + 1));
    }

    /**
     * A month's name or abbreviation that gives a person's first name ("Jan van der Berg", "Jan Nowak", "June Ellis"):
     * followed by a name's particle or a capitalised word and no figure, not after a preposition ("in March NATO").
     */
    private boolean nameAfterMonth(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || i > 0 && (SpeakerWords.isFunctionWord(tokens.get(i - 1))
                || SpeakerWords.isLocative(tokens.get(i - 1), lang))) {
            return false;
        }
        Token next = tokens.get(i + 1);
        boolean figureAfter = i + 2 < tokens.size() && Character.isDigit(tokens.get(i + 2).text().charAt(0));
        return next.isWord() && !figureAfter && !next.isAcronym() && (SpeakerWords.isParticle(next)
                || next.isCapitalised() && MonthNames.number(next.text()) <= 0 && !Weekdays.is(next.text()));
    }

    /** A capitalised noun next to a proper noun is part of the name ("Hanno Pevkur" tagged PROPN NOUN). */
    private static boolean nameBeside(List<Token> tokens, int i) {
        return i > 0 && "PROPN".equals(tokens.get(i - 1).pos()) && tokens.get(i - 1).isCapitalised()
                || i + 1 < tokens.size() && "PROPN".equals(tokens.get(i + 1).pos()) && tokens.get(i + 1).isCapitalised();
    }

    private int nameEnd(List<Token> tokens, int from, int to) {
        int end = nameRunEnd(tokens, from, to);
        return end;
    }

    private int nameRunEnd(List<Token> tokens, int from, int to) {
        int end = from + 1;
        int core = 1;
        while (end < to && core < MAX_NAME) {
            if (isName(tokens, end) || SpeakerWords.isParticle(tokens.get(end - 1)) && surnameAfterParticle(tokens, end)) {
                // after a particle the capitalised word is the surname, whatever the tagger calls it ("ter Horst")
                end++;
                core++;
            } else if (NameParticles.joins(tokens, end, to, core, lang, this::surnameAfterParticle, this::namesBody)
                    || SpeakerWords.isParticle(tokens.get(end - 1)) && SpeakerWords.isParticle(tokens.get(end))
                    && end + 1 < to && isName(tokens, end + 1)) {
                // "Ursula von der Leyen", "Fleur de Wit", "Ignacio Villar de la Peña", "Giancarlo Di Stefano"; but
                // after a whole name a single "van", "von", "de" is a preposition: "Wouter Claes van Groen"
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * Where the name of the company that a common noun at i stands for ends ("the company Kestrel Dynamics", "das
     * Unternehmen O'Rourke Aerospace", "la empresa Brisa Naval"), or -1 when no name follows the noun. A capitalised
     * company noun counts only in German, where every noun is capitalised; elsewhere it is a word of a title or a
     * name itself ("Group Captain Jane Smith", "Grupo Oesía").
     */
    int companyNameAt(List<Token> tokens, int i, int to) {
        return isCompanyNoun(tokens.get(i)) ? nameAfterHead(tokens, i, to) : -1;
    }

    private boolean isCompanyNoun(Token t) {
        return SpeakerWords.isCompanyNoun(t) && ("de".equals(lang) || !t.isCapitalised());
    }

    /**
     * Where the body's own name right after its head at i ends, or -1: a capitalised word that is no place, month,
     * day or function word opens it ("the company Kestrel Dynamics", but "the company in March", "la empresa La …").
     */
    private int nameAfterHead(List<Token> tokens, int i, int to) {
        int start = nameStart(tokens, i, to);
        if (start >= to) {
            return -1;
        }
        Token next = tokens.get(start);
        if (!next.isWord() || !next.isCapitalised() || Places.isPlace(next.text(), lang)
                || MonthNames.number(next.text()) > 0 || Weekdays.is(next.text()) || SpeakerWords.isFunctionWord(next)) {
            return -1;
        }
        return bodyNameEnd(tokens, start, to);
    }

    /**
     * Where a body's name may start after its head at i: right after it, or after up to two lower-case words that
     * describe the head ("l'opérateur luxembourgeois Stellaris Orbit", "il gestore ferroviario Rete Alpina Merci",
     * "Producent dronów Skyguard Polska", "le groupe franco-belge Arvelis Défense"): no function word, no verb, no
     * preposition of place.
     */
    int nameStart(List<Token> tokens, int i, int to) {
        int j = i + 1;
        while (j < to && j <= i + 2 && describesHead(tokens.get(j)) && j + 1 < to && (tokens.get(j + 1).isCapitalised()
                || describesHead(tokens.get(j + 1)))) {
            j++;
        }
        return j < to && tokens.get(j).isCapitalised() ? j : i + 1;
    }

    private boolean describesHead(Token t) {
        return t.isWord() && !t.isCapitalised() && !Character.isDigit(t.text().charAt(0))
                && !SpeakerWords.isFunctionWord(t) && !SpeakerWords.isDefinite(t) && !SpeakerWords.isIndefinite(t)
                && !SpeakerWords.isOfficeLink(t) && !SpeakerWords.isLocative(t, lang)
                && !SpeechWords.COMPLEMENTIZER.matcher(t.text()).matches()
                && (t.pos() != null ? t.pos().matches("ADJ|NOUN|PROPN|X") : !SpeechWords.looksFinite(t.text(), lang));
    }

    /**
     * The acronyms of parties that are their whole name, so that capitalised words after one are a person's name
     * ("del PNV Maite Urrutia Goñi"); an acronym not among them may open a longer name ("IG Metall Küste").
     */
    private static final Set<String> PARTY_ACRONYMS = Set.of("pnv", "pp", "psoe", "erc", "bng", "cup", "pd", "fdi",
            "m5s", "avs", "spd", "cdu", "csu", "fdp", "afd", "bsw", "pis", "psl", "ko", "pvv", "vvd", "cda", "nsc",
            "bbb", "d66", "sp", "gl", "pvda", "ps", "lfi", "rn", "lr", "snp", "dup", "sdlp", "ukip", "fpö", "övp", "spö",
            "neos", "svp", "n-va", "cd&v", "mr", "ptb", "pcp", "chega", "psd");

    /**
     * Where a body's own name that starts at i ends: its capitalised words, with the particles and ampersands between
     * them ("Van der Kooij & De Boer", "Astilleros del Cantábrico"). A conjunction ends it: "la empresa Indra y el
     * Ministerio de Defensa firmaron" names two parties.
     */
    static int bodyNameEnd(List<Token> tokens, int i, int to) {
        int end = i + 1;
        while (end < to) {
            Token t = tokens.get(end);
            boolean conjunction = "CCONJ".equals(t.pos()) && t.isWord();
            boolean joined = (SpeakerWords.isParticle(t) && !conjunction || t.isMark("&")) && end + 1 < to
                    && (tokens.get(end + 1).isCapitalised() || SpeakerWords.isParticle(tokens.get(end + 1)));
            if (!(t.isWord() && t.isCapitalised() || joined)) {
                break;
            }
            end++;
        }
        while (end > i + 1 && !tokens.get(end - 1).isCapitalised()) {
            end--;
        }
        return end;
    }

    /**
     * A surname after a particle: any capitalised word that is no acronym, office, body, place, month or day. The
     * taggers call many surnames nouns ("ter Horst"), and some are common words elsewhere ("de la Fuente").
     */
    private boolean surnameAfterParticle(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return isName(tokens, i) || t.isWord() && t.isCapitalised() && t.text().length() >= 2 && !t.isAcronym()
                && !SpeakerWords.isOffice(t) && !SpeakerWords.isDomain(t) && !SpeakerWords.isInstitutionHead(t, lang)
                && !Places.isPlace(t.text(), lang) && MonthNames.number(t.text()) <= 0 && !Weekdays.is(t.text());
    }

    /** A word that names a body or a place, which a name particle does not join to a person's name. */
    private boolean namesBody(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.isAcronym() || SpeakerWords.isInstitutionHead(t, lang) || SpeakerWords.isDomain(t)
                || Places.isPlace(t.text(), lang);
    }

    /**
     * Where the name proper starts in a run of capitalised words: a person's name has two words (three in Spanish,
     * with two surnames), so more words before them are a title, a rank, a party or a body ("Oberstleutnant Jens
     * Hartwich", "Polskiej Grupy Zbrojeniowej Adam Nowicki"); a run with particles ("Ursula von der Leyen") or one
     * that opens with a known name is left whole.
     */
    private int titlesBefore(List<Token> tokens, int from, int end, int roleFrom) {
        int core = 0;
        for (int k = from; k < end; k++) {
            if (SpeakerWords.isParticle(tokens.get(k)) || !tokens.get(k).isCapitalised()) {
                // a particle or a lower-case joiner ("Puig i Ferrer") is only ever inside one person's name
                return from;
            }
            if (!joinedByHyphen(tokens.get(k)) || k + 1 >= end) {
                core++;
            }
        }
        int most = "es".equals(lang) ? 3 : 2;
        if (core <= most || knownName.test(tokens.get(from).lower())) {
            return from;
        }
        if (core == 3 && roleFrom >= 0 && roleFrom < from && threeNames(tokens, from, end)) {
            return from;
        }
        if (core == most + 1 && !"de".equals(lang) && inApposition(tokens, from, end) && officeBeforeComma(tokens, from)
                && personalWords(tokens, from, end) && !SpeakerWords.isOffice(tokens.get(from))
                && (tokens.get(from).pos() == null || tokens.get(from).pos().matches("PROPN|X"))) {
            // "Norway's State Secretary, Ingrid Haugland Vik, said", "Prezes zakładów, Jan Paweł Ostrowski-Grab,":
            // set off by commas after its office, the run is the person's whole name; a body would stand before it.
            // Not in German, where a rank is a capitalised noun too ("…, Brigadegeneral Henning Aldag,")
            return from;
        }
        return unitsBefore(tokens, end, most);
    }

    /**
     * A surname's first part that ends in a hyphen and a particle ("Bakker-de", "Visser-van"): it joins the word after
     * it into one surname ("Bakker-de Groot").
     */
    private static boolean joinedByHyphen(Token t) {
        int hyphen = t.text().lastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < t.text().length() && Character.isLowerCase(t.text().charAt(hyphen + 1))
                && NameParticles.isParticle(new Token(t.text().substring(hyphen + 1), 0, 0, null, null));
    }

    /** Where the last {@code units} words of a name before {@code end} start, a hyphen-joined surname counting once. */
    private static int unitsBefore(List<Token> tokens, int end, int units) {
        int start = end;
        for (int counted = 0; counted < units && start > 0; counted++) {
            start--;
            while (start > 0 && joinedByHyphen(tokens.get(start - 1))) {
                start--;
            }
        }
        return start;
    }

    /**
     * Whether three capitalised words right after an office are one person's three names ("minister Mikkel Aagaard
     * Friis", "Verteidigungsminister Anna Maria Berg", "il ministro danese …"): the office is not linked to them by "of", "della", "van" or an
     * article (then the first word names its body: "della Lega Davide Casati"), and none of them is an office, a
     * body, an acronym, a place or a day. In Polish a body follows its office in the genitive without a link
     * ("rzecznik Kremla Dmitrij Pieskow", "ambasador Ukrainy", "wójt gminy Gródek"), so there the names must follow
     * the office word itself, and the first end as no genitive does, in a consonant (a man's given name: "Mikkel").
     */
    private boolean threeNames(List<Token> tokens, int from, int end) {
        if (from == 0) {
            return false;
        }
        Token before = tokens.get(from - 1);
        // the office's own last word, or a lower-case word of it ("ministro danese", "minister obrony"); a capitalised
        // domain goes on in a title ("Minister for Defence Procurement Alistair Penrose")
        if (!before.isWord() || !(SpeakerWords.isOffice(before) || !before.isCapitalised())
                || SpeakerWords.isOfficeLink(before) || SpeakerWords.isDefinite(before) || SpeakerWords.isParticle(before)) {
            return false;
        }
        if (!personalWords(tokens, from, end) || withArticle(tokens.get(from).text())) {
            return false;
        }
        String first = tokens.get(from).lower();
        // a double-barrelled surname ends a person's name, never a body's ("posłanka Maria Anna Zawisza-Ferenc")
        boolean doubleSurname = tokens.get(end - 1).text().matches("\\p{Lu}\\p{Ll}+-\\p{Lu}\\p{Ll}+");
        // Polish given names are never hyphenated: "prezes spółki Bałtyk-Nord Joanna Mrozek-Wilk" names a company first
        // and a given name ends in a consonant or -a: "Wiceprezydent Gdyni Katarzyna Gruszecka-Ramlau" names a place
        return !"pl".equals(lang) || SpeakerWords.isOffice(before) && !first.contains("-")
                && (first.matches(".*[bcdfghjklłmnprstwzż]") && !first.endsWith("em")
                || doubleSurname && first.matches(".*[bcdfghjklłmnprstwzża]"));
    }

    /**
     * Whether the text puts a definite article right before the word somewhere ("Per la Uilm, …" before "Il delegato
     * Uilm Simone Bertollo"): a body's name takes one, a given name does not.
     */
    private boolean withArticle(String word) {
        return java.util.regex.Pattern.compile("(?iu)(?<![\\p{L}])(?:la|il|lo|le|el|los|las|der|die|das|het|the)\\s+"
                + java.util.regex.Pattern.quote(word) + "(?![\\p{L}])|(?iu)(?<![\\p{L}])l['’]" + java.util.regex.Pattern.quote(word)
                + "(?![\\p{L}])").matcher(text).find();
    }

    /** None of the words is an office, a domain, a body, an acronym, a place or a day: they may all be names. */
    private boolean personalWords(List<Token> tokens, int from, int end) {
        for (int k = from; k < end; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || SpeakerWords.isOffice(t) || SpeakerWords.isDomain(t) || SpeakerWords.isInstitutionHead(t, lang)
                    || t.isAcronym()
                    || Places.isPlace(t.text(), lang) || Weekdays.is(t.lower()) || t.text().contains("-")
                    && t.text().matches(".*-\\p{Lu}{2,}.*")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the stretch before the comma that opens an apposition names an office ("Norway's State Secretary, …",
     * "Jej prezes, …"): then the apposition names its holder.
     */
    private static boolean officeBeforeComma(List<Token> tokens, int from) {
        for (int k = from - 2; k >= 0 && k >= from - 12; k--) {
            Token t = tokens.get(k);
            if (!t.isWord() && !POSSESSIVE.contains(t.text()) && !t.isMark("'’-")) {
                return false;
            }
            if (SpeakerWords.isOffice(t)) {
                return true;
            }
        }
        return false;
    }

    /** A run set off by commas: ", Ingrid Haugland Vik," (or closing the sentence). */
    private static boolean inApposition(List<Token> tokens, int from, int end) {
        return from > 0 && tokens.get(from - 1).isMark(",") && (end >= tokens.size() || tokens.get(end).isMark(",.;"));
    }

    /** An office goes on over its domain: "Minister of Defence", "ministre des Armées", "minister obrony narodowej". */
    private static int officeEnd(List<Token> tokens, int from, int to) {
        int i = from;
        while (i < to) {
            Token t = tokens.get(i);
            if (SpeakerWords.isDomain(t) || SpeakerWords.isOffice(t) && !t.isCapitalised() && !SpeakerWords.isAnonymousHead(t)) {
                i++;
            } else if (t.is("and", "und", "et", "y", "e", "i", "en", "oraz") && i + 1 < to
                    && SpeakerWords.isOffice(tokens.get(i + 1))) {
                // "Wicepremier i minister obrony narodowej", "Vice-President and High Representative"
                i++;
            } else if (SpeakerWords.isOfficeLink(t) && i + 1 < to && (SpeakerWords.isDomain(tokens.get(i + 1))
                    || i + 2 < to && SpeakerWords.isOfficeLink(tokens.get(i + 1)) && SpeakerWords.isDomain(tokens.get(i + 2)))) {
                i++;
            } else if (SpeakerWords.isOffice(t) && t.isCapitalised() && !SpeakerWords.isAnonymousHead(t)) {
                // "NATO Secretary General", "High Representative"
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isInstitution(Token t, String lang) {
        return SpeakerWords.isInstitutionHead(t, lang) || SpeakerWords.isCompanyNoun(t) || t.isAcronym() && t.text().length() <= 6
                || t.isCapitalised() && Places.isPlace(t.text(), lang);
    }

    /** A lower-case adjective before an office ("finnische", "estonian"), told by its tag or, untagged, by its case. */
    private static boolean isAdjective(Token t, String lang) {
        if (t.pos() != null) {
            return t.pos().equals("ADJ") || t.pos().equals("NUM");
        }
        return !t.isCapitalised() && !SpeakerWords.isFunctionWord(t) && t.text().length() > 2;
    }

    private static boolean plural(Token head) {
        String lower = head.lower();
        return lower.endsWith("s") || lower.endsWith("en") || lower.endsWith("i") || lower.endsWith("ci")
                || lower.endsWith("nnen");
    }

    private static boolean definiteAt(List<Token> tokens, int from) {
        return SpeakerWords.isDefinite(tokens.get(from));
    }

    private static int lastWord(List<Token> tokens, int from, int to) {
        int end = to;
        while (end > from + 1 && !tokens.get(end - 1).isWord()) {
            end--;
        }
        return end;
    }

    String span(List<Token> tokens, int from, int to) {
        if (to <= from) {
            return null;
        }
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /**
     * Whether a person after an office and a comma restates it rather than opening the clause: "Według rzecznika MON,
     * gen. Wiesław Kukuła nie złamał przepisów" and "According to a senior official, General John Smith will be
     * replaced" name whom the words are about. A Polish name in the genitive agrees with its office; otherwise the
     * apposition must close with a comma or the clause's end, no verb after the name.
     */
    boolean restates(List<Token> tokens, Source person, int to) {
        if ("pl".equals(lang) && PolishNames.genitive(span(tokens, person.from(), person.to()))) {
            return true;
        }
        int k = person.to();
        return k >= to || k >= tokens.size() || tokens.get(k).isMark(",;:.!?)–—");
    }
}
