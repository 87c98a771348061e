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
import java.util.stream.Stream;

/**
 * Slows password guessing without locking the owner out (issue 19 finding 8: five wrong passwords from anywhere
 * used to block the right one for 15 minutes everywhere, the chief editor's included). Failures are counted per
 * account and address, per address, and per account; past a number of free failures, the next attempt of that kind
 * waits, twice as long after each further failure ({@link LoginThrottleProperties}). The count per account does not
 * apply from an address the account has signed in from before ({@link SignInAddresses}): whoever guesses from
 * elsewhere is slowed, its owner at their usual place is not. Kept in memory, per node (docs/security.md).
 */
public class LoginThrottle {

    /** Beyond this many keys in one table, the stale ones are dropped (memory stays bounded under a flood). */
    private static final int MAX_KEYS = 100_000;

    private final LoginThrottleProperties limits;
    private final Clock clock;
    private final SignInAddresses addresses;
    private final Map<String, Deque<Instant>> byAccountAndAddress = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();

    LoginThrottle(LoginThrottleProperties limits, Clock clock, SignInAddresses addresses) {
        this.limits = limits;
        this.clock = clock;
        this.addresses = addresses;
    }

    /** How long a sign-in for this account from this address must wait; empty when it may go ahead. */
    public Optional<Duration> waitBefore(String username, String address) {
        Instant now = clock.instant();
        String account = key(username);
        Optional<Duration> pair = wait(byAccountAndAddress, pairKey(account, address), limits.freeFailuresPerAccountAndAddress(), now);
        Optional<Duration> client = wait(byAddress, address, limits.freeFailuresPerAddress(), now);
        Optional<Duration> accountWide = wait(byAccount, account, limits.freeFailuresPerAccount(), now);
        // asked only while the account is slowed: the owner's usual address is let through
        if (accountWide.isPresent() && addresses.known(account, address)) {
            accountWide = Optional.empty();
        }
        return Stream.of(pair, client, accountWide).flatMap(Optional::stream).max(Duration::compareTo);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        String account = key(username);
        record(byAccountAndAddress, pairKey(account, address), now);
        record(byAccount, account, now);
        record(byAddress, address, now);
    }

    /**
     * A successful sign-in clears the failures of the account from that address and remembers the address as the
     * owner's (not the account's failures from elsewhere, nor the address's: others may share it).
     */
    public void succeeded(String username, String address) {
        String account = key(username);
        String pair = pairKey(account, address);
        if (pair != null) {
            byAccountAndAddress.remove(pair);
        }
        if (account != null && address != null) {
            addresses.signedIn(account, address);
        }
    }

    private Optional<Duration> wait(Map<String, Deque<Instant>> failures, String key, int free, Instant now) {
        if (key == null) {
            return Optional.empty();
        }
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < free) {
                return Optional.empty();
            }
            Instant until = times.peekLast().plus(backOff(times.size() - free));
            return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
        }
    }

    /** The wait after the n-th failure beyond the free ones (0 for the first): doubling, up to the longest. */
    private Duration backOff(int beyondFree) {
        Duration longest = limits.longestWait();
        Duration wait = limits.firstWait();
        for (int i = 0; i < beyondFree && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    private void record(Map<String, Deque<Instant>> failures, String key, Instant now) {
        if (key == null) {
            return;
        }
        if (failures.size() > MAX_KEYS) {
            dropStale(failures, now);
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private void dropStale(Map<String, Deque<Instant>> failures, Instant now) {
        failures.values().removeIf(times -> {
            synchronized (times) {
                prune(times, now);
                return times.isEmpty();
            }
        });
        if (failures.size() > MAX_KEYS) {
            failures.clear();
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant start = now.minus(limits.window());
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
    }

    private static String pairKey(String account, String address) {
        return account == null || address == null ? null : account + " " + address;
    }

    private static String key(String username) {
        return username == null || username.isBlank() ? null : username.strip().toLowerCase(Locale.ROOT);
    }
}
