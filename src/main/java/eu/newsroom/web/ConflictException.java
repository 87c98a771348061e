package eu.newsroom.web;

/** A request that clashes with the item's current state (a stale page, a step the workflow does not allow): 409. */
public class ConflictException extends ReaderFacingException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
