package eu.newsroom.web;

/** Nothing public at this address (unknown slug, or an item not yet published): answered 404. */
public class NotFoundException extends ReaderFacingException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
