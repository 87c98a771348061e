package eu.newsroom.alert;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pauses the alerts of an address the mail system reported as failing for good after the mail had left (a bounce
 * by mail, {@link BounceMailbox}): the same pause, {@code BOUNCED} with the report's words, that a refusal while
 * sending makes ({@link AlertOutbox}), so /me/alerts shows it and offers to resume.
 */
@Component
class AlertBounces {

    private static final Logger log = LoggerFactory.getLogger(AlertBounces.class);

    private final JdbcClient jdbc;

    AlertBounces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Pauses the running alerts mailed to {@code address}; answers how many. */
    @Transactional
    public int pause(String address, String detail) {
        String clipped = detail.length() > 500 ? detail.substring(0, 500) : detail;
        int paused = jdbc.sql("""
                update alert set paused = :pause, paused_detail = :detail, version = version + 1
                where paused is null
                  and account_id in (select account_id from alert_address where lower(email) = lower(:address))""")
                .param("pause", Alert.Pause.BOUNCED.name()).param("detail", clipped).param("address", address)
                .update();
        if (paused > 0) {
            log.warn("{} alert(s) of {} paused: bounce by mail ({})", paused, address, clipped);
        }
        return paused;
    }
}
