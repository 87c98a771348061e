package eu.newsroom.portal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No N+1: the number of SQL statements a list page runs does not grow with the number of items
 * on it (Hibernate's statistics count them).
 */
@NewsroomTest
class QueryCountTest {

    @Autowired
    Http http;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JdbcClient jdbc;

    /**
     * The fewer of two counts: the statistics are global, and a background job (the scheduled publication check)
     * that runs while a slow request is served adds its own statement to that request's count.
     */
    private long statementsFor(String path) {
        return Math.min(statementsOnceFor(path), statementsOnceFor(path));
    }

    private long statementsOnceFor(String path) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        assertThat(http.get(path, "text/html,application/json;q=0.9").statusCode()).isEqualTo(200);
        return statistics.getPrepareStatementCount();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/briefings", "/statements", "/commitments", "/actors", "/api/v1/briefings",
            "/api/v1/statements", "/api/v1/commitments", "/statements?topic=support-to-ukraine&lang=en",
            "/statements?speaker=kaja-kallas&role=high&from=2024-01-01&to=2026-12-31",
            "/statements/compare?left=kaja-kallas&right=ursula-von-der-leyen&topic=support-to-ukraine",
            "/actors/kaja-kallas/timeline", "/initiatives/eastern-flank-watch/timeline", "/commitments/tracker",
            "/exports/statements.json?speaker=kaja-kallas", "/exports/commitments.json"})
    void listPagesRunABoundedNumberOfStatements(String list) {
        String separator = list.contains("?") ? "&" : "?";
        long small = statementsFor(list + separator + "size=10");
        long large = statementsFor(list + separator + "size=100");
        // a batch for one kind of link (other language versions, embargoes, relations) runs only when an item on the
        // page has one: a hundred items may need two such batches more than ten; one statement per item would be 90
        assertThat(large).as("statements for 100 items vs 10 items").isLessThanOrEqualTo(small + 2);
        assertThat(large).isLessThanOrEqualTo(12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/search?q=ukraine", "/api/v1/search?q=defence", "/initiatives", "/topics",
            "/initiatives/eastern-flank-watch", "/actors/kaja-kallas"})
    void pagesWithoutASizeRunABoundedNumberOfStatements(String page) {
        assertThat(statementsFor(page)).isLessThanOrEqualTo(12);
    }

    @Test
    void aBriefingPageDoesNotRunAStatementPerStatementItShows() {
        List<Map<String, Object>> byCount = jdbc.sql("select b.slug, count(*) as statements from briefing b "
                + "join statement s on s.briefing_id = b.id where b.status = 'PUBLISHED' and b.embargo_until is null "
                // the demo corpus's briefings, whose links are alike: other tests' items may have none of them
                + "and b.external_id like 'newsroom-%' "
                + "group by b.id, b.slug order by count(*) desc, b.id").query().listOfRows();
        Map<String, Object> many = byCount.get(0);
        Map<String, Object> few = byCount.get(byCount.size() - 1);
        long moreShown = ((Number) many.get("statements")).longValue() - ((Number) few.get("statements")).longValue();
        assertThat(moreShown).as("the demo corpus has briefings with few and with many statements").isGreaterThanOrEqualTo(5);
        // each kind of link the statements have and the other briefing's may lack (topics, initiatives,
        // commitments, the speakers' names and roles: five) costs one batch, never one per statement; with one
        // statement per statement shown, ten more shown would cost ten more
        long moreRun = statementsFor("/briefings/" + many.get("slug")) - statementsFor("/briefings/" + few.get("slug"));
        assertThat(moreRun).as("statements run for " + many + " beyond " + few).isLessThanOrEqualTo(moreShown / 2);
    }
}
