package eu.newsroom.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * The one way the newsroom refuses a client that asks too often (sign-in throttling, request rate
 * limits): 429 with Retry-After in whole seconds, and a message that Boot's error handling renders as
 * the error page for browsers and as JSON for the API.
 */
public final class TooManyRequests {

    private TooManyRequests() {
    }

    /** Whole seconds to wait, rounded up and at least one: a client retrying at once would be refused again. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    public static void refuse(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds,
            String message) throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        ErrorAnswer.send(request, response, 429, message);
    }
}
