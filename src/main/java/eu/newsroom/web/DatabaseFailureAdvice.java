package eu.newsroom.web;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Database failures that are not faults of the newsroom: a 503 when the database went away, a 400 when
 * the reader's text holds a character PostgreSQL cannot store (U+0000). The outage case must be handled
 * inside Spring MVC: when the driver's root cause is an EOFException (a PostgreSQL closing connections as
 * it stops), Spring MVC would take it for a client that hung up and answer an empty 200 (DisconnectedClientHelper).
 */
@ControllerAdvice
// the default, lowest precedence: an advice with a more specific answer (a 409 for an optimistic-locking
// failure, say) is chosen first; a non-outage failure is rethrown here and stays a 500
class DatabaseFailureAdvice {

    /** character_not_in_repertoire (a NUL in text) and untranslatable_character. */
    private static final Set<String> UNSTORABLE_TEXT = Set.of("22021", "22P05");

    private final DatabaseOutage outage;
    private final MessageSource messages;

    DatabaseFailureAdvice(DatabaseOutage outage, MessageSource messages) {
        this.outage = outage;
        this.messages = messages;
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class})
    void databaseFailure(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (unstorableText(e)) {
            ErrorAnswer.send(request, response, 400, messages.getMessage("error.unstorableText", null, RequestContextUtils.getLocale(request)));
            return;
        }
        if (!outage.caused(e)) {
            throw e;
        }
        outage.answer(request, response, e);
    }

    private static boolean unstorableText(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && UNSTORABLE_TEXT.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
