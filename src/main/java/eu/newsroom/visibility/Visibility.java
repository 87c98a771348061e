package eu.newsroom.visibility;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * What a reader may see at an instant: a briefing that is published (not a draft, in review, scheduled or
 * withdrawn) and whose embargo is lifted, or any embargo for an accredited reader; a shared object (actor, topic,
 * initiative) once an item carrying it has become public ({@code public_from}, dated like the item's embargo).
 * <p>
 * Every read path takes the rule from here, in the form it needs: a JPQL fragment ({@link #BRIEFING_B}), an SQL
 * fragment ({@link #briefingSql}), a Criteria predicate ({@link #briefing(CriteriaBuilder, Path, Instant)}), a search
 * filter ({@link #searchFilter}) or a check on loaded values ({@link #admits}). The fragments take one parameter,
 * {@code :now}, bound to {@link #liftedUpTo()}: the reader's instant, or the far future for accredited readers.
 */
public record Visibility(Audience audience, Instant at) {

    /** Far enough ahead to include any embargo, and still a valid PostgreSQL timestamp. */
    public static final Instant EVERY_EMBARGO = Instant.parse("9999-12-31T00:00:00Z");

    /** The name of the one parameter the fragments bind. */
    public static final String PARAMETER = "now";

    /** JPQL: the briefing aliased {@code b} is public for the reader ({@code :now} = {@link #liftedUpTo()}). */
    public static final String BRIEFING_B = "(b.status = eu.newsroom.briefing.PublicationStatus.PUBLISHED"
            + " and (b.embargoUntil is null or b.embargoUntil <= :now))";

    /** JPQL: the same rule for a second briefing aliased {@code o} (another language version). */
    public static final String BRIEFING_O = "(o.status = eu.newsroom.briefing.PublicationStatus.PUBLISHED"
            + " and (o.embargoUntil is null or o.embargoUntil <= :now))";

    /** JPQL, after an alias: the shared object has become public for the reader ({@code "a" + SHARED}). */
    public static final String SHARED = ".publicFrom <= :now";

    public Visibility {
        Objects.requireNonNull(audience);
        Objects.requireNonNull(at);
    }

    /** An anonymous reader at an instant: feeds, sitemap and the page cache's view. */
    public static Visibility anonymousAt(Instant at) {
        return new Visibility(Audience.ANONYMOUS, at);
    }

    /** Embargoes (and public_from moments) up to this instant are lifted for this reader. */
    public Instant liftedUpTo() {
        return audience.seesEmbargoed() ? EVERY_EMBARGO : at;
    }

    /** The rule on values already loaded: published (not withdrawn) and the embargo lifted for this reader. */
    public boolean admits(boolean published, Instant embargoUntil) {
        return published && (embargoUntil == null || !embargoUntil.isAfter(liftedUpTo()));
    }

    /** Whether a shared object that became (or becomes) public at this instant is visible to this reader. */
    public boolean admitsShared(Instant publicFrom) {
        return publicFrom != null && !publicFrom.isAfter(liftedUpTo());
    }

    /** SQL: the briefing row aliased so is public for the reader ({@code :now} = {@link #liftedUpTo()}). */
    public static String briefingSql(String alias) {
        return "(" + alias + ".status = 'PUBLISHED' and (" + alias + ".embargo_until is null or " + alias
                + ".embargo_until <= :now))";
    }

    /** SQL: the shared row (actor, topic, initiative) aliased so has become public for the reader. */
    public static String sharedSql(String alias) {
        return alias + ".public_from <= :now";
    }

    /** Criteria: the briefing at this path is public for a reader whose embargoes are lifted up to that instant. */
    public static Predicate briefing(CriteriaBuilder cb, Path<?> briefing, Instant liftedUpTo) {
        Path<Object> status = briefing.get("status");
        return cb.and(cb.equal(status, published(status)), cb.or(cb.isNull(briefing.get("embargoUntil")),
                cb.lessThanOrEqualTo(briefing.get("embargoUntil"), liftedUpTo)));
    }

    /** Criteria: the shared object at this path has become public for a reader (embargoes lifted up to then). */
    public static Predicate shared(CriteriaBuilder cb, Path<?> shared, Instant liftedUpTo) {
        return cb.lessThanOrEqualTo(shared.get("publicFrom"), liftedUpTo);
    }

    /**
     * The search index's form: documents carry whether their item is published and the instant it becomes public
     * to everyone (an embargo, or a shared object's public_from), so the rule holds without reindexing when that
     * instant passes.
     */
    public static SearchPredicate searchFilter(SearchPredicateFactory f, String publishedField, String embargoField,
            Instant liftedUpTo) {
        return f.bool(b -> {
            b.filter(f.match().field(publishedField).matching(true));
            b.filter(f.not(f.range().field(embargoField).greaterThan(liftedUpTo)));
        }).toPredicate();
    }

    // the status is an enum of the briefing module, which depends on this one: take its constant by name
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object published(Path<Object> status) {
        return Enum.valueOf((Class) status.getJavaType(), "PUBLISHED");
    }
}
