package eu.newsroom.initiative;

import eu.newsroom.visibility.Visibility;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;

/** Stored initiatives. */
public interface InitiativeRepository extends JpaRepository<Initiative, Long> {

    Optional<Initiative> findBySlug(String slug);

    /** The initiatives with a status step from this briefing. */
    @Query("select distinct i from Initiative i join i.statusChanges s where s.sourceBriefingId = :briefingId")
    List<Initiative> findWithStepFrom(@Param("briefingId") Long briefingId);

    List<Initiative> findBySlugIn(Collection<String> slugs);

    @EntityGraph(attributePaths = {"aliases", "leads"})
    List<Initiative> findAllByOrderByNameAsc();

    /**
     * Initiatives under way (operational or planned), most recently updated first, with aliases and leads.
     * A fixed query with "join fetch", not an entity graph and a list parameter: Hibernate caches its SQL.
     */
    @Query("select distinct i from Initiative i left join fetch i.aliases left join fetch i.leads"
            + " where i.status in (eu.newsroom.initiative.InitiativeStatus.OPERATIONAL,"
            + " eu.newsroom.initiative.InitiativeStatus.PLANNING) and i" + Visibility.SHARED + " order by i.updatedAt desc")
    List<Initiative> findActive(@Param("now") Instant now);

    /** Initiatives public for a reader whose embargoes are lifted up to {@code now} ({@link Visibility}). */
    @Query("select distinct i from Initiative i left join fetch i.aliases left join fetch i.leads where i"
            + Visibility.SHARED + " order by i.name")
    List<Initiative> findPublic(@Param("now") Instant now);

    @Query("select i from Initiative i where i.slug = :slug and i" + Visibility.SHARED)
    Optional<Initiative> findPublicBySlug(@Param("slug") String slug, @Param("now") Instant now);
}
