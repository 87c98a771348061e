package eu.newsroom.feed;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.web.PublicLinks;
import eu.newsroom.visibility.Visibility;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** sitemap.xml with hreflang alternates between language versions, and robots.txt pointing at it. */
@RestController
class SitemapController {

    private static final List<String> SECTIONS = List.of("/", "/briefings", "/statements", "/commitments",
            "/initiatives", "/actors", "/topics");

    private final BriefingRepository briefings;
    private final Clock clock;
    private final PublicLinks links;

    SitemapController(BriefingRepository briefings, Clock clock, PublicLinks links) {
        this.briefings = briefings;
        this.clock = clock;
        this.links = links;
    }

    @GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    @Transactional(readOnly = true)
    String sitemap() {
        List<Briefing> all = briefings.findAllPublic(Visibility.anonymousAt(clock.instant()).liftedUpTo());
        Map<String, List<Briefing>> groups = all.stream().collect(Collectors.groupingBy(Briefing::getTranslationGroup));
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
                """);
        SECTIONS.forEach(path -> xml.append("  <url><loc>").append(escape(links.absolute(path))).append("</loc></url>\n"));
        for (Briefing b : all) {
            xml.append("  <url>\n    <loc>").append(escape(links.briefing(b.getSlug()))).append("</loc>\n");
            xml.append("    <lastmod>").append(BriefingFeed.latest(b).atOffset(ZoneOffset.UTC).toLocalDate()).append("</lastmod>\n");
            List<Briefing> versions = groups.get(b.getTranslationGroup());
            if (versions.size() > 1) {
                for (Briefing version : versions) {
                    xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(escape(version.getLang()))
                            .append("\" href=\"").append(escape(links.briefing(version.getSlug()))).append("\"/>\n");
                }
            }
            xml.append("  </url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    @GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        return ResponseEntity.ok("User-agent: *\nDisallow: /login\nDisallow: /api/\nSitemap: " + links.absolute("/sitemap.xml") + "\n");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
