package eu.newsroom.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.newsroom.support.NewsroomTest;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every failed password costs the same work whatever the account's state (issue 19 finding 7: a wrong password for
 * an invited account was answered in 9-33 ms against 120-320 ms for others, because no hash was checked). Counted,
 * not timed: the sign-in is built as the application builds it ({@code SecurityConfiguration.accountAuthentication})
 * on the real accounts and the real Argon2id encoder, which the test wraps to count the checks made against a real
 * hash.
 */
@NewsroomTest
class FailedSignInWorkTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    /** The application's encoder, counting the password checks against a real ({@code {argon2}} or {@code {bcrypt}}) hash. */
    static final class CountingEncoder implements PasswordEncoder {
        private final PasswordEncoder real;
        final AtomicInteger realChecks = new AtomicInteger();

        CountingEncoder(PasswordEncoder real) {
            this.real = real;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return real.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            if (encodedPassword != null && (encodedPassword.startsWith("{argon2}") || encodedPassword.startsWith("{bcrypt}"))) {
                realChecks.incrementAndGet();
            }
            return real.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return real.upgradeEncoding(encodedPassword);
        }
    }

    @Test
    void everyFailedPasswordIsCheckedAgainstARealHashWhateverTheAccountsState() {
        TestAccounts test = new TestAccounts(context);
        String active = test.create(Role.EDITOR);
        String locked = test.create(Role.EDITOR);
        Account lockedAccount = test.find(locked);
        lockedAccount.lock();
        accounts.save(lockedAccount);
        String invited = "invited-" + UUID.randomUUID() + "@test.example";
        accounts.save(new Account(invited, "Invited, no password yet", null, Role.JOURNALIST));

        CountingEncoder counting = new CountingEncoder(encoder);
        AuthenticationProvider signIn = new SecurityConfiguration()
                .accountAuthentication(new AccountUserDetailsService(accounts, counting), counting);

        String[][] failures = {{"an active account, wrong password", active, "wrong password of some length"},
                {"an unknown account", "nobody-" + UUID.randomUUID() + "@test.example", "wrong password of some length"},
                {"an invited account without a password", invited, "wrong password of some length"},
                {"a locked account, wrong password", locked, "wrong password of some length"},
                {"a locked account, its right password", locked, TestAccounts.PASSWORD}};
        for (String[] failure : failures) {
            counting.realChecks.set(0);
            assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(failure[1], failure[2])))
                    .as(failure[0]).isInstanceOf(AuthenticationException.class);
            assertThat(counting.realChecks).as(failure[0] + ": checks against a real hash").hasValue(1);
        }
        // the state is still what refuses the right password of a locked account
        assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(locked, TestAccounts.PASSWORD)))
                .isInstanceOf(LockedException.class);
        counting.realChecks.set(0);
        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(active, TestAccounts.PASSWORD))
                .isAuthenticated()).isTrue();
        assertThat(counting.realChecks).hasValue(1);
    }
}
