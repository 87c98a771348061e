package eu.newsroom.initiative;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored initiatives. */
public interface InitiativeRepository extends JpaRepository<Initiative, Long> {

    Optional<Initiative> findBySlug(String slug);

    List<Initiative> findBySlugIn(Collection<String> slugs);

    @EntityGraph(attributePaths = {"aliases", "leads"})
    List<Initiative> findAllByOrderByNameAsc();

    /**
     * Initiatives under way (operational or planned), most recently updated first, with aliases and leads.
     * A fixed query with "join fetch", not an entity graph and a list parameter: Hibernate caches its SQL.
     */
    @Query("select distinct i from Initiative i left join fetch i.aliases left join fetch i.leads"
            + " where i.status in (eu.newsroom.initiative.InitiativeStatus.OPERATIONAL,"
            + " eu.newsroom.initiative.InitiativeStatus.PLANNING) order by i.updatedAt desc")
    List<Initiative> findActive();
}
