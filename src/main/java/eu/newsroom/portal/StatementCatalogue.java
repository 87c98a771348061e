package eu.newsroom.portal;

import eu.newsroom.account.EmbargoAccess;
import eu.newsroom.actor.ActorRepository;
import eu.newsroom.shared.LanguageTags;
import eu.newsroom.statement.StatementFilter;
import eu.newsroom.statement.StatementRepository;
import eu.newsroom.topic.TopicRepository;
import eu.newsroom.web.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public side of statements: the explorer (filtered, newest first, with counts) and comparisons. */
@Service
@Transactional(readOnly = true)
class StatementCatalogue {

    /** At most this many statements per side of a comparison. */
    static final int COMPARED = 50;

    /** A language the matching statements are in, with how many, as a link that filters by it. */
    record LanguageCount(String lang, String name, long count, String href, boolean active) {
    }

    /** One page of the explorer and the counts by language of everything the filter matches. */
    record Explorer(Paged<Views.StatementView> result, List<LanguageCount> languages) {
    }

    private final StatementRepository statements;
    private final ActorRepository actors;
    private final TopicRepository topics;
    private final ViewMapper views;
    private final EmbargoAccess access;

    StatementCatalogue(StatementRepository statements, ActorRepository actors, TopicRepository topics, ViewMapper views,
            EmbargoAccess access) {
        this.statements = statements;
        this.actors = actors;
        this.topics = topics;
        this.views = views;
        this.access = access;
    }

    Paged<Views.StatementView> list(StatementFilter filter, Pageable page, Locale locale) {
        return Paged.of(statements.findPublic(filter, access.liftedUpTo(), page, false), s -> views.statement(s, locale));
    }

    Explorer explore(StatementFilter filter, Pageable page, Locale locale) {
        List<LanguageCount> languages = new ArrayList<>();
        statements.countByLanguage(filter.inAnyLanguage(), access.liftedUpTo()).forEach((lang, count) -> {
            boolean active = lang.equals(filter.lang());
            String href = "/statements" + StatementQuery.queryString(filter, "lang", active ? null : lang);
            languages.add(new LanguageCount(lang, LanguageTags.displayName(lang, locale), count, href, active));
        });
        return new Explorer(list(filter, page, locale), languages);
    }

    /** Everyone with public statements, by name in the reader's language. */
    List<Views.Link> speakers(Locale locale) {
        return statements.findPublicSpeakers(access.liftedUpTo()).stream().map(a -> views.actor(a, locale))
                .sorted(Comparator.comparing(Views.Link::name)).toList();
    }

    /** Every topic, by label in the reader's language. */
    List<Views.Link> topics(Locale locale) {
        return topics.findPublic(access.liftedUpTo()).stream().map(t -> new Views.Link(t.getSlug(), t.labelIn(locale)))
                .sorted(Comparator.comparing(Views.Link::name)).toList();
    }

    Views.StatementView detail(String slug, Locale locale) {
        return statements.findPublicBySlug(slug, access.liftedUpTo()).map(s -> views.statement(s, locale))
                .orElseThrow(() -> new NotFoundException("error.notFound.statement", slug));
    }

    /** What two actors said on one topic (within the other filters), newest first on each side. */
    Views.Comparison compare(String left, String right, StatementFilter onTopic, Locale locale) {
        var people = actors.findBySlugIn(List.of(left, right)).stream()
                .filter(a -> access.visibility().admitsShared(a.getPublicFrom())).toList();
        var leftActor = people.stream().filter(a -> a.getSlug().equals(left)).findFirst()
                .orElseThrow(() -> new NotFoundException("error.notFound.actor", left));
        var rightActor = people.stream().filter(a -> a.getSlug().equals(right)).findFirst()
                .orElseThrow(() -> new NotFoundException("error.notFound.actor", right));
        var topic = topics.findPublicBySlug(onTopic.topic(), access.liftedUpTo())
                .orElseThrow(() -> new NotFoundException("error.notFound.topic", onTopic.topic()));
        var page = PageRequest.of(0, COMPARED);
        var leftSaid = list(onTopic.bySpeaker(left), page, locale);
        var rightSaid = list(onTopic.bySpeaker(right), page, locale);
        return new Views.Comparison(views.actor(leftActor, locale), views.actor(rightActor, locale),
                new Views.Link(topic.getSlug(), topic.labelIn(locale)), leftSaid.items(), leftSaid.total(),
                rightSaid.items(), rightSaid.total());
    }
}
