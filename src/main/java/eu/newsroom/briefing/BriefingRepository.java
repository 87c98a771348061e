package eu.newsroom.briefing;

import eu.newsroom.visibility.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Stored briefings. "Public" queries apply the publication and embargo rule in the database. */
public interface BriefingRepository extends JpaRepository<Briefing, Long> {

    /**
     * Whether the briefing with an id is public to a reader whose embargoes are lifted up to this instant (the rule
     * of {@link Visibility}); a deleted one is nobody's. For modules that keep a briefing as an id (initiatives).
     */
    default LongPredicate publicAt(Instant liftedUpTo) {
        return id -> findById(id).map(b -> b.isPublicAt(liftedUpTo)).orElse(false);
    }

    /** The one rule ({@link Visibility}); {@code :now} is the reader's {@link Visibility#liftedUpTo()}. */
    String PUBLIC = Visibility.BRIEFING_B;

    Optional<Briefing> findByExternalId(String externalId);

    boolean existsBySlug(String slug);

    Optional<Briefing> findBySlug(String slug);

    /** A permalink not yet taken: "2025-12-01-title-words", with "-2", "-3"... when needed. */
    default String unusedSlug(LocalDate eventDate, String title) {
        String base = eventDate + "-" + eu.newsroom.shared.Slugs.of(title);
        String candidate = base;
        for (int n = 2; existsBySlug(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    Optional<Briefing> findBySlugAndStatus(String slug, PublicationStatus status);

    /** The ids of scheduled items whose time has come, for the publication job (which loads them one by one). */
    @Query("select b.id from Briefing b where b.status = eu.newsroom.briefing.PublicationStatus.SCHEDULED"
            + " and b.scheduledFor <= :now order by b.scheduledFor, b.id")
    List<Long> findDueIds(@Param("now") Instant now);

    /** The ids of published items whose embargo has ended and that have not yet been announced as public to everyone. */
    @Query("select b.id from Briefing b where b.status = eu.newsroom.briefing.PublicationStatus.PUBLISHED"
            + " and b.becamePublicAt is null and (b.embargoUntil is null or b.embargoUntil <= :now) order by b.id")
    List<Long> findEmbargoEndedIds(@Param("now") Instant now);

    /** The editorial desk: items in one workflow status, most recently changed first. */
    Page<Briefing> findByStatusOrderByUpdatedAtDesc(PublicationStatus status, Pageable pageable);

    long countByStatus(PublicationStatus status);

    Optional<Briefing> findByTranslationGroupAndLang(String translationGroup, String lang);

    @Query("select b from Briefing b where b.slug = :slug and " + PUBLIC)
    Optional<Briefing> findPublicBySlug(@Param("slug") String slug, @Param("now") Instant now);

    @Query("select b from Briefing b where b.translationGroup = :group and " + PUBLIC + " order by b.lang")
    List<Briefing> findPublicVersions(@Param("group") String group, @Param("now") Instant now);

    /**
     * Public briefings, newest first. Without a language filter, one version per translation group
     * is listed: the one in the reader's language where it exists, else the first stored.
     */
    @Query(value = "select b from Briefing b left join b.institution i where " + PUBLIC + FILTERS
            + " order by b.eventDate desc, b.id desc",
            countQuery = "select count(b) from Briefing b left join b.institution i where " + PUBLIC + FILTERS)
    Page<Briefing> findPublic(@Param("fromDate") LocalDate from, @Param("toDate") LocalDate to,
            @Param("lang") String lang, @Param("institution") String institution, @Param("topic") String topic,
            @Param("readerLang") String readerLang, @Param("now") Instant now, Pageable pageable);

    /** The widest date range, for lists without a date filter (a null date parameter has no SQL type). */
    LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    LocalDate LATEST = LocalDate.of(9999, 12, 31);

    String FILTERS = " and b.eventDate between :fromDate and :toDate"
            + " and (:lang is null or b.lang = :lang)"
            + " and (:institution is null or i.slug = :institution)"
            + " and (:topic is null or exists (select 1 from b.topics t where t.slug = :topic))"
            + " and (:lang is not null or not exists (select 1 from Briefing o where o.translationGroup = b.translationGroup"
            + "   and o.id <> b.id and " + Visibility.BRIEFING_O
            + "   and ((o.lang = :readerLang and b.lang <> :readerLang)"
            + "     or (o.lang <> :readerLang and b.lang <> :readerLang and o.id < b.id))))";

    /** Every public version, newest publication first, for feeds (no collapsing of language versions). */
    @Query("select b from Briefing b where " + PUBLIC
            + " and (:lang is null or b.lang = :lang)"
            + " and (:topic is null or exists (select 1 from b.topics t where t.slug = :topic))"
            + " order by b.publishedAt desc, b.id desc")
    List<Briefing> findPublicLatest(@Param("lang") String lang, @Param("topic") String topic, @Param("now") Instant now,
            Pageable pageable);

    /** Public briefings an actor issued or spoke in, newest publication first. */
    @Query("select b from Briefing b left join b.institution i left join b.speaker sp where " + PUBLIC
            + " and (i.slug = :actor or sp.slug = :actor) order by b.publishedAt desc, b.id desc")
    List<Briefing> findPublicByActor(@Param("actor") String actorSlug, @Param("now") Instant now, Pageable pageable);

    /** Public briefings that mention an initiative, newest publication first. */
    @Query("select b from Briefing b join b.initiatives x where x.slug = :initiative and " + PUBLIC
            + " order by b.publishedAt desc, b.id desc")
    List<Briefing> findPublicByInitiative(@Param("initiative") String initiativeSlug, @Param("now") Instant now,
            Pageable pageable);

    /** Every public briefing, for the sitemap. */
    @Query("select b from Briefing b where " + PUBLIC + " order by b.id")
    List<Briefing> findAllPublic(@Param("now") Instant now);

    @Query("select distinct b.lang from Briefing b where " + PUBLIC + " order by b.lang")
    List<String> findPublicLanguages(@Param("now") Instant now);

    /** The institutions that issued a public briefing, for the list's institution choice. */
    @Query("select distinct i from Briefing b join b.institution i where " + PUBLIC)
    List<eu.newsroom.actor.Actor> findPublicInstitutions(@Param("now") Instant now);

    @Query("select b from Briefing b join b.initiatives i where i.id = :initiativeId and " + PUBLIC
            + " order by b.eventDate desc, b.id desc")
    List<Briefing> findPublicMentioning(@Param("initiativeId") Long initiativeId, @Param("now") Instant now);
}
