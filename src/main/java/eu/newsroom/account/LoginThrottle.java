package eu.newsroom.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per account and per client address in a sliding window. Past the limit,
 * sign-ins for that account or from that address are refused until the oldest failure leaves the
 * window: guessing passwords becomes too slow to pay. Kept in memory, per node (see docs/security.md).
 */
public class LoginThrottle {

    private final LoginThrottleProperties limits;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failuresByAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    public LoginThrottle(LoginThrottleProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long a sign-in for this account from this address must wait; empty when it may go ahead. */
    public Optional<Duration> waitBefore(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> account = wait(failuresByAccount, key(username), limits.maxFailuresPerAccount(), now);
        Optional<Duration> client = wait(failuresByAddress, address, limits.maxFailuresPerAddress(), now);
        if (account.isPresent() && client.isPresent()) {
            return Optional.of(account.get().compareTo(client.get()) > 0 ? account.get() : client.get());
        }
        return account.isPresent() ? account : client;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        record(failuresByAccount, key(username), now);
        record(failuresByAddress, address, now);
    }

    /** A successful sign-in clears the account's failures (not the address's: others may share it). */
    public void succeeded(String username) {
        failuresByAccount.remove(key(username));
    }

    private Optional<Duration> wait(Map<String, Deque<Instant>> failures, String key, int limit, Instant now) {
        if (key == null) {
            return Optional.empty();
        }
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(limits.window())));
        }
    }

    private void record(Map<String, Deque<Instant>> failures, String key, Instant now) {
        if (key == null) {
            return;
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant start = now.minus(limits.window());
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
    }

    private static String key(String username) {
        return username == null || username.isBlank() ? null : username.strip().toLowerCase(Locale.ROOT);
    }
}
