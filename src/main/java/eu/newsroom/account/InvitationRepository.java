package eu.newsroom.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored invitations, found by the hash of their token. */
interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    @Query("select i from Invitation i where i.account = ?1 and i.acceptedAt is null and i.revokedAt is null")
    List<Invitation> findUnusedOf(Account account);
}
