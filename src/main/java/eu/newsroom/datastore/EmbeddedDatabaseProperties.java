package eu.newsroom.datastore;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data and which port it listens on (0: any free port).
 * Used only when no {@code spring.datasource.url} is configured.
 */
@ConfigurationProperties("newsroom.embedded-database")
public record EmbeddedDatabaseProperties(@DefaultValue("data/postgres") Path dataDirectory,
        @DefaultValue("0") int port) {
}
