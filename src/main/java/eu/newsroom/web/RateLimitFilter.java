package eu.newsroom.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Limits each client address on the search pages, the exports and the API with a token bucket per
 * address and route group (Bucket4j): past the limit, 429 with Retry-After. Routes are told by the decoded,
 * normalised path ({@link RequestPath}), as the controllers see it. The address is Tomcat's
 * remote address, which its RemoteIpValve has already taken from X-Forwarded-For behind a trusted proxy.
 * Kept in memory, per node, like the sign-in throttle.
 */
class RateLimitFilter extends OncePerRequestFilter {

    /** Beyond this many tracked clients the table starts afresh: memory stays bounded under a spoofed-address flood. */
    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private enum RouteGroup { SEARCH, EXPORT, API }

    private final RateLimitProperties limits;
    private final Set<String> exempt;
    private final MessageSource messages;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(RateLimitProperties limits, MessageSource messages) {
        this.limits = limits;
        this.exempt = Set.copyOf(limits.exemptAddresses());
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RouteGroup group = groupOf(RequestPath.of(request));
        String address = request.getRemoteAddr();
        if (group != null && !exempt.contains(address)) {
            ConsumptionProbe probe = bucket(group, address).tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long seconds = TooManyRequests.retryAfterSeconds(Duration.ofNanos(probe.getNanosToWaitForRefill()));
                String message = messages.getMessage("error.rateLimited", new Object[] {seconds},
                        RequestContextUtils.getLocale(request));
                TooManyRequests.refuse(request, response, seconds, message);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static RouteGroup groupOf(String path) {
        if (RequestPath.isUnder(path, "/api")) {
            return RouteGroup.API;
        }
        if (RequestPath.isUnder(path, "/exports")) {
            return RouteGroup.EXPORT;
        }
        if (RequestPath.isUnder(path, "/search")) {
            return RouteGroup.SEARCH;
        }
        return null;
    }

    private Bucket bucket(RouteGroup group, String address) {
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(group + " " + address, key -> newBucket(limitOf(group)));
    }

    private RateLimitProperties.Limit limitOf(RouteGroup group) {
        return switch (group) {
            case SEARCH -> limits.search();
            case EXPORT -> limits.export();
            case API -> limits.api();
        };
    }

    private static Bucket newBucket(RateLimitProperties.Limit limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests())
                        .refillGreedy(limit.requests(), limit.period()).build())
                .build();
    }
}
