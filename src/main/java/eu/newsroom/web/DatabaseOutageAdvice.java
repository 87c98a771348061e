package eu.newsroom.web;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A 503 for a controller whose database went away. It must run inside Spring MVC: when the driver's
 * root cause is an EOFException (a PostgreSQL closing connections as it stops), Spring MVC would take the
 * failure for a client that hung up and answer an empty 200 (DisconnectedClientHelper).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageAdvice {

    private final DatabaseOutage outage;

    DatabaseOutageAdvice(DatabaseOutage outage) {
        this.outage = outage;
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class})
    void databaseFailure(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (!outage.caused(e)) {
            throw e;
        }
        outage.answer(request, response, e);
    }
}
