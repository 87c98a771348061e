package eu.newsroom.feed;

import eu.newsroom.actor.Actor;
import eu.newsroom.actor.ActorRepository;
import eu.newsroom.briefing.Briefing;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.shared.LanguageTags;
import eu.newsroom.shared.Slugs;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.initiative.InitiativeRepository;
import eu.newsroom.topic.Topic;
import eu.newsroom.topic.TopicRepository;
import eu.newsroom.web.BadRequestException;
import eu.newsroom.web.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
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
 * Atom feeds of the latest public briefings: overall and per topic (optionally in one language),
 * per actor (issuer or speaker) and per initiative.
 * Conditional GET: an unchanged feed answers 304 to a reader that sends its ETag or date back.
 */
@RestController
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int ENTRIES = 50;

    private final BriefingRepository briefings;
    private final TopicRepository topics;
    private final ActorRepository actors;
    private final InitiativeRepository initiatives;
    private final MessageSource messages;
    private final Clock clock;

    FeedController(BriefingRepository briefings, TopicRepository topics, ActorRepository actors,
            InitiativeRepository initiatives, MessageSource messages, Clock clock) {
        this.briefings = briefings;
        this.topics = topics;
        this.actors = actors;
        this.initiatives = initiatives;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/feeds/briefings.atom")
    @Transactional(readOnly = true)
    ResponseEntity<String> latest(@RequestParam(required = false) String lang, WebRequest request, Locale locale) {
        String language = language(lang);
        String title = messages.getMessage("app.name", null, locale);
        return feed(title, "/feeds/briefings.atom", "/briefings", language, request,
                now -> briefings.findPublicLatest(language, null, now, PageRequest.of(0, ENTRIES)));
    }

    @GetMapping("/feeds/actors/{slug}.atom")
    @Transactional(readOnly = true)
    ResponseEntity<String> actor(@PathVariable String slug, WebRequest request, Locale locale) {
        var actor = Slugs.isValid(slug) ? actors.findBySlug(slug) : Optional.<Actor>empty();
        String name = actor.orElseThrow(() -> new NotFoundException("error.notFound.actor", slug)).nameIn(locale);
        String title = messages.getMessage("app.name", null, locale) + " · " + name;
        return feed(title, "/feeds/actors/" + slug + ".atom", "/actors/" + slug, null, request,
                now -> briefings.findPublicByActor(slug, now, PageRequest.of(0, ENTRIES)));
    }

    @GetMapping("/feeds/initiatives/{slug}.atom")
    @Transactional(readOnly = true)
    ResponseEntity<String> initiative(@PathVariable String slug, WebRequest request, Locale locale) {
        var initiative = Slugs.isValid(slug) ? initiatives.findBySlug(slug) : Optional.<Initiative>empty();
        String name = initiative.orElseThrow(() -> new NotFoundException("error.notFound.initiative", slug)).nameIn(locale);
        String title = messages.getMessage("app.name", null, locale) + " · " + name;
        return feed(title, "/feeds/initiatives/" + slug + ".atom", "/initiatives/" + slug, null, request,
                now -> briefings.findPublicByInitiative(slug, now, PageRequest.of(0, ENTRIES)));
    }

    @GetMapping("/feeds/topics/{slug}.atom")
    @Transactional(readOnly = true)
    ResponseEntity<String> topic(@PathVariable String slug, @RequestParam(required = false) String lang,
            WebRequest request, Locale locale) {
        var topic = Slugs.isValid(slug) ? topics.findBySlug(slug) : Optional.<Topic>empty();
        String label = topic.orElseThrow(() -> new NotFoundException("error.notFound.topic", slug)).labelIn(locale);
        String title = messages.getMessage("app.name", null, locale) + " · " + label;
        String language = language(lang);
        return feed(title, "/feeds/topics/" + slug + ".atom", "/topics/" + slug, language, request,
                now -> briefings.findPublicLatest(language, slug, now, PageRequest.of(0, ENTRIES)));
    }

    private ResponseEntity<String> feed(String title, String selfPath, String pagePath, String lang, WebRequest request,
            Function<Instant, List<Briefing>> entriesAt) {
        List<Briefing> entries = entriesAt.apply(clock.instant());
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
