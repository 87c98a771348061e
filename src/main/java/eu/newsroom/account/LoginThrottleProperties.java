package eu.newsroom.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the sign-in throttle slows password guessing (docs/security.md): past a number of free failures, each further
 * attempt waits twice as long as the one before, from {@code firstWait} up to {@code longestWait}. Counted per account
 * and address (the owner mistyping, or someone guessing from one place), per address across accounts (one place
 * guessing many accounts), and per account across addresses, which does not apply from an address the account has
 * signed in from within {@code knownAddressesFor}. Failures older than {@code window} no longer count.
 */
@ConfigurationProperties("newsroom.security.login-throttle")
public record LoginThrottleProperties(@DefaultValue("5") int freeFailuresPerAccountAndAddress,
        @DefaultValue("20") int freeFailuresPerAccount, @DefaultValue("20") int freeFailuresPerAddress,
        @DefaultValue("1s") Duration firstWait, @DefaultValue("15m") Duration longestWait,
        @DefaultValue("1h") Duration window, @DefaultValue("180d") Duration knownAddressesFor) {

    public LoginThrottleProperties {
        if (freeFailuresPerAccountAndAddress < 1 || freeFailuresPerAccount < 1 || freeFailuresPerAddress < 1
                || firstWait.isNegative() || firstWait.isZero() || longestWait.compareTo(firstWait) < 0
                || window.compareTo(longestWait) < 0) {
            throw new IllegalArgumentException("newsroom.security.login-throttle: free failures at least 1, and"
                    + " 0 < first-wait <= longest-wait <= window");
        }
    }
}
