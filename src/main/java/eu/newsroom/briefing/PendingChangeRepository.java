package eu.newsroom.briefing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The changes unpublished briefings keep for shared objects, in the order they were written. */
public interface PendingChangeRepository extends JpaRepository<PendingChange, Long> {

    List<PendingChange> findByBriefingIdOrderById(long briefingId);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from PendingChange p where p.briefingId = :briefingId")
    int dropFor(@Param("briefingId") long briefingId);
}
