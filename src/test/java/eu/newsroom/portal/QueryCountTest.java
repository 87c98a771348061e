package eu.newsroom.portal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

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

    private long statementsFor(String path) {
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
        assertThat(large).as("statements for 100 items vs 10 items").isLessThanOrEqualTo(small);
        assertThat(large).isLessThanOrEqualTo(12);
    }
}
