package eu.newsroom.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
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
    void badRequest(BadRequestException e, HttpServletResponse response, Locale locale) throws IOException {
        response.sendError(400, messages.getMessage(e.getMessageKey(), e.getArguments(), locale));
    }

    @ExceptionHandler(NotFoundException.class)
    void notFound(NotFoundException e, HttpServletResponse response, Locale locale) throws IOException {
        response.sendError(404, messages.getMessage(e.getMessageKey(), e.getArguments(), locale));
    }

    @ExceptionHandler(ConflictException.class)
    void conflict(ConflictException e, HttpServletResponse response, Locale locale) throws IOException {
        response.sendError(409, messages.getMessage(e.getMessageKey(), e.getArguments(), locale));
    }

    @ExceptionHandler(ForbiddenException.class)
    void forbidden(ForbiddenException e, HttpServletResponse response, Locale locale) throws IOException {
        response.sendError(403, messages.getMessage(e.getMessageKey(), e.getArguments(), locale));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void wrongType(MethodArgumentTypeMismatchException e, HttpServletResponse response, Locale locale) throws IOException {
        Class<?> type = e.getRequiredType();
        String expected = type == null ? "value" : type.getSimpleName();
        String key = switch (expected) {
            case "LocalDate" -> "error.param.date";
            case "int", "Integer", "long", "Long" -> "error.param.number";
            default -> "error.param.value";
        };
        response.sendError(400, messages.getMessage(key, new Object[] {e.getName()}, locale));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    void missing(MissingServletRequestParameterException e, HttpServletResponse response, Locale locale) throws IOException {
        response.sendError(400, messages.getMessage("error.param.missing", new Object[] {e.getParameterName()}, locale));
    }
}
