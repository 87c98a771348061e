package eu.newsroom.web;

/**
 * The Atom feed that follows what a page shows. A controller puts it in the model as {@code feed};
 * the layout announces it in the head ({@code <link rel="alternate" type="application/atom+xml">})
 * and the page shows a visible "Follow" link with {@code fragments :: follow(${feed})}.
 */
public record PageFeed(String path, String title) {

    public static final String MODEL_ATTRIBUTE = "feed";

    public PageFeed {
        if (!path.startsWith("/feeds/")) {
            throw new IllegalArgumentException("a page feed is one of the newsroom's feeds: " + path);
        }
    }
}
