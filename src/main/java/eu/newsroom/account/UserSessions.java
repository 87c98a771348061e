package eu.newsroom.account;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The signed-in sessions of each user, kept in PostgreSQL by Spring Session: counted for the admin
 * pages, and ended when an account is locked, changes role or password, or on request.
 */
@Component
class UserSessions {

    private final FindByIndexNameSessionRepository<?> sessions;
    private final JdbcClient jdbc;
    private final Clock clock;

    UserSessions(FindByIndexNameSessionRepository<?> sessions, JdbcClient jdbc, Clock clock) {
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Live sessions per user name, in one query (the table is ours: migration V5). */
    Map<String, Integer> countByUser() {
        return jdbc.sql("select principal_name, count(*) from spring_session"
                        + " where principal_name is not null and expiry_time > ? group by principal_name")
                .param(clock.millis())
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Ends the user's sessions, all but {@code keep} (null: all), once the surrounding transaction
     * commits: a rolled-back change ends nothing, and a session started while the change was being
     * made is ended too. Returns how many sessions there are to end now.
     */
    int end(String username, String keep) {
        int now = others(username, keep).size();
        Runnable end = () -> others(username, keep).forEach(sessions::deleteById);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end.run();
                }
            });
        } else {
            end.run();
        }
        return now;
    }

    private Set<String> others(String username, String keep) {
        return sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keep)).collect(Collectors.toSet());
    }
}
