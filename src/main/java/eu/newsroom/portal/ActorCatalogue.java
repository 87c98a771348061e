package eu.newsroom.portal;

import eu.newsroom.account.EmbargoAccess;
import eu.newsroom.actor.Actor;
import eu.newsroom.actor.ActorRepository;
import eu.newsroom.commitment.CommitmentRepository;
import eu.newsroom.statement.StatementFilter;
import eu.newsroom.statement.StatementRepository;
import eu.newsroom.web.NotFoundException;
import java.util.Comparator;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public side of actors: people, institutions and states, with their roles, statements and commitments. */
@Service
@Transactional(readOnly = true)
class ActorCatalogue {

    private static final int STATEMENTS_ON_PAGE = 50;

    private final ActorRepository actors;
    private final StatementRepository statements;
    private final CommitmentRepository commitments;
    private final ViewMapper views;
    private final EmbargoAccess access;

    ActorCatalogue(ActorRepository actors, StatementRepository statements, CommitmentRepository commitments,
            ViewMapper views, EmbargoAccess access) {
        this.actors = actors;
        this.statements = statements;
        this.commitments = commitments;
        this.views = views;
        this.access = access;
    }

    Paged<Views.ActorCard> list(Pageable page, Locale locale) {
        return Paged.of(actors.findPublic(access.liftedUpTo(), page), a -> views.actorCard(a, locale));
    }

    Views.ActorDetail detail(String slug, Locale locale) {
        Actor a = actors.findPublicBySlug(slug, access.liftedUpTo()).orElseThrow(() -> new NotFoundException("error.notFound.actor", slug));
        var names = a.getNames().entrySet().stream().map(e -> new Views.LangLink(a.getSlug(), e.getValue(), e.getKey()))
                .sorted(Comparator.comparing(Views.LangLink::lang)).toList();
        var roles = a.getRoles().stream().map(r -> new Views.RoleView(r.getTitle(), views.actor(r.getOrganisation(), locale),
                r.getValidFrom(), r.getValidTo())).toList();
        var said = views.statementsOncePerGroup(statements.findPublic(StatementFilter.ALL.bySpeaker(a.getSlug()),
                access.liftedUpTo(), PageRequest.of(0, STATEMENTS_ON_PAGE), false).getContent(), locale);
        var involved = commitments.findPublicInvolving(a.getId(), access.liftedUpTo()).stream()
                .map(c -> views.commitment(c, locale)).toList();
        return new Views.ActorDetail(views.actorCard(a, locale), names, roles, said, involved);
    }
}
