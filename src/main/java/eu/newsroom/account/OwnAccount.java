package eu.newsroom.account;

import eu.newsroom.shared.ActingUser;
import eu.newsroom.account.AccountViews.OwnAccountView;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What signed-in users do with their own account: change their password, sign out their other sessions. */
@Service
@Transactional(noRollbackFor = FormRejection.class)
class OwnAccount {

    private final AccountRepository accounts;
    private final Reauthentication reauthentication;
    private final Invitations invitations;
    private final PasswordEncoder encoder;
    private final UserSessions sessions;
    private final ApplicationEventPublisher events;

    OwnAccount(AccountRepository accounts, Reauthentication reauthentication, Invitations invitations,
            PasswordEncoder encoder, UserSessions sessions, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.reauthentication = reauthentication;
        this.invitations = invitations;
        this.encoder = encoder;
        this.sessions = sessions;
        this.events = events;
    }

    /** The account of the signed-in user; the current session is not counted among the others. */
    @Transactional(readOnly = true)
    OwnAccountView view(String username) {
        Account account = accounts.findByUsername(username).orElseThrow();
        int others = Math.max(0, sessions.countByUser().getOrDefault(username, 0) - 1);
        return new OwnAccountView(account.getUsername(), account.getDisplayName(), account.getRole(), others);
    }

    /**
     * Sets a new password after the current one is confirmed. The user's other sessions end: whoever
     * may have learnt the old password and used it is signed out.
     */
    void changePassword(ActingUser by, String currentPassword, String newPassword, String confirmation,
            String currentSession) {
        reauthentication.confirm(by, currentPassword);
        invitations.checkNewPassword(newPassword, confirmation, "newPassword");
        Account account = accounts.findByUsername(by.username()).orElseThrow();
        account.changePasswordHash(encoder.encode(newPassword));
        int ended = sessions.end(by.username(), currentSession);
        events.publishEvent(new AccountEvent("PASSWORD_CHANGED", by.username(), by, Map.of("sessionsEnded", ended)));
    }

    int endOtherSessions(ActingUser by, String currentSession) {
        int ended = sessions.end(by.username(), currentSession);
        events.publishEvent(new AccountEvent("OTHER_SESSIONS_ENDED", by.username(), by, Map.of("sessionsEnded", ended)));
        return ended;
    }
}
