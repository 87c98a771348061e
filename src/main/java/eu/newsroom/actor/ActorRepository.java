package eu.newsroom.actor;

import eu.newsroom.visibility.Visibility;
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

/** Stored actors, found by permalink slug. */
public interface ActorRepository extends JpaRepository<Actor, Long> {

    Optional<Actor> findBySlug(String slug);

    @EntityGraph(attributePaths = "names")
    List<Actor> findBySlugIn(Collection<String> slugs);

    Page<Actor> findAllByOrderByNameAsc(Pageable pageable);

    /** Actors public for a reader whose embargoes are lifted up to {@code now} ({@link Visibility}). */
    @Query(value = "select a from Actor a where a" + Visibility.SHARED + " order by a.name",
            countQuery = "select count(a) from Actor a where a" + Visibility.SHARED)
    Page<Actor> findPublic(@Param("now") Instant now, Pageable pageable);

    @Query("select a from Actor a where a.slug = :slug and a" + Visibility.SHARED)
    Optional<Actor> findPublicBySlug(@Param("slug") String slug, @Param("now") Instant now);
}
