package eu.newsroom.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How many failed sign-ins an account, or a client address, may have in a window before it must wait. */
@ConfigurationProperties("newsroom.security.login-throttle")
public record LoginThrottleProperties(@DefaultValue("5") int maxFailuresPerAccount,
        @DefaultValue("20") int maxFailuresPerAddress, @DefaultValue("15m") Duration window) {
}
