package eu.newsroom.visibility;

/**
 * Who reads, as far as visibility goes. Roles include the ones before them (journalist, analyst, editor, chief
 * editor), so an analyst or editor reads as an accredited journalist does: embargoed items included.
 */
public enum Audience {
    ANONYMOUS, JOURNALIST, ANALYST;

    /** Whether this reader sees published items before their embargo ends. */
    public boolean seesEmbargoed() {
        return this != ANONYMOUS;
    }
}
