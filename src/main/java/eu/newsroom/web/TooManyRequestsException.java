package eu.newsroom.web;

import java.time.Duration;

/** A client asked too often ({@link RateLimits}): 429 with Retry-After and the message of the key, resolved with the seconds. */
public class TooManyRequestsException extends ReaderFacingException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(String messageKey, Duration wait) {
        this(messageKey, TooManyRequests.retryAfterSeconds(wait));
    }

    private TooManyRequestsException(String messageKey, long retryAfterSeconds) {
        super(messageKey, retryAfterSeconds);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long getRetryAfterSeconds() {
        return retryAfterSeconds;
    }
}
