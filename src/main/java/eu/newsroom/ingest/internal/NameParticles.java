package eu.newsroom.ingest.internal;

import eu.newsroom.ingest.internal.Tokens.Token;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Name particles as a closed grammatical class, and where they join the words of a person's name. Names travel (an
 * Irish minister in a German text, a Dutch state secretary in a Polish one), so the particles of every naming
 * tradition count in every language; only the joiners that are also a common conjunction ("i", "y") count where
 * names carry them (Spanish texts: Catalan "Puig i Ferrer", Spanish "Ortega y Gasset"), and Portuguese "do" is one
 * except in Polish (where it means "to").
 *
 * <p>A particle joins when a name word follows it (after at most two more particles: "de la", "van 't", "de los")
 * and one of these holds: it is capitalised inside a name ("Giancarlo Di Stefano", "Carlo Maria Dell'Acqua", "Yann
 * Le Goff": a preposition mid-sentence is lower case); it is one of a pair ("van der", "de la"); it is Gaelic ("Ó",
 * "Mac", "Nic", "Ní": never a preposition); it follows a first name ("Fleur de Wit"); or, after a longer name, the
 * name after it is no body or place and either the text is Spanish or Italian, where given names come in pairs and
 * surnames take particles ("Juan Carlos del Olmo Sanz", "Pietro Paolo di Sant'Elia"), or the particle is no
 * preposition of the text's language ("Inês Maria dos Santos Ferreira" in English). A German "von" or a Dutch
 * "van" after a whole name is a preposition ("Wouter Claes van GroenLinks", "Marek Jaworski von Rheinmetall").
 */
final class NameParticles {

    /**
     * Particles of the European naming traditions, lower case (Welsh "ap": "Rhodri ap Gwilym"); elided forms with their apostrophe. No conjunction:
     * "i" and "y" join surnames in Spanish texts only ({@link #SPANISH_JOINERS}), and join no body's name anywhere.
     */
    private static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "di", "da", "del", "della",
            "du", "des", "la", "le", "lo", "zu", "ten", "ter", "af", "dos", "das", "dal", "dalla",
            "bin", "ibn", "ap", "al", "el", "los", "las", "san", "'t", "’t", "d'", "d’", "dell'", "dell’", "dall'", "dall’");

    /** Gaelic particles: "Pádraig Ó Floinn", "Rory Mac Lochlainn", "Aoife Nic Giolla Phádraig"; never prepositions. */
    private static final Set<String> GAELIC = Set.of("ó", "ní", "nic", "mac", "mc", "ua", "uí");

    /** Conjunctions that join surnames in one language's names only. */
    private static final Set<String> SPANISH_JOINERS = Set.of("i", "y");
    /** Portuguese and Galician "do" ("Pena do Campo"): a particle except in Polish, where it is "to" ("do spraw"). */
    private static final String DO = "do";

    private NameParticles() {
    }

    /** Whether a token is a name particle (any tradition, any case). */
    static boolean isParticle(Token t) {
        return PARTICLES.contains(t.lower()) || gaelic(t);
    }

    /** A Gaelic particle, capitalised as it is written ("Ó", "Mac"): lower case "o" is a conjunction. */
    private static boolean gaelic(Token t) {
        return t.isCapitalised() && GAELIC.contains(t.lower());
    }

    /**
     * Whether the particle at {@code at} continues the name whose run so far has {@code core} name words;
     * {@code isName} tells a name word, {@code isBody} a word that names a body or a place.
     */
    static boolean joins(List<Token> tokens, int at, int to, int core, String lang, BiPredicate<List<Token>, Integer> isName,
            BiPredicate<List<Token>, Integer> isBody) {
        Token t = tokens.get(at);
        boolean joiner = "es".equals(lang) && SPANISH_JOINERS.contains(t.lower()) && !t.isCapitalised();
        boolean portuguese = !"pl".equals(lang) && t.is(DO);
        if (!isParticle(t) && !joiner && !portuguese) {
            return false;
        }
        int next = at + 1;
        while (next < to && next - at < 3 && isParticle(tokens.get(next))) {
            next++;
        }
        if (next >= to || !isName.test(tokens, next)) {
            return false;
        }
        if (!t.isCapitalised() && next - at >= 2 && tokens.get(at + 1).isCapitalised() && core >= 2) {
            // "Wethouder Marit Smeenk van Den Helder", "de La Spezia": a capitalised article after a lower-case particle
            // opens a place's name ("Den Helder", "La Spezia"); a name's pair is lower case after a given name
            return false;
        }
        if (joiner) {
            // "Jordi Puig i Ferrer": the joiner links two surnames, so a whole name stands before it
            return core >= 2 && !isBody.test(tokens, next);
        }
        if (t.isCapitalised() || next - at >= 2 || gaelic(t) || core == 1) {
            return true;
        }
        boolean pairedGivenNames = "es".equals(lang) || "it".equals(lang);
        return (pairedGivenNames || !isOwnPreposition(t, lang)) && !isBody.test(tokens, next);
    }

    /**
     * The particles that are also prepositions or articles of the text's own language ("von", "zu" in German, "van",
     * "ter" in Dutch, "de", "du" in French): after a whole name they start a phrase of their own ("Marek Jaworski von
     * Rheinmetall", "Wouter Claes van GroenLinks"). In another language the same word can only be part of a name
     * ("Inês Maria dos Santos Ferreira" in English, "Maarten ter Horst").
     */
    private static final java.util.Map<String, Set<String>> OWN_PREPOSITIONS = java.util.Map.of(
            "de", Set.of("von", "zu", "der", "den", "des", "de", "la", "le"),
            "nl", Set.of("van", "ter", "ten", "de", "der", "den", "la", "le"),
            "fr", Set.of("de", "du", "des", "la", "le", "d'", "d’"),
            "pl", Set.of("do", "la", "le"),
            "en", Set.of("la", "le", "el", "al"));

    private static boolean isOwnPreposition(Token t, String lang) {
        return OWN_PREPOSITIONS.getOrDefault(lang == null ? "" : lang, Set.of()).contains(t.lower());
    }
}
