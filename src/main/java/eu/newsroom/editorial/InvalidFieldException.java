package eu.newsroom.editorial;

/** A form value that passed the form's own checks but not the newsroom's rules; shown next to its field. */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    InvalidFieldException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
