package eu.newsroom.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs users in against the accounts stored in PostgreSQL, and rehashes a password stored with an
 * older algorithm (bcrypt) with the current one (Argon2id) when its owner signs in.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    /** A real Argon2id hash of a random secret nobody knows, made once: what an account without a password has. */
    private volatile String noPasswordHash;

    AccountUserDetailsService(AccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = find(username);
        return User.withUsername(account.getUsername())
                // an invited account has no password yet: disabled, and checked against a real hash that nothing
                // matches, so that a wrong password costs the same work as for any other account (with an empty
                // one the check returned at once: the account's state showed in the time of the answer)
                .password(account.hasPassword() ? account.getPasswordHash() : noPasswordHash())
                .disabled(!account.hasPassword())
                .authorities(account.getRole().authority())
                .accountLocked(account.isLocked())
                .build();
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        find(user.getUsername()).changePasswordHash(newPasswordHash);
        return User.withUserDetails(user).password(newPasswordHash).build();
    }

    private Account find(String username) {
        return accounts.findByUsername(username.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    private String noPasswordHash() {
        String hash = noPasswordHash;
        if (hash == null) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            hash = encoder.encode(Base64.getEncoder().encodeToString(secret));
            noPasswordHash = hash;
        }
        return hash;
    }
}
