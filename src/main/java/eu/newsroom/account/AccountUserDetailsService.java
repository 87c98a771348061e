package eu.newsroom.account;

import java.util.Locale;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs users in against the accounts stored in PostgreSQL, and rehashes a password stored with an
 * older algorithm (bcrypt) with the current one (Argon2id) when its owner signs in.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = find(username);
        return User.withUsername(account.getUsername())
                // an invited account has no password yet: disabled, refused before any password is compared
                .password(account.hasPassword() ? account.getPasswordHash() : "")
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
}
