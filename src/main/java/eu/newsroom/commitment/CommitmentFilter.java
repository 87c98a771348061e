package eu.newsroom.commitment;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.visibility.Visibility;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which commitments a list or a tracker figure covers: by donor, recipient (actor slugs), category,
 * status and year announced; all optional. Only commitments the public may see are ever matched.
 */
public record CommitmentFilter(String donor, String recipient, CommitmentCategory category, CommitmentStatus status,
        Integer year) {

    public static final CommitmentFilter ALL = new CommitmentFilter(null, null, null, null, null);

    public boolean isEmpty() {
        return donor == null && recipient == null && category == null && status == null && year == null;
    }

    Specification<Commitment> publicAt(Instant now) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            Join<Commitment, Briefing> source = root.join("sourceBriefing", JoinType.LEFT);
            where.add(cb.or(cb.isNull(source.get("id")), Visibility.briefing(cb, source, now)));
            if (donor != null) {
                where.add(cb.equal(root.join("donor").get("slug"), donor));
            }
            if (recipient != null) {
                where.add(cb.equal(root.join("recipient").get("slug"), recipient));
            }
            if (category != null) {
                where.add(cb.equal(root.get("category"), category));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (year != null) {
                where.add(cb.between(root.get("announcedOn"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
