package eu.newsroom.editorial;

/**
 * Someone else saved the item after this editor opened it. Carries the stored state, so the
 * editor sees both versions and merges instead of overwriting.
 */
public class EditConflictException extends RuntimeException {

    private final transient BriefingSnapshot stored;
    private final long storedVersion;
    private final String storedBy;

    EditConflictException(BriefingSnapshot stored, long storedVersion, String storedBy) {
        super("edit conflict at version " + storedVersion);
        this.stored = stored;
        this.storedVersion = storedVersion;
        this.storedBy = storedBy;
    }

    public BriefingSnapshot stored() {
        return stored;
    }

    public long storedVersion() {
        return storedVersion;
    }

    public String storedBy() {
        return storedBy;
    }
}
