package eu.newsroom.portal;

import eu.newsroom.web.ErrorAnswer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Filters bound as a record (see {@link StatementQuery}) report a value of the wrong type, such as a date
 * that is not YYYY-MM-DD, as a 400 naming the parameter, like a single request parameter would.
 */
@ControllerAdvice(basePackageClasses = BindingErrorAdvice.class)
class BindingErrorAdvice {

    private final MessageSource messages;

    BindingErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BindException.class)
    void wrongValue(BindException e, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        var field = e.getFieldError();
        String name = field == null ? "?" : field.getField();
        String key = field != null && field.getField().matches("from|to") ? "error.param.date" : "error.param.value";
        ErrorAnswer.send(request, response, 400, messages.getMessage(key, new Object[] {name}, locale));
    }
}
