package eu.newsroom.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a session lives: it ends after {@code idleTimeout} without a request, and in any case
 * {@code absoluteTimeout} after sign-in, however busy it has been.
 */
@ConfigurationProperties("newsroom.security.session")
public record SessionTimeoutProperties(@DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("8h") Duration absoluteTimeout) {

    public SessionTimeoutProperties {
        if (idleTimeout.toSeconds() < 1 || absoluteTimeout.compareTo(idleTimeout) < 0) {
            throw new IllegalArgumentException("newsroom.security.session: the idle time-out must be at least 1s"
                    + " and the absolute time-out at least as long");
        }
    }
}
