package eu.newsroom.editorial;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Editorial rules of this newsroom.
 *
 * @param fourEyes when true, an item is published or scheduled by a different editor than the one who last wrote it
 * @param publicationCheck how often the job looks for scheduled items whose time has come
 */
@ConfigurationProperties("newsroom.editorial")
public record EditorialProperties(@DefaultValue("false") boolean fourEyes,
        @DefaultValue("30s") Duration publicationCheck) {
}
