package eu.newsroom.statement;

import eu.newsroom.actor.Actor;
import eu.newsroom.shared.ActingUser;
import eu.newsroom.visibility.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Stored statements. Public ones come from a briefing the public may see. */
public interface StatementRepository extends JpaRepository<Statement, Long>, JpaSpecificationExecutor<Statement>,
        StatementCounts {

    /** From a briefing public for the reader ({@link Visibility}). */
    String PUBLIC = Visibility.BRIEFING_B;

    List<Statement> findByBriefingIdOrderByPosition(Long briefingId);

    /**
     * Takes a statement off, announcing who did it ({@link StatementWritten}) while it is still there, so that its last
     * revision is what it said.
     */
    default void remove(Statement statement, ActingUser by) {
        statement.removedBy(by);
        save(statement);
        delete(statement);
    }

    boolean existsBySlug(String slug);

    /** The next free position in a briefing (0 for the first statement). */
    @Query("select coalesce(max(s.position), -1) + 1 from Statement s where s.briefing.id = :briefingId")
    int nextPosition(@Param("briefingId") Long briefingId);

    // "join fetch" rather than @EntityGraph: Hibernate caches the SQL of a query only without an entity graph
    @Query("select s from Statement s join fetch s.briefing b join fetch s.speaker where s.slug = :slug and " + PUBLIC)
    Optional<Statement> findPublicBySlug(@Param("slug") String slug, @Param("now") Instant now);

    @Query("select s from Statement s join fetch s.briefing b join fetch s.speaker where b.id = :briefingId order by s.position")
    List<Statement> findInBriefing(@Param("briefingId") Long briefingId);

    @Query("select s from Statement s join fetch s.briefing b join fetch s.speaker join s.initiatives i where i.id = :initiativeId and "
            + PUBLIC + " order by s.saidOn desc, s.id")
    List<Statement> findPublicAbout(@Param("initiativeId") Long initiativeId, @Param("now") Instant now);

    @Query("select s from Statement s join fetch s.briefing b join fetch s.speaker join s.commitments c where c.id = :commitmentId and "
            + PUBLIC + " order by s.saidOn desc, s.id")
    List<Statement> findPublicOnCommitment(@Param("commitmentId") Long commitmentId, @Param("now") Instant now);

    @Override
    @EntityGraph(attributePaths = {"speaker", "briefing"})
    Page<Statement> findAll(Specification<Statement> spec, Pageable pageable);

    /** Public statements matching a filter, newest first (oldest first for a timeline). */
    default Page<Statement> findPublic(StatementFilter filter, Instant now, Pageable pageable, boolean oldestFirst) {
        Sort order = oldestFirst ? Sort.by("saidOn", "id") : Sort.by(Sort.Order.desc("saidOn"), Sort.Order.asc("id"));
        return findAll(filter.visibleAt(now), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order));
    }

    /** Public statements about an initiative, oldest first, for its timeline. */
    @Query("select s from Statement s join fetch s.briefing b join fetch s.speaker join s.initiatives i where i.slug = :initiative and "
            + PUBLIC + " order by s.saidOn, s.id")
    List<Statement> findPublicAboutInOrder(@Param("initiative") String initiativeSlug, @Param("now") Instant now,
            Pageable pageable);

    /** Everyone who said something public, for the explorer's speaker choice. */
    @Query("select distinct a from Statement s join s.speaker a join s.briefing b where " + PUBLIC)
    List<Actor> findPublicSpeakers(@Param("now") Instant now);
}
