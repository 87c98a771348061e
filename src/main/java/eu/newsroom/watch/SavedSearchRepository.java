package eu.newsroom.watch;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored saved searches, always looked up with their owner (or by the feed token, which stands for the owner). */
interface SavedSearchRepository extends JpaRepository<SavedSearch, Long> {

    List<SavedSearch> findByAccountIdOrderByCreatedAtAscIdAsc(Long accountId);

    Optional<SavedSearch> findByIdAndAccountId(Long id, Long accountId);

    Optional<SavedSearch> findByFeedToken(String feedToken);

    long countByAccountId(Long accountId);
}
