package eu.newsroom.feed;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.shared.LanguageTags;
import eu.newsroom.shared.Slugs;
import eu.newsroom.topic.TopicRepository;
import eu.newsroom.web.BadRequestException;
import eu.newsroom.web.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Atom feeds of the latest public briefings, overall and per topic, optionally in one language.
 * Conditional GET: an unchanged feed answers 304 to a reader that sends its ETag or date back.
 */
@RestController
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int ENTRIES = 50;

    private final BriefingRepository briefings;
    private final TopicRepository topics;
    private final MessageSource messages;
    private final Clock clock;

    FeedController(BriefingRepository briefings, TopicRepository topics, MessageSource messages, Clock clock) {
        this.briefings = briefings;
        this.topics = topics;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/feeds/briefings.atom")
    @Transactional(readOnly = true)
    ResponseEntity<String> latest(@RequestParam(required = false) String lang, WebRequest request, Locale locale) {
        String language = language(lang);
        String title = messages.getMessage("app.name", null, locale);
        return feed(title, "/feeds/briefings.atom", "/briefings", language, null, request);
    }

    @GetMapping("/feeds/topics/{slug}.atom")
    @Transactional(readOnly = true)
    ResponseEntity<String> topic(@PathVariable String slug, @RequestParam(required = false) String lang,
            WebRequest request, Locale locale) {
        var topic = Slugs.isValid(slug) ? topics.findBySlug(slug) : java.util.Optional.<eu.newsroom.topic.Topic>empty();
        String label = topic.orElseThrow(() -> new NotFoundException("error.notFound.topic", slug)).labelIn(locale);
        String title = messages.getMessage("app.name", null, locale) + " · " + label;
        return feed(title, "/feeds/topics/" + slug + ".atom", "/topics/" + slug, language(lang), slug, request);
    }

    private ResponseEntity<String> feed(String title, String selfPath, String pagePath, String lang, String topic,
            WebRequest request) {
        Instant now = clock.instant();
        List<Briefing> entries = briefings.findPublicLatest(lang, topic, now, PageRequest.of(0, ENTRIES));
        Instant updated = entries.stream().map(BriefingFeed::latest).max(Instant::compareTo).orElse(Instant.EPOCH);
        String etag = etag(selfPath, lang, entries);
        if (request.checkNotModified(etag, updated.toEpochMilli())) {
            // the reader's copy is current: 304 with no body (headers set by checkNotModified)
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
        }
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String query = lang == null ? "" : "?lang=" + lang;
        var description = new BriefingFeed.Description(title, base + selfPath + query, base + pagePath, base);
        return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.noCache())
                .body(BriefingFeed.atom(description, entries, updated));
    }

    /** Changes whenever an entry is added, removed (say, by an embargo ending) or edited. */
    private static String etag(String path, String lang, List<Briefing> entries) {
        StringBuilder key = new StringBuilder(path).append('|').append(lang);
        entries.forEach(b -> key.append('|').append(b.getId()).append('@').append(b.getVersion()));
        byte[] digest = DigestUtils.md5Digest(key.toString().getBytes(StandardCharsets.UTF_8));
        return "\"" + HexFormat.of().formatHex(digest) + "\"";
    }

    private static String language(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        return LanguageTags.canonical(lang).orElseThrow(() -> new BadRequestException("error.param.lang", lang));
    }
}
