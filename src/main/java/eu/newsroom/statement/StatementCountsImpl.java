package eu.newsroom.statement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One grouped query per call: the filter's predicate with a GROUP BY on the language. */
class StatementCountsImpl implements StatementCounts {

    private final EntityManager entityManager;

    StatementCountsImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Map<String, Long> countByLanguage(StatementFilter filter, Instant now) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Statement.class);
        var count = cb.count(root);
        query.multiselect(root.get("lang"), count).where(filter.where(root, query, cb, now))
                .groupBy(root.get("lang")).orderBy(cb.desc(count), cb.asc(root.get("lang")));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Tuple row : entityManager.createQuery(query).getResultList()) {
            counts.put(row.get(0, String.class), row.get(1, Long.class));
        }
        return counts;
    }
}
