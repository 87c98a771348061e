package eu.newsroom.topic;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored thesaurus concepts. */
public interface TopicRepository extends JpaRepository<Topic, Long> {

    Optional<Topic> findBySlug(String slug);

    @EntityGraph(attributePaths = "labels")
    List<Topic> findBySlugIn(Collection<String> slugs);

    @EntityGraph(attributePaths = "labels")
    List<Topic> findAllByOrderBySlugAsc();
}
