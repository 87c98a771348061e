package eu.newsroom.account;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first chief editor from configuration, once, so that a server deployment never
 * starts with a default password. A configured password shorter than 12 characters stops the start.
 */
@Component
@Order(1)
class BootstrapAdministrator implements ApplicationRunner {

    static final int MIN_PASSWORD_LENGTH = 12;

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final BootstrapAdministratorProperties properties;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    BootstrapAdministrator(BootstrapAdministratorProperties properties, AccountRepository accounts,
            PasswordEncoder passwordEncoder) {
        this.properties = properties;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (properties.username() == null || properties.username().isBlank()) {
            return;
        }
        String username = properties.username().strip().toLowerCase(Locale.ROOT);
        if (accounts.existsByUsername(username)) {
            return;
        }
        String password = properties.password();
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("newsroom.bootstrap-admin.password must have at least "
                    + MIN_PASSWORD_LENGTH + " characters");
        }
        accounts.save(new Account(username, "Chief Editor", passwordEncoder.encode(password), Role.CHIEF_EDITOR));
        log.info("Created the first chief editor account {}", username);
    }
}
