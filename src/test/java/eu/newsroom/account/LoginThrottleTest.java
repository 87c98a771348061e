package eu.newsroom.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sign-in throttle on its own: back-off per account and address, per address, per account; a clock the test moves. */
class LoginThrottleTest {

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2025-12-01T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Sign-in addresses in a set, as the stored ones would answer. */
    static final class RememberedAddresses implements SignInAddresses {
        final Set<String> known = new HashSet<>();

        @Override
        public boolean known(String username, String address) {
            return known.contains(username + " " + address);
        }

        @Override
        public void signedIn(String username, String address) {
            known.add(username + " " + address);
        }
    }

    private final MovableClock clock = new MovableClock();
    private final RememberedAddresses addresses = new RememberedAddresses();
    /** 3 free failures per account and address, 6 per account, 10 per address; waits of 1 s doubling to 1 min. */
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(3, 6, 10, Duration.ofSeconds(1),
            Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(180)), clock, addresses);

    private void failTimes(int times, String username, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    @Test
    void pastTheFreeFailuresEachAttemptWaitsTwiceAsLongAsTheOneBeforeUpToTheLongestWait() {
        failTimes(2, "Editor@Example.org", "10.0.0.1");
        assertThat(throttle.waitBefore("editor@example.org", "10.0.0.1")).isEmpty();
        throttle.failed("editor@example.org", "10.0.0.1");
        assertThat(throttle.waitBefore("editor@example.org", "10.0.0.1")).hasValue(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("editor@example.org", "10.0.0.1")).isEmpty();
        for (long expected : new long[] {2, 4, 8, 16, 32, 60, 60}) {
            throttle.failed("editor@example.org", "10.0.0.1");
            assertThat(throttle.waitBefore("editor@example.org", "10.0.0.1")).hasValue(Duration.ofSeconds(expected));
            clock.advance(Duration.ofSeconds(expected));
        }
    }

    @Test
    void failuresFromOneAddressDoNotSlowTheAccountElsewhereUntilTheAccountWideLimit() {
        failTimes(5, "chief@example.org", "203.0.113.1");
        assertThat(throttle.waitBefore("chief@example.org", "203.0.113.1")).isPresent();
        assertThat(throttle.waitBefore("chief@example.org", "198.51.100.7")).as("another address").isEmpty();
    }

    @Test
    void pastTheAccountWideLimitOnlyAddressesTheOwnerSignedInFromBeforeAreAdmitted() {
        throttle.succeeded("chief@example.org", "198.51.100.7");
        for (int i = 1; i <= 6; i++) {
            throttle.failed("chief@example.org", "203.0.113." + i);
        }
        assertThat(throttle.waitBefore("chief@example.org", "192.0.2.99")).as("an address never used").isPresent();
        assertThat(throttle.waitBefore("chief@example.org", "198.51.100.7")).as("the owner's usual address").isEmpty();
        assertThat(throttle.waitBefore("other@example.org", "192.0.2.99")).as("another account").isEmpty();
    }

    @Test
    void anAddressGuessingManyAccountsIsSlowedOnAllOfThem() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("user" + i + "@example.org", "192.0.2.7");
        }
        assertThat(throttle.waitBefore("fresh@example.org", "192.0.2.7")).isPresent();
        assertThat(throttle.waitBefore("fresh@example.org", "192.0.2.8")).isEmpty();
    }

    @Test
    void aSuccessClearsTheFailuresFromThatAddressAndRemembersIt() {
        failTimes(3, "editor@example.org", "10.0.0.1");
        throttle.succeeded("editor@example.org", "10.0.0.1");
        assertThat(throttle.waitBefore("editor@example.org", "10.0.0.1")).isEmpty();
        assertThat(addresses.known("editor@example.org", "10.0.0.1")).isTrue();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        failTimes(3, "editor@example.org", "10.0.0.1");
        clock.advance(Duration.ofMinutes(61));
        throttle.failed("editor@example.org", "10.0.0.1");
        assertThat(throttle.waitBefore("editor@example.org", "10.0.0.1")).isEmpty();
    }
}
