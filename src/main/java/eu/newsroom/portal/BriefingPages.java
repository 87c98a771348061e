package eu.newsroom.portal;

import eu.newsroom.web.PageParams;
import eu.newsroom.web.PageFeed;
import eu.newsroom.web.PublicLinks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages of briefings: the filtered list and the item at its permalink. */
@Controller
class BriefingPages {

    private final BriefingCatalogue briefings;
    private final TopicCatalogue topics;
    private final PublicLinks links;
    private final MessageSource messages;

    BriefingPages(BriefingCatalogue briefings, TopicCatalogue topics, PublicLinks links, MessageSource messages) {
        this.messages = messages;
        this.briefings = briefings;
        this.topics = topics;
        this.links = links;
    }

    @GetMapping("/briefings")
    String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String institution,
            @RequestParam(required = false) String topic, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model, Locale locale) {
        var filter = new BriefingCatalogue.Filter(from, to, lang, institution, topic);
        model.addAttribute("filter", filter);
        model.addAttribute("result", briefings.list(filter, PageParams.of(page, size), locale));
        model.addAttribute("languages", briefings.languages());
        model.addAttribute("institutions", briefings.institutions(locale));
        model.addAttribute("topics", topics.all(locale));
        model.addAttribute(PageFeed.MODEL_ATTRIBUTE, new PageFeed("/feeds/briefings.atom"
                + (lang == null || lang.isBlank() ? "" : "?lang=" + URLEncoder.encode(lang, StandardCharsets.UTF_8)), messages.getMessage("feed.latest", null, locale)));
        return "briefing/list";
    }

    @GetMapping("/briefings/{slug}")
    String detail(@PathVariable String slug, Model model, Locale locale) {
        var withdrawn = briefings.withdrawn(slug);
        if (withdrawn.isPresent()) {
            model.addAttribute("briefing", withdrawn.get());
            return "briefing/withdrawn";
        }
        // absolute links from the configured address, never the request's Host: the page may be cached for everyone
        var briefing = briefings.detail(slug, locale, links.base());
        model.addAttribute("briefing", briefing);
        model.addAttribute("briefingMeta", BriefingMeta.of(briefing, links.base()));
        return "briefing/detail";
    }
}
