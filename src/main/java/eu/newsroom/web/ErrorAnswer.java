package eu.newsroom.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The one way the newsroom answers an error with a message of its own: the message (from the bundles, written
 * for the reader) is marked as the newsroom's, and Boot's error handling renders it as the error page or as JSON.
 * Any other message an error carries (an exception's, the servlet container's, a framework's) is never shown:
 * {@link ReaderErrorAttributes} puts a plain one for the status in its place, so no answer echoes SQL, class
 * names, container settings or the request's own body.
 */
public final class ErrorAnswer {

    static final String MESSAGE = ErrorAnswer.class.getName() + ".MESSAGE";

    private ErrorAnswer() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        request.setAttribute(MESSAGE, message);
        response.sendError(status, message);
    }
}
