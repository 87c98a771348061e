package eu.newsroom.commitment;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.shared.ActingUser;
import eu.newsroom.visibility.Visibility;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Stored commitments. Public ones come from a briefing the public may see (or from none). */
public interface CommitmentRepository extends JpaRepository<Commitment, Long>, JpaSpecificationExecutor<Commitment> {

    /**
     * Takes a commitment off a briefing, announcing who did it ({@link CommitmentWritten}) while it is still there; one
     * that no other briefing reports is removed.
     */
    default void takeOff(Commitment commitment, Briefing briefing, ActingUser by) {
        commitment.removedBy(by, briefing.getId());
        save(commitment);
        if (!commitment.unreport(briefing)) {
            delete(commitment);
        }
    }

    /** Public commitments matching a filter, largest euro value first. */
    default Page<Commitment> findPublic(CommitmentFilter filter, Instant now, Pageable pageable) {
        Sort order = Sort.by(Sort.Order.desc("amountEur").nullsLast(), Sort.Order.desc("announcedOn"), Sort.Order.asc("id"));
        return findAll(filter.publicAt(now), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order));
    }

    /** From no briefing, or from one public for the reader ({@link Visibility}). */
    String PUBLIC = "(b is null or " + Visibility.BRIEFING_B + ")";

    Optional<Commitment> findBySlug(String slug);

    List<Commitment> findBySlugIn(Collection<String> slugs);

    /** With its history and each step's briefing, which say which steps the reader sees. */
    @Query("select c from Commitment c left join c.sourceBriefing b left join fetch c.history h"
            + " left join fetch h.sourceBriefing where c.slug = :slug and " + PUBLIC)
    Optional<Commitment> findPublicBySlug(@Param("slug") String slug, @Param("now") Instant now);

    // "join fetch" rather than @EntityGraph: Hibernate caches the SQL of a query only without an entity graph
    @Query("select c from Commitment c left join fetch c.donor left join fetch c.recipient join c.reportedIn r where r.id = :briefingId order by c.announcedOn, c.id")
    List<Commitment> findReportedIn(@Param("briefingId") Long briefingId);

    /** The commitments reported in a briefing that are public to the reader: a briefing page's list. */
    @Query("select c from Commitment c left join fetch c.donor left join fetch c.recipient join c.reportedIn r"
            + " left join c.sourceBriefing b where r.id = :briefingId and " + PUBLIC + " order by c.announcedOn, c.id")
    List<Commitment> findPublicReportedIn(@Param("briefingId") Long briefingId, @Param("now") Instant now);

    /** The commitments with a step of their history from this briefing. */
    @Query("select distinct c from Commitment c join c.history h where h.sourceBriefing.id = :briefingId")
    List<Commitment> findWithStepFrom(@Param("briefingId") Long briefingId);

    @Query("select c from Commitment c left join fetch c.donor left join fetch c.recipient left join c.sourceBriefing b where (c.donor.id = :actorId"
            + " or c.recipient.id = :actorId) and " + PUBLIC + " order by c.announcedOn desc")
    List<Commitment> findPublicInvolving(@Param("actorId") Long actorId, @Param("now") Instant now);

    @Query("select c from Commitment c left join fetch c.donor left join fetch c.recipient left join c.sourceBriefing b where c.initiative.id = :initiativeId and "
            + PUBLIC + " order by c.announcedOn desc")
    List<Commitment> findPublicForInitiative(@Param("initiativeId") Long initiativeId, @Param("now") Instant now);

    /** The public commitments that are part of this one. */
    @Query("select c from Commitment c left join c.sourceBriefing b where c.partOf.id = :wholeId and " + PUBLIC
            + " order by c.title, c.id")
    List<Commitment> findPublicParts(@Param("wholeId") Long wholeId, @Param("now") Instant now);

    /** Amounts in another currency without a euro value, on the commitment or in its history. */
    @Query("select c from Commitment c where (c.amount is not null and c.currency <> 'EUR' and c.amountEur is null)"
            + " or exists (select 1 from CommitmentChange h where h.commitment = c and h.amount is not null"
            + " and h.currency <> 'EUR' and h.amountEur is null)")
    List<Commitment> findForeignWithoutEuroValue();

    /** How many commitments in another currency have no euro value of their own (the rate table ends before). */
    @Query("select count(c) from Commitment c where c.amount is not null and c.currency <> 'EUR' and c.amountEur is null")
    long countForeignWithoutEuroValue();
}
