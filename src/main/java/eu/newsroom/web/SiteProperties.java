package eu.newsroom.web;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where readers reach the newsroom: {@code baseUrl} is the scheme, host, port and any path prefix of its public
 * address ({@code https://newsroom.example}), from which every absolute link is built (canonical links, Open Graph,
 * JSON-LD, citations, feeds, the sitemap, export columns, invitation links). Never the request's Host or
 * X-Forwarded-Host, which a client chooses (issue 19 finding 3). The embedded demo mode's default is
 * {@code http://localhost:8080} (application.yaml: the port of {@code PORT}); set {@code NEWSROOM_SITE_BASEURL}
 * for a deployment.
 */
@ConfigurationProperties("newsroom.site")
public record SiteProperties(@DefaultValue("http://localhost:8080") URI baseUrl) {

    public SiteProperties {
        if (!baseUrl.isAbsolute() || !(baseUrl.getScheme().equals("http") || baseUrl.getScheme().equals("https"))
                || baseUrl.getHost() == null || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("newsroom.site.base-url must be an absolute http(s) address without"
                    + " query or fragment, such as https://newsroom.example; it is " + baseUrl);
        }
    }
}
