package eu.newsroom.web;

/** Nothing public at this address (unknown slug, or an item not yet published): answered 404. */
public class NotFoundException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public NotFoundException(String messageKey, Object... arguments) {
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
