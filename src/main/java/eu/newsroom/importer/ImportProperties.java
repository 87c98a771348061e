package eu.newsroom.importer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Import settings: the largest body the import API accepts, and whether the demo corpus bundled
 * with the app (db/demo) is loaded at start (by default in embedded demo mode only).
 */
@ConfigurationProperties("newsroom.import")
public record ImportProperties(@DefaultValue("64MB") DataSize maxBody, Boolean loadDemoCorpus) {
}
