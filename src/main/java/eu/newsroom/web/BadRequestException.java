package eu.newsroom.web;

/** A request the reader can correct: answered 400 with a message from the bundles. */
public class BadRequestException extends ReaderFacingException {

    public BadRequestException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
