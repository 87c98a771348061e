package eu.newsroom.ingest.internal;

import eu.newsroom.ingest.Extraction.InitiativeProposal;
import eu.newsroom.shared.Slugs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds initiatives: known ones through their name and aliases in every language (also without a
 * trailing year, "Defence Readiness Roadmap" for "Defence Readiness Roadmap 2030"), and new names worth
 * adding: a quoted name next to a word such as "Projekt" or "initiative", or a capitalised name
 * ending in such a word ("European Air Shield", "Eastern Flank Watch").
 */
public final class InitiativeSpotter {

    /** Words that end an initiative's name, and the kind of initiative they suggest. */
    private static final Map<String, String> KIND_WORDS = Map.ofEntries(
            Map.entry("initiative", "project"), Map.entry("project", "project"), Map.entry("projekt", "project"),
            Map.entry("shield", "project"), Map.entry("watch", "project"), Map.entry("dome", "project"),
            Map.entry("wall", "project"), Map.entry("hub", "project"), Map.entry("platform", "project"),
            Map.entry("roadmap", "roadmap"), Map.entry("fahrplan", "roadmap"), Map.entry("plan", "roadmap"),
            Map.entry("strategy", "roadmap"), Map.entry("strategie", "roadmap"), Map.entry("compass", "roadmap"),
            Map.entry("kompass", "roadmap"), Map.entry("package", "package"), Map.entry("paket", "package"),
            Map.entry("mission", "mission"), Map.entry("operation", "mission"), Map.entry("coalition", "coalition"),
            Map.entry("koalition", "coalition"), Map.entry("alliance", "coalition"), Map.entry("agreement", "agreement"),
            Map.entry("abkommen", "agreement"), Map.entry("pact", "agreement"), Map.entry("pakt", "agreement"),
            Map.entry("partnership", "agreement"), Map.entry("partnerschaft", "agreement"),
            Map.entry("instrument", "instrument"), Map.entry("facility", "instrument"), Map.entry("fazilität", "instrument"),
            Map.entry("fund", "instrument"), Map.entry("fonds", "instrument"), Map.entry("programme", "instrument"),
            Map.entry("program", "instrument"), Map.entry("programm", "instrument"), Map.entry("mechanism", "instrument"),
            Map.entry("act", "instrument"));

    /** Words just before a quoted name that say it names an initiative ("das Projekt „Eastern Flank Watch“"). */
    private static final Pattern CUE_BEFORE = Pattern.compile("(?iu)(?:^|[^\\p{L}])(?:projekt|projekts|project|projet"
            + "|proyecto|progetto|projeto|projektu|initiative|iniciativa|iniziativa|inicjatywa|initiatief|programme|programm"
            + "|programa|programma|program|plan|plans|mission|misión|missione|misja|missie|operation|opération|operación"
            + "|operazione|operacja|operatie|package|paket|pakets|paquet|paquete|pacchetto|pakiet|pakket|roadmap|fahrplan"
            + "|feuille de route|hoja de ruta|tabella di marcia|mapa drogowa|routekaart|coalition|koalition|coalición"
            + "|coalizione|koalicja|coalitie|instrument|instrumento|strumento|fund|fonds|fondo|fundusz|strategy"
            + "|strategie|stratégie|estrategia|strategia|agreement|abkommen|accord|acuerdo|accordo|porozumienie"
            + "|akkoord|overeenkomst|pact|pakt|pacte|pacto|patto|flagship|leitprojekt|vorhaben)"
            + "\\s+(?:\\p{Ll}+\\s+)?[\"„“«‚]?$");
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}’'-]*";
    private static final Pattern CAPITALISED = Pattern.compile("(?u)(?<![\\p{L}])" + NAME_WORD
            + "(?:\\s+(?:(?:for|of|the|on|and|de|du|des|la|le|für|der|und|del|per|di|dla|voor|van|en)\\s+)?" + NAME_WORD
            + "){1,5}");
    private static final Set<String> LEADING_WORDS = Set.of("the", "this", "that", "these", "a", "an", "der", "die",
            "das", "den", "dem", "des", "ein", "eine", "le", "la", "les", "un", "une", "el", "los", "las", "il", "lo",
            "gli", "de", "het", "een", "our", "its", "their", "today", "yesterday", "also", "under", "with", "through",
            "and", "but", "in", "on", "at", "for", "by", "as", "new");
    private static final Pattern TRAILING_YEAR = Pattern.compile("\\s+\\d{4}$");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\(([^)]+)\\)");

    private InitiativeSpotter() {
    }

    public static List<InitiativeProposal> spot(String text, Gazetteer gazetteer, Set<String> knownSlugs) {
        List<InitiativeProposal> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Span> taken = new ArrayList<>();
        for (var hit : knownIndex(gazetteer).find(text)) {
            taken.add(new Span(hit.start(), hit.end()));
            if (seen.add(hit.key())) {
                String name = gazetteer.initiatives().stream().filter(i -> i.slug().equals(hit.key())).findFirst()
                        .map(Gazetteer.KnownInitiative::name).orElse(hit.phrase());
                found.add(new InitiativeProposal(name, hit.key(), true, null, hit.start(), hit.end()));
            }
        }
        for (Span name : newNames(text)) {
            String written = name.in(text);
            String slug = Slugs.of(written);
            boolean overlaps = taken.stream().anyMatch(t -> t.overlaps(name.start(), name.end()));
            if (!overlaps && seen.add(slug)) {
                taken.add(name);
                boolean known = knownSlugs.contains(slug);
                found.add(new InitiativeProposal(written, slug, known, known ? null : kind(written), name.start(),
                        name.end()));
            }
        }
        found.sort(java.util.Comparator.comparingInt(InitiativeProposal::start));
        return found;
    }

    private static PhraseIndex<String> knownIndex(Gazetteer gazetteer) {
        PhraseIndex<String> index = new PhraseIndex<>();
        for (var initiative : gazetteer.initiatives()) {
            for (String name : initiative.names()) {
                index.add(name, initiative.slug());
                String withoutYear = TRAILING_YEAR.matcher(name).replaceFirst("");
                if (!withoutYear.equals(name) && PhraseIndex.words(withoutYear).size() >= 2) {
                    index.add(withoutYear, initiative.slug());
                }
                Matcher parenthesis = PARENTHESIS.matcher(name);
                if (parenthesis.find()) {
                    index.add(parenthesis.group(1), initiative.slug());
                    index.add(parenthesis.replaceAll(""), initiative.slug());
                }
            }
        }
        return index;
    }

    private static List<Span> newNames(String text) {
        List<Span> names = new ArrayList<>();
        for (Span quoted : Quotes.quoted(text, 0)) {
            if (quoted.end() > quoted.start() && isQuotedName(text, quoted)) {
                names.add(quoted);
            }
        }
        Matcher capitalised = CAPITALISED.matcher(text);
        while (capitalised.find()) {
            Span name = withoutLeadingWords(text, capitalised.start(), capitalised.end());
            if (name != null && kindWord(name.in(text)) != null) {
                names.add(name);
            }
        }
        names.sort(java.util.Comparator.comparingInt(Span::start));
        return names;
    }

    private static boolean isQuotedName(String text, Span quoted) {
        String name = quoted.in(text);
        List<String> words = PhraseIndex.words(name);
        if (words.isEmpty() || words.size() > 6 || name.length() > 80 || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        long capitalised = words.stream().filter(w -> Character.isUpperCase(w.charAt(0))).count();
        if (capitalised * 2 < words.size()) {
            return false;
        }
        String before = text.substring(Math.max(0, quoted.start() - 40), quoted.start());
        return kindWord(name) != null || CUE_BEFORE.matcher(before).find();
    }

    private static Span withoutLeadingWords(String text, int start, int end) {
        Matcher word = Pattern.compile("[\\p{L}\\p{M}’'-]+\\s*").matcher(text).region(start, end);
        int from = start;
        int words = PhraseIndex.words(text.substring(start, end)).size();
        while (word.lookingAt() && LEADING_WORDS.contains(word.group().strip().toLowerCase(Locale.ROOT))) {
            from = word.end();
            words--;
            word.region(from, end);
        }
        return words >= 2 ? new Span(from, end) : null;
    }

    private static String kindWord(String name) {
        List<String> words = PhraseIndex.words(name);
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        return KIND_WORDS.containsKey(last) ? last : null;
    }

    private static String kind(String name) {
        String word = kindWord(name);
        return word == null ? "project" : KIND_WORDS.get(word);
    }
}
