package eu.newsroom.topic;

import eu.newsroom.visibility.Visibility;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Stored thesaurus concepts. */
public interface TopicRepository extends JpaRepository<Topic, Long> {

    Optional<Topic> findBySlug(String slug);

    @EntityGraph(attributePaths = "labels")
    List<Topic> findBySlugIn(Collection<String> slugs);

    @EntityGraph(attributePaths = "labels")
    List<Topic> findAllByOrderBySlugAsc();

    /** Topics public for a reader whose embargoes are lifted up to {@code now} ({@link Visibility}). */
    @Query("select distinct t from Topic t left join fetch t.labels where t" + Visibility.SHARED + " order by t.slug")
    List<Topic> findPublic(@Param("now") Instant now);

    @Query("select t from Topic t where t.slug = :slug and t" + Visibility.SHARED)
    Optional<Topic> findPublicBySlug(@Param("slug") String slug, @Param("now") Instant now);
}
