package eu.newsroom.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per client and kind of request: a client address for the search pages, the exports and the
 * API; a signed-in account for its own pages (/me); the owner's account for private feeds. Generous: a person never
 * meets them; a script in a loop does. Kept in memory, per node, like the sign-in throttle.
 */
@Component
public class RateLimits {

    /** What is limited, each with its own limit in {@link RateLimitProperties}. */
    public enum Kind { SEARCH, EXPORT, API, ACCOUNT_PAGES, PRIVATE_FEED }

    /** Beyond this many tracked clients the table starts afresh: memory stays bounded under a spoofed-address flood. */
    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private final RateLimitProperties limits;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimits(RateLimitProperties limits) {
        this.limits = limits;
    }

    /** Takes one request of this client; empty when it may go ahead, otherwise how long until it may. */
    public Optional<Duration> take(Kind kind, String client) {
        if (!limits.enabled() || client == null) {
            return Optional.empty();
        }
        ConsumptionProbe probe = bucket(kind, client).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Whether a client address is never limited (a monitoring host, say). */
    boolean exempt(String address) {
        return limits.exemptAddresses().contains(address);
    }

    private Bucket bucket(Kind kind, String client) {
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(kind + " " + client, key -> newBucket(limitOf(kind)));
    }

    private RateLimitProperties.Limit limitOf(Kind kind) {
        return switch (kind) {
            case SEARCH -> limits.search();
            case EXPORT -> limits.export();
            case API -> limits.api();
            case ACCOUNT_PAGES -> limits.account();
            case PRIVATE_FEED -> limits.privateFeed();
        };
    }

    private static Bucket newBucket(RateLimitProperties.Limit limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests())
                        .refillGreedy(limit.requests(), limit.period()).build())
                .build();
    }
}
