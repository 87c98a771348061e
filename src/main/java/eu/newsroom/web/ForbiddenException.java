package eu.newsroom.web;

/** An action this signed-in user may not take on this item (for example the four-eyes rule): 403. */
public class ForbiddenException extends ReaderFacingException {

    public ForbiddenException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
