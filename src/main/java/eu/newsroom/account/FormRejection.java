package eu.newsroom.account;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.BindingResult;

/**
 * An account form that cannot be carried out as filled in: per field, the message key to show next
 * to it. Thrown before anything is changed, so the transaction may still commit (and keep the audit
 * record of a failed re-authentication).
 */
class FormRejection extends RuntimeException {

    private final Map<String, String> errors;

    FormRejection(Map<String, String> errors) {
        super(errors.toString());
        this.errors = Map.copyOf(errors);
    }

    FormRejection(String field, String messageKey) {
        this(Map.of(field, messageKey));
    }

    /** Marks each rejected field of the form, for the view to show the messages next to them. */
    void markOn(BindingResult form) {
        errors.forEach((field, key) -> form.rejectValue(field, key));
    }

    /** Collects the rejected fields of a form, the first message per field, and throws them together. */
    static final class Collector {

        private final Map<String, String> errors = new LinkedHashMap<>();

        Collector reject(String field, String messageKey) {
            errors.putIfAbsent(field, messageKey);
            return this;
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new FormRejection(errors);
            }
        }
    }
}
