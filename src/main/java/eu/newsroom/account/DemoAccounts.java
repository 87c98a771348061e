package eu.newsroom.account;

import eu.newsroom.datastore.EmbeddedMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo accounts, created in embedded demo mode only: a server deployment never gets a default
 * password. The credentials are listed in README.md and docs/security.md.
 */
@Component
@Conditional(EmbeddedMode.class)
@Order(0)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "newsroom-demo-2025";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    DemoAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        create("chief@newsroom.example", "Chief Editor (demo)", Role.CHIEF_EDITOR);
        create("editor@newsroom.example", "Editor (demo)", Role.EDITOR);
        create("analyst@newsroom.example", "Analyst (demo)", Role.ANALYST);
        create("journalist@newsroom.example", "Accredited Journalist (demo)", Role.JOURNALIST);
    }

    private void create(String username, String displayName, Role role) {
        if (!accounts.existsByUsername(username)) {
            accounts.save(new Account(username, displayName, passwordEncoder.encode(PASSWORD), role));
            log.info("Demo mode: created account {} ({})", username, role);
        }
    }
}
