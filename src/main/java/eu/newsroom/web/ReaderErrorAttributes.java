package eu.newsroom.web;

import java.util.Map;
import java.util.Set;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * What an error page or a JSON error says: the status, its name, the path, and a message that is either the
 * newsroom's own ({@link ErrorAnswer}, or the reason of a {@link ResponseStatusException} a controller threw) or a
 * plain sentence for the status in the reader's language. Boot would otherwise show the message of whatever
 * exception ended the request: SQL of a failed query, Tomcat's "maxPostSize" advice, a form body it could not
 * decode, "No static resource ...".
 */
@Component
class ReaderErrorAttributes extends DefaultErrorAttributes {

    /** Statuses with a sentence of their own in the bundles ({@code error.detail.<status>}). */
    private static final Set<Integer> DESCRIBED = Set.of(400, 401, 403, 404, 405, 406, 409, 413, 414, 415, 429, 431, 503);

    private final MessageSource messages;

    ReaderErrorAttributes(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request,
                options.excluding(ErrorAttributeOptions.Include.MESSAGE, ErrorAttributeOptions.Include.EXCEPTION,
                        ErrorAttributeOptions.Include.STACK_TRACE, ErrorAttributeOptions.Include.BINDING_ERRORS));
        int status = attributes.get("status") instanceof Integer code ? code : 500;
        attributes.put("message", message(request, status));
        return attributes;
    }

    private String message(WebRequest request, int status) {
        if (request.getAttribute(ErrorAnswer.MESSAGE, RequestAttributes.SCOPE_REQUEST) instanceof String ours) {
            return ours;
        }
        // a controller's own refusal with its reason (the reason is the controller's text, not an exception's)
        if (getError(request) instanceof ResponseStatusException refusal && refusal.getClass() == ResponseStatusException.class
                && refusal.getReason() != null) {
            return refusal.getReason();
        }
        return plain(status);
    }

    /** The sentence for a status in the reader's language. */
    String plain(int status) {
        String key = DESCRIBED.contains(status) ? "error.detail." + status : status >= 500 ? "error.generic" : "error.detail.4xx";
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
