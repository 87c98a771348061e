package eu.newsroom.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests one client address may make to the costly routes (search pages, exports, the API) in a period;
 * how many one signed-in account may make to its own pages under /me ({@code account}); how many the private feeds of
 * one account may answer ({@code privateFeed}, whoever holds their addresses). Generous: a person reading and
 * searching never meets them; a script in a loop does. Addresses in {@code exemptAddresses} (a monitoring host, say)
 * are never limited by address; the limits per account apply whatever the address.
 */
@ConfigurationProperties("newsroom.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
        Limit search, Limit export, Limit api, Limit account, Limit privateFeed, @DefaultValue List<String> exemptAddresses) {

    public RateLimitProperties {
        search = search != null ? search : new Limit(120, Duration.ofMinutes(1));
        export = export != null ? export : new Limit(30, Duration.ofMinutes(1));
        api = api != null ? api : new Limit(600, Duration.ofMinutes(1));
        account = account != null ? account : new Limit(60, Duration.ofMinutes(1));
        privateFeed = privateFeed != null ? privateFeed : new Limit(300, Duration.ofHours(1));
    }

    /** At most {@code requests} in any {@code period}, refilled smoothly over it. */
    public record Limit(int requests, Duration period) {
    }
}
