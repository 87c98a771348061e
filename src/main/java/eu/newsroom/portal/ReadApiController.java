package eu.newsroom.portal;

import eu.newsroom.web.PageParams;
import eu.newsroom.web.PublicLinks;
import java.time.LocalDate;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON read API (documented at /api-docs and /swagger-ui, see docs/api.md): the same read models as
 * the pages; every list, initiatives and topics included, is paged as
 * {@code {"items", "page", "size", "total", "totalPages"}}. Names follow Accept-Language.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class ReadApiController {

    private final BriefingCatalogue briefings;
    private final StatementCatalogue statements;
    private final CommitmentCatalogue commitments;
    private final InitiativeCatalogue initiatives;
    private final ActorCatalogue actors;
    private final TopicCatalogue topics;
    private final PublicLinks links;

    ReadApiController(BriefingCatalogue briefings, StatementCatalogue statements, CommitmentCatalogue commitments,
            InitiativeCatalogue initiatives, ActorCatalogue actors, TopicCatalogue topics, PublicLinks links) {
        this.links = links;
        this.briefings = briefings;
        this.statements = statements;
        this.commitments = commitments;
        this.initiatives = initiatives;
        this.actors = actors;
        this.topics = topics;
    }

    @GetMapping("/briefings")
    Paged<Views.BriefingCard> briefings(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String institution,
            @RequestParam(required = false) String topic, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Locale locale) {
        var filter = new BriefingCatalogue.Filter(from, to, lang, institution, topic);
        return briefings.list(filter, PageParams.of(page, size), locale);
    }

    @GetMapping("/briefings/{slug}")
    Views.BriefingDetail briefing(@PathVariable String slug, Locale locale) {
        return briefings.detail(slug, locale, links.base());
    }

    @GetMapping("/statements")
    Paged<Views.StatementView> statements(@ParameterObject StatementQuery query,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Locale locale) {
        return statements.list(query.filter(), PageParams.of(page, size), locale);
    }

    @GetMapping("/statements/{slug}")
    Views.StatementView statement(@PathVariable String slug, Locale locale) {
        return statements.detail(slug, locale);
    }

    @GetMapping("/commitments")
    Paged<Views.CommitmentView> commitments(@RequestParam(required = false) String donor,
            @RequestParam(required = false) String recipient, @RequestParam(required = false) String category,
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Locale locale) {
        var filter = CommitmentParams.filter(donor, recipient, category, status, year);
        return commitments.list(filter, PageParams.of(page, size), locale);
    }

    @GetMapping("/commitments/{slug}")
    Views.CommitmentDetail commitment(@PathVariable String slug, Locale locale) {
        return commitments.detail(slug, locale);
    }

    @GetMapping("/initiatives")
    Paged<Views.InitiativeCard> initiatives(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Locale locale) {
        return Paged.of(initiatives.all(locale), wholeList(page, size));
    }

    @GetMapping("/initiatives/{slug}")
    Views.InitiativeDetail initiative(@PathVariable String slug, Locale locale) {
        return initiatives.detail(slug, locale);
    }

    @GetMapping("/actors")
    Paged<Views.ActorCard> actors(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Locale locale) {
        return actors.list(PageParams.of(page, size), locale);
    }

    @GetMapping("/actors/{slug}")
    Views.ActorDetail actor(@PathVariable String slug, Locale locale) {
        return actors.detail(slug, locale);
    }

    @GetMapping("/topics")
    Paged<Views.TopicCard> topics(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Locale locale) {
        return Paged.of(topics.all(locale), wholeList(page, size));
    }

    /** Short lists come whole by default (up to the largest page), in the same envelope as the others. */
    private static org.springframework.data.domain.Pageable wholeList(Integer page, Integer size) {
        return PageParams.of(page, size == null ? PageParams.MAX_SIZE : size);
    }
}
