package eu.newsroom.statement;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.visibility.Visibility;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which statements the explorer, the exports and the comparison cover: by speaker (actor slug), the role
 * they spoke in (words of it, any case), topic (slug), date range and language (a BCP 47 tag; "de" also
 * matches "de-AT"); all optional. Only statements from briefings the reader may see are ever matched.
 */
public record StatementFilter(String speaker, String role, String topic, LocalDate from, LocalDate to, String lang) {

    public static final StatementFilter ALL = new StatementFilter(null, null, null, null, null, null);

    public boolean isEmpty() {
        return speaker == null && role == null && topic == null && from == null && to == null && lang == null;
    }

    /** The same filter in every language, for the counts by language. */
    public StatementFilter inAnyLanguage() {
        return new StatementFilter(speaker, role, topic, from, to, null);
    }

    public StatementFilter bySpeaker(String speakerSlug) {
        return new StatementFilter(speakerSlug, role, topic, from, to, lang);
    }

    Specification<Statement> visibleAt(Instant now) {
        return (root, query, cb) -> where(root, query, cb, now);
    }

    Predicate where(Root<Statement> root, CriteriaQuery<?> query, CriteriaBuilder cb, Instant now) {
        List<Predicate> where = new ArrayList<>();
        Join<Statement, Briefing> briefing = root.join("briefing");
        where.add(Visibility.briefing(cb, briefing, now));
        if (speaker != null) {
            where.add(cb.equal(root.join("speaker").get("slug"), speaker));
        }
        if (role != null) {
            String words = "%" + role.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(cb.like(cb.lower(root.get("speakerRole")), words, '\\'));
        }
        if (topic != null) {
            // a subquery rather than a join: a statement with several topics stays one row
            Subquery<Long> tagged = query.subquery(Long.class);
            Root<Statement> same = tagged.from(Statement.class);
            tagged.select(same.get("id")).where(cb.equal(same.get("id"), root.get("id")),
                    cb.equal(same.join("topics").get("slug"), topic));
            where.add(cb.exists(tagged));
        }
        if (from != null) {
            where.add(cb.greaterThanOrEqualTo(root.get("saidOn"), from));
        }
        if (to != null) {
            where.add(cb.lessThanOrEqualTo(root.get("saidOn"), to));
        }
        if (lang != null) {
            where.add(cb.or(cb.equal(root.get("lang"), lang), cb.like(root.get("lang"), lang + "-%")));
        }
        return cb.and(where.toArray(Predicate[]::new));
    }
}
