package eu.newsroom.portal;

import eu.newsroom.web.PageParams;
import eu.newsroom.web.PageFeed;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages of what briefings contain: statements, commitments, initiatives, actors and topics. */
@Controller
class ContentPages {

    private final StatementCatalogue statements;
    private final CommitmentCatalogue commitments;
    private final InitiativeCatalogue initiatives;
    private final ActorCatalogue actors;
    private final TopicCatalogue topics;
    private final BriefingCatalogue briefings;
    private final CommitmentTracker tracker;
    private final TimelineCatalogue timelines;
    private final Citations citations;

    ContentPages(StatementCatalogue statements, CommitmentCatalogue commitments, InitiativeCatalogue initiatives,
            ActorCatalogue actors, TopicCatalogue topics, BriefingCatalogue briefings, CommitmentTracker tracker,
            TimelineCatalogue timelines, Citations citations) {
        this.citations = citations;
        this.statements = statements;
        this.commitments = commitments;
        this.initiatives = initiatives;
        this.actors = actors;
        this.topics = topics;
        this.briefings = briefings;
        this.tracker = tracker;
        this.timelines = timelines;
    }

    @GetMapping("/statements")
    String statements(StatementQuery query, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model, Locale locale) {
        var filter = query.filter();
        model.addAttribute("explorer", statements.explore(filter, PageParams.of(page, size), locale));
        model.addAttribute("filter", filter);
        model.addAttribute("filterQuery", StatementQuery.queryString(filter, null, null));
        model.addAttribute("speakers", statements.speakers(locale));
        model.addAttribute("topics", statements.topics(locale));
        return "statement/list";
    }

    /** Two actors on one topic side by side; without both actors and a topic, the form to choose them. */
    @GetMapping("/statements/compare")
    String compare(@RequestParam(required = false) String left, @RequestParam(required = false) String right,
            StatementQuery query, Model model, Locale locale) {
        var filter = query.filter();
        String leftSlug = RequestValues.slug("left", left);
        String rightSlug = RequestValues.slug("right", right);
        model.addAttribute("filter", filter);
        model.addAttribute("left", leftSlug);
        model.addAttribute("right", rightSlug);
        model.addAttribute("speakers", statements.speakers(locale));
        model.addAttribute("topics", statements.topics(locale));
        if (leftSlug != null && rightSlug != null && filter.topic() != null) {
            model.addAttribute("comparison", statements.compare(leftSlug, rightSlug, filter, locale));
        }
        return "statement/compare";
    }

    @GetMapping("/statements/{slug}")
    String statement(@PathVariable String slug, Model model, Locale locale) {
        var statement = statements.detail(slug, locale);
        model.addAttribute("statement", statement);
        model.addAttribute("citation", citations.statement(statement, locale));
        return "statement/detail";
    }

    @GetMapping("/commitments")
    String commitments(@RequestParam(required = false) String donor, @RequestParam(required = false) String recipient,
            @RequestParam(required = false) String category, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model, Locale locale) {
        var filter = CommitmentParams.filter(donor, recipient, category, status, year);
        model.addAttribute("filter", filter);
        model.addAttribute("result", commitments.list(filter, PageParams.of(page, size), locale));
        return "commitment/list";
    }

    @GetMapping("/commitments/tracker")
    String tracker(Model model, Locale locale) {
        model.addAttribute("tracker", tracker.all(locale));
        model.addAttribute("conversions", tracker.conversions(locale));
        model.addAttribute("ratesReach", tracker.ratesReach());
        return "commitment/tracker";
    }

    @GetMapping("/commitments/{slug}")
    String commitment(@PathVariable String slug, Model model, Locale locale) {
        model.addAttribute("detail", commitments.detail(slug, locale));
        return "commitment/detail";
    }

    @GetMapping("/initiatives")
    String initiatives(Model model, Locale locale) {
        model.addAttribute("initiatives", initiatives.all(locale));
        return "initiative/list";
    }

    @GetMapping("/initiatives/{slug}")
    String initiative(@PathVariable String slug, Model model, Locale locale) {
        var detail = initiatives.detail(slug, locale);
        model.addAttribute("detail", detail);
        model.addAttribute(PageFeed.MODEL_ATTRIBUTE, initiativeFeed(slug, detail.initiative().name()));
        return "initiative/detail";
    }

    @GetMapping("/actors")
    String actors(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Model model, Locale locale) {
        model.addAttribute("result", actors.list(PageParams.of(page, size == null ? 100 : size), locale));
        return "actor/list";
    }

    @GetMapping("/actors/{slug}/timeline")
    String actorTimeline(@PathVariable String slug, Model model, Locale locale) {
        var timeline = timelines.actor(slug, locale);
        model.addAttribute("timeline", timeline);
        model.addAttribute(PageFeed.MODEL_ATTRIBUTE, actorFeed(slug, timeline.subject().name()));
        return "actor/timeline";
    }

    @GetMapping("/initiatives/{slug}/timeline")
    String initiativeTimeline(@PathVariable String slug, Model model, Locale locale) {
        var timeline = timelines.initiative(slug, locale);
        model.addAttribute("timeline", timeline);
        model.addAttribute(PageFeed.MODEL_ATTRIBUTE, initiativeFeed(slug, timeline.subject().name()));
        return "actor/timeline";
    }

    @GetMapping("/actors/{slug}")
    String actor(@PathVariable String slug, Model model, Locale locale) {
        var detail = actors.detail(slug, locale);
        model.addAttribute("detail", detail);
        model.addAttribute(PageFeed.MODEL_ATTRIBUTE, actorFeed(slug, detail.actor().name()));
        return "actor/detail";
    }

    @GetMapping("/topics")
    String topics(Model model, Locale locale) {
        model.addAttribute("topics", topics.all(locale));
        return "topic/list";
    }

    @GetMapping("/topics/{slug}")
    String topic(@PathVariable String slug, Model model, Locale locale) {
        var topic = topics.detail(slug, locale);
        model.addAttribute("topic", topic);
        model.addAttribute(PageFeed.MODEL_ATTRIBUTE, new PageFeed("/feeds/topics/" + slug + ".atom", topic.label()));
        var filter = new BriefingCatalogue.Filter(null, null, null, null, slug);
        model.addAttribute("briefings", briefings.list(filter, PageRequest.of(0, 50), locale).items());
        return "topic/detail";
    }

    private static PageFeed actorFeed(String slug, String name) {
        return new PageFeed("/feeds/actors/" + slug + ".atom", name);
    }

    private static PageFeed initiativeFeed(String slug, String name) {
        return new PageFeed("/feeds/initiatives/" + slug + ".atom", name);
    }
}
