package eu.newsroom.portal;

import eu.newsroom.account.EmbargoAccess;
import eu.newsroom.actor.Actor;
import eu.newsroom.actor.ActorRepository;
import eu.newsroom.briefing.Briefing;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.shared.Slugs;
import eu.newsroom.statement.Statement;
import eu.newsroom.statement.StatementFilter;
import eu.newsroom.statement.StatementRepository;
import eu.newsroom.web.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Timelines: what an actor said and the briefings they issued or spoke in, and everything about an
 * initiative, oldest first and grouped by month. Each kind of entry is capped, and the page says so.
 */
@Service
@Transactional(readOnly = true)
class TimelineCatalogue {

    /** At most this many statements and this many briefings on one timeline. */
    static final int MAX_PER_KIND = 300;

    private final ActorRepository actors;
    private final BriefingRepository briefings;
    private final StatementRepository statements;
    private final InitiativeCatalogue initiatives;
    private final ViewMapper views;
    private final EmbargoAccess access;

    TimelineCatalogue(ActorRepository actors, BriefingRepository briefings, StatementRepository statements,
            InitiativeCatalogue initiatives, ViewMapper views, EmbargoAccess access) {
        this.actors = actors;
        this.briefings = briefings;
        this.statements = statements;
        this.initiatives = initiatives;
        this.views = views;
        this.access = access;
    }

    Views.Timeline actor(String slug, Locale locale) {
        Actor actor = (Slugs.isValid(slug) ? actors.findPublicBySlug(slug, access.liftedUpTo()) : Optional.<Actor>empty())
                .orElseThrow(() -> new NotFoundException("error.notFound.actor", slug));
        Instant now = access.liftedUpTo();
        var page = PageRequest.of(0, MAX_PER_KIND);
        List<Statement> said = statements.findPublic(StatementFilter.ALL.bySpeaker(slug), now, page, true).getContent();
        List<Briefing> issued = briefings.findPublicByActor(slug, now, page);
        List<Views.TimelineEntry> entries = new ArrayList<>();
        LanguageVersions.statements(said, locale).forEach(s -> entries.add(views.timelineEntry(s, locale)));
        LanguageVersions.briefings(issued, locale).forEach(b -> entries.add(views.briefingEntry(b, locale)));
        boolean truncated = said.size() == MAX_PER_KIND || issued.size() == MAX_PER_KIND;
        return timeline(views.actor(actor, locale), "actor", entries, truncated);
    }

    Views.Timeline initiative(String slug, Locale locale) {
        var detail = initiatives.detail(slug, locale);
        var card = detail.initiative();
        return timeline(new Views.Link(card.slug(), card.name()), "initiative", detail.timeline(), false);
    }

    /** Oldest first; within a day statements after the briefing that reported them, as they were said. */
    static Views.Timeline timeline(Views.Link subject, String kind, List<Views.TimelineEntry> entries, boolean truncated) {
        Map<LocalDate, List<Views.TimelineEntry>> byMonth = new LinkedHashMap<>();
        entries.stream().sorted(Comparator.comparing(Views.TimelineEntry::date)
                        .thenComparing(e -> !e.type().equals("status"))
                        .thenComparing(e -> !e.type().equals("briefing")))
                .forEach(e -> byMonth.computeIfAbsent(e.date().withDayOfMonth(1), m -> new ArrayList<>()).add(e));
        var months = byMonth.entrySet().stream().map(m -> new Views.TimelineMonth(m.getKey(), List.copyOf(m.getValue())))
                .toList();
        return new Views.Timeline(subject, kind, months, entries.size(), truncated);
    }
}
