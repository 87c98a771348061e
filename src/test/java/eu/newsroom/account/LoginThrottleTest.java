package eu.newsroom.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The sliding-window throttle on its own, with a clock the test moves. */
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

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(3, 5, Duration.ofMinutes(15)), clock);

    @Test
    void anAccountWaitsAfterTooManyFailuresUntilTheOldestLeavesTheWindow() {
        throttle.failed("Editor@Example.org", "10.0.0.1");
        clock.advance(Duration.ofMinutes(5));
        throttle.failed("editor@example.org", "10.0.0.2");
        assertThat(throttle.waitBefore("editor@example.org", "10.0.0.3")).isEmpty();
        throttle.failed("editor@example.org", "10.0.0.3");
        assertThat(throttle.waitBefore("editor@example.org", "10.0.0.4")).hasValue(Duration.ofMinutes(10));
        assertThat(throttle.waitBefore("other@example.org", "10.0.0.4")).isEmpty();
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.waitBefore("editor@example.org", "10.0.0.4")).isEmpty();
    }

    @Test
    void anAddressWaitsAfterTooManyFailuresAcrossAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i + "@example.org", "192.0.2.7");
        }
        assertThat(throttle.waitBefore("fresh@example.org", "192.0.2.7")).isPresent();
        assertThat(throttle.waitBefore("fresh@example.org", "192.0.2.8")).isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountsFailures() {
        throttle.failed("editor@example.org", "10.0.0.1");
        throttle.failed("editor@example.org", "10.0.0.1");
        throttle.succeeded("editor@example.org");
        throttle.failed("editor@example.org", "10.0.0.1");
        assertThat(throttle.waitBefore("editor@example.org", "10.0.0.9")).isEmpty();
    }
}
