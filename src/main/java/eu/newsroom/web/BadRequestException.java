package eu.newsroom.web;

/**
 * A request the reader can correct: answered 400 with a message from the message bundles
 * (the key and its arguments), in the reader's language.
 */
public class BadRequestException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BadRequestException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
