package eu.newsroom.alert;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AlertRepository extends JpaRepository<Alert, Long> {

    List<Alert> findByAccountIdOrderByCreatedAtAscIdAsc(Long accountId);

    Optional<Alert> findByIdAndAccountId(Long id, Long accountId);

    Optional<Alert> findByAccountIdAndKindAndTargetId(Long accountId, Alert.Kind kind, Long targetId);

    long countByAccountId(Long accountId);

    /** The searches followed by readers whose address is confirmed and whose alert mails. */
    List<Alert> findByKindAndPausedIsNull(Alert.Kind kind);
}
