package eu.newsroom.account;

import eu.newsroom.shared.ActingUser;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Asks the acting user for their current password again before a sensitive change (a role, their
 * own password), so that a session left open or taken over is not enough. Wrong answers count
 * towards the sign-in throttle like failed sign-ins, and are recorded in the audit log.
 */
@Component
class Reauthentication {

    static final String FIELD = "currentPassword";

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    Reauthentication(AccountRepository accounts, PasswordEncoder encoder, LoginThrottle throttle,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.events = events;
    }

    /** Returns normally when {@code password} is the acting user's; otherwise a rejection of the field. */
    void confirm(ActingUser by, String password) {
        if (throttle.waitBefore(by.username(), by.clientAddress()).isPresent()) {
            throw new FormRejection(FIELD, "account.error.reauthenticationThrottled");
        }
        Account account = accounts.findByUsername(by.username()).orElseThrow(() -> new FormRejection(FIELD, "account.error.currentPassword"));
        if (password == null || password.isEmpty() || !account.hasPassword()
                || !encoder.matches(password, account.getPasswordHash())) {
            throttle.failed(by.username(), by.clientAddress());
            events.publishEvent(new AccountEvent("REAUTHENTICATION_FAILED", by.username(), by, Map.of()));
            throw new FormRejection(FIELD, "account.error.currentPassword");
        }
    }
}
