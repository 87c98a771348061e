package eu.newsroom.web;

import org.springframework.stereotype.Component;

/**
 * The one place that builds the newsroom's absolute addresses and permalinks, from the configured public base
 * address ({@link SiteProperties}): a page kept by the page cache, a feed or a mail then never carries a host a
 * client put in its request.
 */
@Component
public class PublicLinks {

    private final String base;

    PublicLinks(SiteProperties site) {
        String url = site.baseUrl().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The public base address without a trailing slash: {@code https://newsroom.example}. */
    public String base() {
        return base;
    }

    /** The absolute address of an application path ({@code /briefings/x} to {@code https://newsroom.example/briefings/x}). */
    public String absolute(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("an application path starts with /: " + path);
        }
        return base + path;
    }

    /** A briefing's permalink path: {@code /briefings/{slug}}. */
    public static String briefingPath(String slug) {
        return "/briefings/" + slug;
    }

    /** A briefing's absolute permalink. */
    public String briefing(String slug) {
        return absolute(briefingPath(slug));
    }
}
