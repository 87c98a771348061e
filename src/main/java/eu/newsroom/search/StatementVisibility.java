package eu.newsroom.search;

import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.briefing.BriefingSaved;
import eu.newsroom.statement.StatementRepository;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A statement's index document carries its briefing's publication state and embargo (SearchDocument), but a
 * change inside the briefing does not reindex its statements (the association is SHALLOW, see SearchMapping), nor
 * the initiatives it made public. Every save of a briefing is announced ({@link BriefingSaved}), whoever made it
 * (the desk, an import, the assistant, the publication job); this reindexes them before the transaction commits,
 * so that statements added while it was a draft become searchable with it, and leave the results with it.
 */
@Component
class StatementVisibility {

    private final EntityManager entityManager;
    private final StatementRepository statements;
    private final BriefingRepository briefings;

    StatementVisibility(EntityManager entityManager, StatementRepository statements, BriefingRepository briefings) {
        this.entityManager = entityManager;
        this.statements = statements;
        this.briefings = briefings;
    }

    /** Before the commit, when all of the transaction's writes are done; the index is written at the commit. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(BriefingSaved saved) {
        var plan = Search.session(entityManager).indexingPlan();
        statements.findInBriefing(saved.briefingId()).forEach(plan::addOrUpdate);
        briefings.findById(saved.briefingId()).ifPresent(b -> b.getInitiatives().forEach(plan::addOrUpdate));
    }
}
