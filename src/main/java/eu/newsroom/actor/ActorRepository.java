package eu.newsroom.actor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored actors, found by permalink slug. */
public interface ActorRepository extends JpaRepository<Actor, Long> {

    Optional<Actor> findBySlug(String slug);

    @EntityGraph(attributePaths = "names")
    List<Actor> findBySlugIn(Collection<String> slugs);

    Page<Actor> findAllByOrderByNameAsc(Pageable pageable);
}
