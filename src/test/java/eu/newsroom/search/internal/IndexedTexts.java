package eu.newsroom.search.internal;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.statement.Statement;

/** For tests outside this package: the text an entity puts into its language's text field ({@link SearchDocument}). */
public final class IndexedTexts {

    private IndexedTexts() {
    }

    public static String of(Object entity) {
        if (entity instanceof Briefing b) {
            return SearchDocument.of(b).text();
        }
        if (entity instanceof Statement s) {
            return SearchDocument.of(s).text();
        }
        if (entity instanceof Initiative i) {
            // the text does not depend on whether the initiative is public yet
            return SearchDocument.of(i, id -> true).text();
        }
        throw new IllegalArgumentException("not indexed: " + entity);
    }
}
