package eu.newsroom.initiative;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored initiatives. */
public interface InitiativeRepository extends JpaRepository<Initiative, Long> {

    Optional<Initiative> findBySlug(String slug);

    List<Initiative> findBySlugIn(Collection<String> slugs);

    @EntityGraph(attributePaths = {"aliases", "leads"})
    List<Initiative> findAllByOrderByNameAsc();

    @EntityGraph(attributePaths = {"aliases", "leads"})
    List<Initiative> findByStatusInOrderByUpdatedAtDesc(Collection<InitiativeStatus> statuses);
}
