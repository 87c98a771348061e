package eu.newsroom.commitment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Stored commitments. Public ones come from a briefing the public may see (or from none). */
public interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    String PUBLIC = "(b is null or (b.status = eu.newsroom.briefing.PublicationStatus.PUBLISHED"
            + " and (b.embargoUntil is null or b.embargoUntil <= :now)))";

    Optional<Commitment> findBySlug(String slug);

    List<Commitment> findBySlugIn(Collection<String> slugs);

    @EntityGraph(attributePaths = {"donor", "recipient"})
    @Query(value = "select c from Commitment c left join c.sourceBriefing b where " + PUBLIC
            + " order by c.amountEur desc nulls last, c.announcedOn desc, c.id",
            countQuery = "select count(c) from Commitment c left join c.sourceBriefing b where " + PUBLIC)
    Page<Commitment> findPublic(@Param("now") Instant now, Pageable pageable);

    @Query("select c from Commitment c left join c.sourceBriefing b where c.slug = :slug and " + PUBLIC)
    Optional<Commitment> findPublicBySlug(@Param("slug") String slug, @Param("now") Instant now);

    @EntityGraph(attributePaths = {"donor", "recipient"})
    @Query("select c from Commitment c join c.reportedIn r where r.id = :briefingId order by c.announcedOn, c.id")
    List<Commitment> findReportedIn(@Param("briefingId") Long briefingId);

    @EntityGraph(attributePaths = {"donor", "recipient"})
    @Query("select c from Commitment c left join c.sourceBriefing b where (c.donor.id = :actorId"
            + " or c.recipient.id = :actorId) and " + PUBLIC + " order by c.announcedOn desc")
    List<Commitment> findPublicInvolving(@Param("actorId") Long actorId, @Param("now") Instant now);

    @EntityGraph(attributePaths = {"donor", "recipient"})
    @Query("select c from Commitment c left join c.sourceBriefing b where c.initiative.id = :initiativeId and "
            + PUBLIC + " order by c.announcedOn desc")
    List<Commitment> findPublicForInitiative(@Param("initiativeId") Long initiativeId, @Param("now") Instant now);
}
