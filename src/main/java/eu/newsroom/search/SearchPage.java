package eu.newsroom.search;

import java.util.List;
import java.util.Map;

/**
 * One page of search results: entries, one per item ({@link ResultEntries}); {@code total}, the facets and the pages
 * count the same entries. {@code complete}: every hit was folded into entries, so {@code total} is exact; otherwise the
 * query has more hits than the search gathers (issue 22) and {@code total} and the facets count the entries among the
 * best hits only: there are at least that many. {@code exactEntries}: how many of the first entries the query itself
 * found; those after them have only some of its words, added below a query that few entries answer (the page draws a
 * divider there); {@code total} when none were added.
 */
record SearchPage(long total, boolean complete, List<Hit> hits, Map<String, Map<String, Long>> facets, List<QueryText.Notice> notices,
        String searchedText, int page, int size, String suggestion, long exactEntries) {

    /** A version of the same item in another language. */
    record Version(String lang, String url) {
    }

    /**
     * One hit, or an entry: an item with its other language versions and the statements of it that matched (up to
     * three, and how many more). {@code markedSnippet} carries the highlight markers {@link Snippets#OPEN} and
     * {@link Snippets#CLOSE}; it never reaches a reader as is.
     */
    record Hit(String type, long id, String externalId, String slug, String lang, String title, String date,
            String markedSnippet, float score, String url, String group, List<Version> otherVersions,
            List<Hit> statements, int moreStatements) {

        Hit(String type, long id, String externalId, String slug, String lang, String title, String date,
                String markedSnippet, float score, String url, String group, List<Version> otherVersions) {
            this(type, id, externalId, slug, lang, title, date, markedSnippet, score, url, group, otherVersions,
                    List.of(), 0);
        }

        Hit withOtherVersions(List<Version> versions) {
            return new Hit(type, id, externalId, slug, lang, title, date, markedSnippet, score, url, group, versions,
                    statements, moreStatements);
        }

        Hit withStatements(List<Hit> shown, int more) {
            return new Hit(type, id, externalId, slug, lang, title, date, markedSnippet, score, url, group,
                    otherVersions, shown, more);
        }

        Hit withScore(float newScore) {
            return new Hit(type, id, externalId, slug, lang, title, date, markedSnippet, newScore, url, group,
                    otherVersions, statements, moreStatements);
        }

        Hit withSnippet(String snippet) {
            return new Hit(type, id, externalId, slug, lang, title, date, snippet, score, url, group, otherVersions,
                    statements, moreStatements);
        }
    }

    public int totalPages() {
        return (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
