package eu.newsroom.statement;

import java.time.Instant;
import java.util.Map;

/** Counts over filtered statements, for the explorer's facets. */
interface StatementCounts {

    /** How many public statements match the filter in each language, most first. */
    Map<String, Long> countByLanguage(StatementFilter filter, Instant now);
}
