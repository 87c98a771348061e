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
 * starts with a default password. A configured password that the password policy refuses (fewer
 * than 12 characters, more than 128, or a common one) stops the start.
 */
@Component
@Order(1)
class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final BootstrapAdministratorProperties properties;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;

    BootstrapAdministrator(BootstrapAdministratorProperties properties, AccountRepository accounts,
            PasswordEncoder passwordEncoder, PasswordPolicy policy) {
        this.properties = properties;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
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
        policy.problem(password).ifPresent(problem -> {
            throw new IllegalStateException("newsroom.bootstrap-admin.password must have "
                    + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                    + " characters and not be a common password (" + problem + ")");
        });
        accounts.save(new Account(username, "Chief Editor", passwordEncoder.encode(password), Role.CHIEF_EDITOR));
        log.info("Created the first chief editor account {}", username);
    }
}
