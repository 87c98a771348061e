package eu.newsroom.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns the reader's mistakes into a 4xx with a clear message in their language. The response goes
 * through Spring Boot's error handling, which renders the error page for browsers and JSON for the API.
 */
@ControllerAdvice
class RequestErrorAdvice {

    private final MessageSource messages;

    RequestErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BadRequestException.class)
    void badRequest(BadRequestException e, HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        ErrorAnswer.send(request, response, 400, messages.getMessage(e.getMessageKey(), e.getArguments(), locale));
    }

    @ExceptionHandler(NotFoundException.class)
    void notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        ErrorAnswer.send(request, response, 404, messages.getMessage(e.getMessageKey(), e.getArguments(), locale));
    }

    @ExceptionHandler(ConflictException.class)
    void conflict(ConflictException e, HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        ErrorAnswer.send(request, response, 409, messages.getMessage(e.getMessageKey(), e.getArguments(), locale));
    }

    @ExceptionHandler(ForbiddenException.class)
    void forbidden(ForbiddenException e, HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        ErrorAnswer.send(request, response, 403, messages.getMessage(e.getMessageKey(), e.getArguments(), locale));
    }

    @ExceptionHandler(TooManyRequestsException.class)
    void tooMany(TooManyRequestsException e, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        TooManyRequests.refuse(request, response, e.getRetryAfterSeconds(),
                messages.getMessage(e.getMessageKey(), e.getArguments(), locale));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void wrongType(MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        Class<?> type = e.getRequiredType();
        String expected = type == null ? "value" : type.getSimpleName();
        String key = switch (expected) {
            case "LocalDate" -> "error.param.date";
            case "int", "Integer", "long", "Long" -> "error.param.number";
            default -> "error.param.value";
        };
        ErrorAnswer.send(request, response, 400, messages.getMessage(key, new Object[] {e.getName()}, locale));
    }

    /** Percent-escapes in the address or a form that are not UTF-8 ({@code ?q=%ff%fe}): Tomcat's message quotes them. */
    @ExceptionHandler(InvalidParameterException.class)
    void undecodable(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        ErrorAnswer.send(request, response, 400, messages.getMessage("error.param.undecodable", null, locale));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    void missing(MissingServletRequestParameterException e, HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        ErrorAnswer.send(request, response, 400, messages.getMessage("error.param.missing", new Object[] {e.getParameterName()}, locale));
    }
}
