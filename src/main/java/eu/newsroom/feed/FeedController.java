package eu.newsroom.feed;

import eu.newsroom.actor.Actor;
import eu.newsroom.actor.ActorRepository;
import eu.newsroom.briefing.Briefing;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.initiative.InitiativeRepository;
import eu.newsroom.shared.LanguageTags;
import eu.newsroom.shared.Slugs;
import eu.newsroom.topic.Topic;
import eu.newsroom.topic.TopicRepository;
import eu.newsroom.web.BadRequestException;
import eu.newsroom.web.NotFoundException;
import eu.newsroom.web.PublicLinks;
import java.time.Clock;
import eu.newsroom.visibility.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Atom feeds of the latest public briefings: overall and per topic (optionally in one language),
 * per actor (issuer or speaker) and per initiative.
 * Conditional GET: an unchanged feed answers 304 to a reader that sends its ETag or date back.
 */
@RestController
class FeedController {

    private static final int ENTRIES = 50;

    private final BriefingRepository briefings;
    private final TopicRepository topics;
    private final ActorRepository actors;
    private final InitiativeRepository initiatives;
    private final MessageSource messages;
    private final Clock clock;
    private final PublicLinks links;

    FeedController(BriefingRepository briefings, TopicRepository topics, ActorRepository actors,
            InitiativeRepository initiatives, MessageSource messages, Clock clock, PublicLinks links) {
        this.links = links;
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
        return feed(messages.getMessage("app.name", null, locale), "/feeds/briefings.atom", "/briefings", language,
                request, now -> briefings.findPublicLatest(language, null, now, first()));
    }

    @GetMapping("/feeds/actors/{slug}.atom")
    @Transactional(readOnly = true)
    ResponseEntity<String> actor(@PathVariable String slug, WebRequest request, Locale locale) {
        Actor actor = named(slug, s -> actors.findPublicBySlug(s, anonymousNow()), "error.notFound.actor");
        return feed(titled(actor.nameIn(locale), locale), "/feeds/actors/" + slug + ".atom", "/actors/" + slug, null,
                request, now -> briefings.findPublicByActor(slug, now, first()));
    }

    @GetMapping("/feeds/initiatives/{slug}.atom")
    @Transactional(readOnly = true)
    ResponseEntity<String> initiative(@PathVariable String slug, WebRequest request, Locale locale) {
        Initiative initiative = named(slug, s -> initiatives.findPublicBySlug(s, anonymousNow()), "error.notFound.initiative");
        return feed(titled(initiative.nameIn(locale), locale), "/feeds/initiatives/" + slug + ".atom",
                "/initiatives/" + slug, null, request, now -> briefings.findPublicByInitiative(slug, now, first()));
    }

    @GetMapping("/feeds/topics/{slug}.atom")
    @Transactional(readOnly = true)
    ResponseEntity<String> topic(@PathVariable String slug, @RequestParam(required = false) String lang,
            WebRequest request, Locale locale) {
        Topic topic = named(slug, s -> topics.findPublicBySlug(s, anonymousNow()), "error.notFound.topic");
        String language = language(lang);
        return feed(titled(topic.labelIn(locale), locale), "/feeds/topics/" + slug + ".atom", "/topics/" + slug,
                language, request, now -> briefings.findPublicLatest(language, slug, now, first()));
    }

    /** The item a feed is about, by its slug, or a 404 naming what was not found. */
    private static <T> T named(String slug, Function<String, Optional<T>> lookup, String notFoundKey) {
        return (Slugs.isValid(slug) ? lookup.apply(slug) : Optional.<T>empty())
                .orElseThrow(() -> new NotFoundException(notFoundKey, slug));
    }

    private String titled(String subject, Locale locale) {
        return messages.getMessage("app.name", null, locale) + " · " + subject;
    }

    private static PageRequest first() {
        return PageRequest.of(0, ENTRIES);
    }

    private ResponseEntity<String> feed(String title, String selfPath, String pagePath, String lang, WebRequest request,
            Function<Instant, List<Briefing>> entriesAt) {
        String query = lang == null ? "" : "?lang=" + lang;
        var description = new AtomFeed.Description(title, links.absolute(selfPath + query), links.absolute(pagePath));
        var entries = entriesAt.apply(anonymousNow()).stream().map(b -> BriefingFeed.entry(b, links)).toList();
        return AtomFeed.respond(description, selfPath + "|" + lang, entries, request);
    }

    /** Feeds are read without signing in (and cached by readers): what an anonymous reader sees now. */
    private Instant anonymousNow() {
        return Visibility.anonymousAt(clock.instant()).liftedUpTo();
    }

    private static String language(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        return LanguageTags.canonical(lang).orElseThrow(() -> new BadRequestException("error.param.lang", lang));
    }
}
