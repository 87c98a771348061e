package eu.newsroom.watch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a reader's worked-out list of saved searches is kept when nothing changes ({@link SavedSearchListings}):
 * the longest a "new since last visit" count can lag behind what time alone changes (an embargo that ends).
 */
@ConfigurationProperties("newsroom.saved-searches")
public record SavedSearchProperties(@DefaultValue("30s") Duration listsKeptFor) {
}
