package eu.newsroom.shared;

import java.util.Locale;

/** What someone's save did to an item they wrote: its revision and its audit entry say which. */
public enum Edit {
    CREATED, SAVED, REMOVED;

    /** The audit log's action for an item of this kind, e.g. {@code statement.created}. */
    public String action(String kind) {
        return kind + "." + name().toLowerCase(Locale.ROOT);
    }
}
