package eu.newsroom.portal;

import eu.newsroom.account.EmbargoAccess;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.commitment.CommitmentRepository;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.initiative.InitiativeRepository;
import eu.newsroom.initiative.InitiativeStatus;
import eu.newsroom.statement.StatementRepository;
import eu.newsroom.web.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public side of initiatives: the list, and each with a timeline of status changes, briefings and statements. */
@Service
@Transactional(readOnly = true)
class InitiativeCatalogue {

    private final InitiativeRepository initiatives;
    private final BriefingRepository briefings;
    private final StatementRepository statements;
    private final CommitmentRepository commitments;
    private final ViewMapper views;
    private final EmbargoAccess access;

    InitiativeCatalogue(InitiativeRepository initiatives, BriefingRepository briefings, StatementRepository statements,
            CommitmentRepository commitments, ViewMapper views, EmbargoAccess access) {
        this.initiatives = initiatives;
        this.briefings = briefings;
        this.statements = statements;
        this.commitments = commitments;
        this.views = views;
        this.access = access;
    }

    List<Views.InitiativeCard> all(Locale locale) {
        return initiatives.findPublic(access.liftedUpTo()).stream().map(i -> views.initiative(i, locale)).toList();
    }

    List<Views.InitiativeCard> active(Locale locale) {
        return initiatives.findActive(access.liftedUpTo())
                .stream().map(i -> views.initiative(i, locale)).toList();
    }

    Views.InitiativeDetail detail(String slug, Locale locale) {
        Initiative i = initiatives.findPublicBySlug(slug, access.liftedUpTo())
                .orElseThrow(() -> new NotFoundException("error.notFound.initiative", slug));
        Instant now = access.liftedUpTo();
        List<Views.TimelineEntry> timeline = new ArrayList<>();
        var steps = i.statusChanges(briefings.publicAt(now));
        steps.forEach(change -> timeline.add(new Views.TimelineEntry(change.getChangedOn(), "status",
                ViewMapper.spelling(change.getStatus()), null, null, null)));
        LanguageVersions.briefings(briefings.findPublicMentioning(i.getId(), now), locale)
                .forEach(b -> timeline.add(views.briefingEntry(b, locale)));
        LanguageVersions.statements(statements.findPublicAbout(i.getId(), now), locale)
                .forEach(s -> timeline.add(views.timelineEntry(s, locale)));
        timeline.sort(Comparator.comparing(Views.TimelineEntry::date).reversed());
        var aliases = i.getAliases().stream().map(a -> new Views.LangLink(i.getSlug(), a.alias(), a.lang()))
                .sorted(Comparator.comparing(Views.LangLink::lang).thenComparing(Views.LangLink::name)).toList();
        return new Views.InitiativeDetail(views.initiative(i, locale), aliases, i.getDescription(), i.getDescriptionLang(),
                i.getStartDate(), i.getEndDate(), views.topics(i.getTopics(), locale), timeline,
                commitments.findPublicForInitiative(i.getId(), now).stream().map(c -> views.commitment(c, locale)).toList(),
                Initiative.firstReportedOn(steps));
    }
}
