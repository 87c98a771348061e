package eu.newsroom.account;

import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts of their own for each test, so that locking, role changes and wrong passwords never touch
 * the demo accounts other tests sign in with (nor their sign-in throttle). A plain object, not a bean:
 * importing a test bean would give the test class an application context of its own.
 */
final class TestAccounts {

    static final String PASSWORD = "a test password of some length";

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;

    TestAccounts(ApplicationContext context) {
        this.accounts = context.getBean(AccountRepository.class);
        this.encoder = context.getBean(PasswordEncoder.class);
    }

    /** A new account with {@link #PASSWORD}; returns its user name. */
    String create(Role role) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID() + "@test.example";
        accounts.save(new Account(username, "Test " + role, encoder.encode(PASSWORD), role));
        return username;
    }

    long id(String username) {
        return accounts.findByUsername(username).orElseThrow().getId();
    }

    Account find(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }
}
