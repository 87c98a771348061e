package eu.newsroom.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a shared or cited briefing tells machines: Open Graph tags for link previews and a
 * schema.org NewsArticle (JSON-LD) for search engines and citation tools.
 */
record BriefingMeta(String title, String description, String url, String lang, Map<String, Object> jsonLd,
        List<Views.LangLink> alternates) {

    static BriefingMeta of(Views.BriefingDetail b, String baseUrl) {
        String url = baseUrl + b.url();
        String description = b.summary().isEmpty() ? firstWords(b.paragraphs()) : String.join(" ", b.summary());
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", "NewsArticle");
        article.put("headline", b.title());
        article.put("inLanguage", b.lang());
        article.put("datePublished", b.date().toString());
        article.put("url", url);
        article.put("mainEntityOfPage", url);
        article.put("description", description);
        if (b.place() != null) {
            article.put("locationCreated", Map.of("@type", "Place", "name", b.place()));
        }
        if (b.institution() != null) {
            article.put("author", Map.of("@type", "Organization", "name", b.institution().name()));
        }
        article.put("publisher", Map.of("@type", "Organization", "name", "EU Defence Newsroom"));
        if (!b.topics().isEmpty()) {
            article.put("keywords", b.topics().stream().map(Views.Link::name).toList());
        }
        return new BriefingMeta(b.title(), description, url, b.lang(), article, b.versions());
    }

    private static String firstWords(List<String> paragraphs) {
        String first = paragraphs.isEmpty() ? "" : paragraphs.get(0);
        return first.length() > 300 ? first.substring(0, 300) + "…" : first;
    }
}
