package eu.newsroom.search;

import eu.newsroom.search.internal.SearchFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hits of the index folded into the entries a reader sees (issue 17): one entry per item. A briefing's language
 * versions and its statements found by the query are one entry, at the place of its best-ranked hit; it shows one
 * version (the reader's language if found and not far below the best-ranked version, else the best-ranked one) with the others as "also in", and up to
 * {@link #STATEMENTS_SHOWN} of its statements (one per statement, in the shown version's language where found) with
 * how many more. A statement is an entry of its own only when no version of its briefing matched; the other
 * statements of that briefing go under it. An initiative is an entry of its own. Totals, facets and pages count
 * these entries.
 */
final class ResultEntries {

    static final int STATEMENTS_SHOWN = 3;
    /**
     * The version in the reader's language is shown when it scores at least this share of the best version: a version
     * matched only through translations (weight 0.5 or less of a word's own match) scores less.
     */
    static final float READER_LANGUAGE_SHARE = 0.5f;

    private ResultEntries() {
    }

    /** The key of the entry a hit belongs to: its translation group, or the initiative. */
    static String entryKey(SearchPage.Hit hit) {
        return SearchFields.entryKey(hit.type(), hit.id(), hit.group());
    }

    /** Entries in the order of their best-ranked hit. */
    static List<SearchPage.Hit> fold(List<SearchPage.Hit> ranked, String readerLanguage) {
        Map<String, List<SearchPage.Hit>> byEntry = new LinkedHashMap<>();
        for (SearchPage.Hit hit : ranked) {
            byEntry.computeIfAbsent(entryKey(hit), k -> new ArrayList<>()).add(hit);
        }
        List<SearchPage.Hit> entries = new ArrayList<>(byEntry.size());
        byEntry.values().forEach(hits -> entries.add(entry(hits, readerLanguage)));
        return entries;
    }

    private static SearchPage.Hit entry(List<SearchPage.Hit> hits, String readerLanguage) {
        List<SearchPage.Hit> briefings = hits.stream().filter(h -> h.type().equals("briefing")).toList();
        List<SearchPage.Hit> statements = hits.stream().filter(h -> h.type().equals("statement")).toList();
        if (briefings.isEmpty() && statements.isEmpty()) {
            return hits.get(0);
        }
        List<SearchPage.Hit> versions = briefings.isEmpty() ? statements : briefings;
        // the reader's language, unless another version matches the query far better: then the query is in that
        // version's language, and the reader's version was found only through translations ("Koalition" under an
        // English interface shows the German item, with the English one as "also in")
        SearchPage.Hit head = inLanguage(versions, readerLanguage);
        if (head == null || head.score() < versions.get(0).score() * READER_LANGUAGE_SHARE) {
            head = versions.get(0);
        }
        SearchPage.Hit shown = head;
        List<SearchPage.Version> others = versions.stream()
                .filter(h -> h != shown && (briefings.isEmpty() ? h.group().equals(shown.group()) : true))
                .filter(h -> h.lang() != null && !h.lang().equals(shown.lang()))
                .map(h -> new SearchPage.Version(h.lang(), h.url())).distinct().toList();
        // one statement per position in the briefing (its versions are the same statement), in the head's language
        // where that version matched, the head itself left out
        Map<String, List<SearchPage.Hit>> byPosition = new LinkedHashMap<>();
        statements.stream().filter(s -> !s.group().equals(shown.group()) || !shown.type().equals("statement"))
                .forEach(s -> byPosition.computeIfAbsent(s.group(), k -> new ArrayList<>()).add(s));
        List<SearchPage.Hit> under = new ArrayList<>();
        for (List<SearchPage.Hit> sameStatement : byPosition.values()) {
            SearchPage.Hit version = inLanguage(sameStatement,
                    head.lang() == null ? null : SearchFields.primaryLanguage(head.lang()));
            under.add(version != null ? version : sameStatement.get(0));
        }
        int more = Math.max(0, under.size() - STATEMENTS_SHOWN);
        return head.withOtherVersions(others).withStatements(List.copyOf(under.subList(0, Math.min(under.size(),
                STATEMENTS_SHOWN))), more);
    }

    /**
     * The first hit in a primary language ("de"): the reader's ({@link java.util.Locale#getLanguage}, never a raw
     * Accept-Language tag) or a hit's own, parsed by {@link SearchFields#primaryLanguage}.
     */
    private static SearchPage.Hit inLanguage(List<SearchPage.Hit> hits, String primary) {
        if (primary == null) {
            return null;
        }
        return hits.stream().filter(h -> h.lang() != null && SearchFields.primaryLanguage(h.lang()).equals(primary))
                .findFirst().orElse(null);
    }

    /** Facets over entries: type, language and year of the version shown; each adds up to the number of entries. */
    static Map<String, Map<String, Long>> facets(List<SearchPage.Hit> entries) {
        Map<String, Long> types = new LinkedHashMap<>();
        Map<String, Long> languages = new LinkedHashMap<>();
        Map<String, Long> years = new LinkedHashMap<>();
        for (SearchPage.Hit entry : entries) {
            types.merge(entry.type(), 1L, Long::sum);
            if (entry.lang() != null) {
                languages.merge(entry.lang(), 1L, Long::sum);
            }
            if (entry.date() != null) {
                years.merge(entry.date().substring(0, 4), 1L, Long::sum);
            }
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        facets.put("type", byCount(types, false));
        facets.put("lang", byCount(languages, false));
        facets.put("year", byCount(years, true));
        return facets;
    }

    private static Map<String, Long> byCount(Map<String, Long> counts, boolean byKeyDescending) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(byKeyDescending ? Map.Entry.<String, Long>comparingByKey().reversed()
                        : Map.Entry.<String, Long>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The ids of every hit an entry shows (itself and its statements), for snippets. */
    static Set<SearchPage.Hit> shown(List<SearchPage.Hit> entries) {
        Set<SearchPage.Hit> shown = new LinkedHashSet<>();
        entries.forEach(e -> {
            shown.add(e);
            shown.addAll(e.statements());
        });
        return shown;
    }
}
