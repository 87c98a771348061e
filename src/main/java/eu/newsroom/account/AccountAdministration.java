package eu.newsroom.account;

import eu.newsroom.shared.ActingUser;
import eu.newsroom.account.AccountViews.AccountView;
import eu.newsroom.account.AccountViews.IssuedInvitation;
import eu.newsroom.account.AccountViews.Status;
import eu.newsroom.web.BadRequestException;
import eu.newsroom.web.ConflictException;
import eu.newsroom.web.NotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the chief editor does with accounts: invite, change role (after confirming their own
 * password), lock and unlock, end someone's sessions. Every action lands in the audit log. Nobody
 * changes their own role or locks themselves out, so there is always a chief editor left.
 */
@Service
@Transactional(noRollbackFor = FormRejection.class)
class AccountAdministration {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_NAME = 200;

    private final AccountRepository accounts;
    private final Invitations invitations;
    private final Reauthentication reauthentication;
    private final UserSessions sessions;
    private final ApplicationEventPublisher events;

    AccountAdministration(AccountRepository accounts, Invitations invitations, Reauthentication reauthentication,
            UserSessions sessions, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.reauthentication = reauthentication;
        this.sessions = sessions;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<AccountView> accounts() {
        Map<String, Integer> live = sessions.countByUser();
        return accounts.findAllByOrderByUsernameAsc().stream()
                .map(a -> view(a, live.getOrDefault(a.getUsername(), 0), false)).toList();
    }

    @Transactional(readOnly = true)
    AccountView account(long id) {
        Account account = find(id);
        return view(account, sessions.countByUser().getOrDefault(account.getUsername(), 0), true);
    }

    /** Creates the account without a password, and the link with which its owner sets one. */
    IssuedInvitation invite(String email, String displayName, Role role, ActingUser by) {
        String username = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        String name = displayName == null ? "" : displayName.strip();
        FormRejection.Collector errors = new FormRejection.Collector();
        if (username.length() > MAX_NAME || !EMAIL.matcher(username).matches()) {
            errors.reject("email", "account.error.email");
        } else if (accounts.existsByUsername(username)) {
            errors.reject("email", "account.error.emailTaken");
        }
        if (name.isEmpty() || name.length() > MAX_NAME) {
            errors.reject("displayName", "account.error.displayName");
        }
        if (role == null) {
            errors.reject("role", "account.error.role");
        }
        errors.throwIfAny();
        Account account = accounts.save(new Account(username, name, null, role));
        IssuedInvitation invitation = invitations.issue(account, by);
        publish("INVITED", account, by, Map.of("role", role.name(), "expires", invitation.expires().toString()));
        return invitation;
    }

    /** A new link for the account (its open ones stop working): for an expired invitation, or a forgotten password. */
    IssuedInvitation renewInvitation(long id, ActingUser by) {
        Account account = find(id);
        IssuedInvitation invitation = invitations.issue(account, by);
        publish("INVITATION_RENEWED", account, by, Map.of("expires", invitation.expires().toString()));
        return invitation;
    }

    /** Changes the role after the chief editor confirms their password; the account's sessions end, to take it up. */
    void changeRole(long id, long version, Role role, String currentPassword, ActingUser by) {
        Account account = findUnchanged(id, version);
        notOneself(account, by);
        if (role == null) {
            throw new FormRejection("role", "account.error.role");
        }
        reauthentication.confirm(by, currentPassword);
        Role before = account.getRole();
        account.changeRole(role);
        int ended = sessions.end(account.getUsername(), null);
        publish("ROLE_CHANGED", account, by, Map.of("from", before.name(), "to", role.name(), "sessionsEnded", ended));
    }

    /** Locks the account: it can no longer sign in, on the pages or the API, and its sessions end. */
    void lock(long id, long version, ActingUser by) {
        Account account = findUnchanged(id, version);
        notOneself(account, by);
        account.lock();
        int ended = sessions.end(account.getUsername(), null);
        publish("LOCKED", account, by, Map.of("sessionsEnded", ended));
    }

    void unlock(long id, long version, ActingUser by) {
        Account account = findUnchanged(id, version);
        account.unlock();
        publish("UNLOCKED", account, by, Map.of());
    }

    /** Signs the user out everywhere (for instance after a lost laptop); they may sign in again. */
    int endSessions(long id, ActingUser by) {
        Account account = find(id);
        int ended = sessions.end(account.getUsername(), null);
        publish("SESSIONS_ENDED", account, by, Map.of("sessionsEnded", ended));
        return ended;
    }

    private Account find(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account.error.notFound"));
    }

    /** The account as the form saw it: a change made by someone else meanwhile is not overridden. */
    private Account findUnchanged(long id, long version) {
        Account account = find(id);
        if (account.getVersion() != version) {
            throw new ConflictException("account.error.changedMeanwhile");
        }
        return account;
    }

    private static void notOneself(Account account, ActingUser by) {
        if (account.getUsername().equals(by.username())) {
            throw new BadRequestException("account.error.notOneself");
        }
    }

    private void publish(String action, Account account, ActingUser by, Map<String, Object> detail) {
        events.publishEvent(new AccountEvent(action, account.getUsername(), by, detail));
    }

    private AccountView view(Account account, int live, boolean withInvitation) {
        Status status = account.isLocked() ? Status.LOCKED : account.hasPassword() ? Status.ACTIVE : Status.INVITED;
        return new AccountView(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                status, live, account.getVersion(), withInvitation ? invitations.openUntil(account).orElse(null) : null);
    }
}
