package eu.newsroom.statement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Stored statements. Public ones come from a briefing the public may see. */
public interface StatementRepository extends JpaRepository<Statement, Long> {

    String PUBLIC = "b.status = eu.newsroom.briefing.PublicationStatus.PUBLISHED"
            + " and (b.embargoUntil is null or b.embargoUntil <= :now)";

    List<Statement> findByBriefingIdOrderByPosition(Long briefingId);

    boolean existsBySlug(String slug);

    /** The next free position in a briefing (0 for the first statement). */
    @Query("select coalesce(max(s.position), -1) + 1 from Statement s where s.briefing.id = :briefingId")
    int nextPosition(@Param("briefingId") Long briefingId);

    @EntityGraph(attributePaths = {"speaker", "briefing"})
    @Query("select s from Statement s join s.briefing b where s.slug = :slug and " + PUBLIC)
    Optional<Statement> findPublicBySlug(@Param("slug") String slug, @Param("now") Instant now);

    @EntityGraph(attributePaths = {"speaker", "briefing"})
    @Query(value = "select s from Statement s join s.briefing b join s.speaker a where " + PUBLIC
            + " and (:speaker is null or a.slug = :speaker)"
            + " and (:lang is null or s.lang = :lang)"
            + " order by s.saidOn desc, s.id",
            countQuery = "select count(s) from Statement s join s.briefing b join s.speaker a where " + PUBLIC
            + " and (:speaker is null or a.slug = :speaker)"
            + " and (:lang is null or s.lang = :lang)")
    Page<Statement> findPublic(@Param("speaker") String speakerSlug, @Param("lang") String lang,
            @Param("now") Instant now, Pageable pageable);

    @EntityGraph(attributePaths = {"speaker", "briefing"})
    @Query("select s from Statement s join s.briefing b where b.id = :briefingId order by s.position")
    List<Statement> findInBriefing(@Param("briefingId") Long briefingId);

    @EntityGraph(attributePaths = {"speaker", "briefing"})
    @Query("select s from Statement s join s.briefing b join s.initiatives i where i.id = :initiativeId and "
            + PUBLIC + " order by s.saidOn desc, s.id")
    List<Statement> findPublicAbout(@Param("initiativeId") Long initiativeId, @Param("now") Instant now);

    @EntityGraph(attributePaths = {"speaker", "briefing"})
    @Query("select s from Statement s join s.briefing b join s.commitments c where c.id = :commitmentId and "
            + PUBLIC + " order by s.saidOn desc, s.id")
    List<Statement> findPublicOnCommitment(@Param("commitmentId") Long commitmentId, @Param("now") Instant now);
}
