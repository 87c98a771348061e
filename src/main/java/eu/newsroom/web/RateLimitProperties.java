package eu.newsroom.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests one client address may make to the costly routes (search pages, exports, the API)
 * in a period. Generous: a person reading and searching never meets them; a scraper in a loop does.
 * Addresses in {@code exemptAddresses} (a monitoring host, say) are never limited.
 */
@ConfigurationProperties("newsroom.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
        Limit search, Limit export, Limit api, @DefaultValue List<String> exemptAddresses) {

    public RateLimitProperties {
        search = search != null ? search : new Limit(120, Duration.ofMinutes(1));
        export = export != null ? export : new Limit(30, Duration.ofMinutes(1));
        api = api != null ? api : new Limit(600, Duration.ofMinutes(1));
    }

    /** At most {@code requests} in any {@code period}, refilled smoothly over it. */
    public record Limit(int requests, Duration period) {
    }
}
