package eu.newsroom.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The rendered-page cache for anonymous readers ({@link PageCache}). {@code timeToLive} bounds how long a page
 * may be served as rendered: an embargo that ends or an edit made on another node shows after at most this long
 * (an edit on this node shows at once). {@code maxSize} bounds the memory the pages take.
 */
@ConfigurationProperties("newsroom.page-cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("15s") Duration timeToLive,
        @DefaultValue("64MB") DataSize maxSize) {
}
