package eu.newsroom.web;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Tells a failure caused by an unreachable database (stopped, restarting, network cut) from any other:
 * the first is the newsroom being temporarily unavailable (503), the second a fault (500). Most such
 * failures say so (connection SQLStates, Spring's resource failures); some do not (a rollback on a
 * connection the pool has already closed), so a database failure that does not say is checked by asking
 * the database whether it answers.
 */
@Component
class DatabaseOutage {

    /** SQLState class 08: connection exception; 57P01-57P03: the server is shutting down or starting. */
    private static final String CONNECTION_EXCEPTION = "08";

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);
    /** Hikari's connection time-out is 2 s; a client retrying after 5 s finds a recovered database served. */
    private static final String RETRY_AFTER_SECONDS = "5";
    private static final String ANSWERED = DatabaseOutage.class.getName() + ".ANSWERED";

    private final DataSource dataSource;
    private final MessageSource messages;

    DatabaseOutage(DataSource dataSource, MessageSource messages) {
        this.dataSource = dataSource;
        this.messages = messages;
    }

    /**
     * 503 with Retry-After and the reader's message; Boot's error handling renders it as a page or as JSON, and the
     * request is marked so that its error page does not ask the database for the session again
     * ({@link DatabaseOutageFilter}).
     */
    void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure) throws IOException {
        log.warn("Database unreachable, {} {} answered 503: {}", request.getMethod(), request.getRequestURI(), failure.toString());
        request.setAttribute(ANSWERED, Boolean.TRUE);
        response.resetBuffer();
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        ErrorAnswer.send(request, response, 503, messages.getMessage("error.databaseUnavailable", null, RequestContextUtils.getLocale(request)));
    }

    /** Whether this request was answered 503 for an unreachable database (and is now rendering its error page). */
    static boolean answered(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(ANSWERED));
    }

    boolean caused(Throwable failure) {
        return saysUnreachable(failure) || (involvesTheDatabase(failure) && !databaseAnswers());
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean involvesTheDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessException || cause instanceof PersistenceException || cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    static boolean saysUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION) || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }
}
