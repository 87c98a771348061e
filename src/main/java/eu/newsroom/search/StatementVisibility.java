package eu.newsroom.search;

import eu.newsroom.statement.StatementRepository;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * A statement's index document carries its briefing's publication state and embargo (SearchDocument), but a
 * change inside the briefing does not reindex its statements (the association is SHALLOW, see SearchMapping).
 * Whoever publishes, schedules, withdraws or returns a briefing calls this in the same transaction, so that the
 * statements added while it was a draft become searchable with it, and leave the results with it.
 */
@Component
public class StatementVisibility {

    private final EntityManager entityManager;
    private final StatementRepository statements;

    StatementVisibility(EntityManager entityManager, StatementRepository statements) {
        this.entityManager = entityManager;
        this.statements = statements;
    }

    /** Reindexes the statements of a briefing when the transaction commits. */
    public void briefingPublicationChanged(long briefingId) {
        var plan = Search.session(entityManager).indexingPlan();
        statements.findInBriefing(briefingId).forEach(plan::addOrUpdate);
    }
}
