package eu.newsroom.web;

/**
 * A failure the reader should be told about in their language: a message key of the bundles and
 * its arguments, resolved when the answer is written.
 */
public abstract class ReaderFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected ReaderFacingException(String messageKey, Object... arguments) {
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
