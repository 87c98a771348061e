package eu.newsroom.account;

import java.time.ZonedDateTime;

/** Read models of the account pages: plain records, never entities. */
public final class AccountViews {

    private AccountViews() {
    }

    /** Whether an account can be used to sign in. */
    public enum Status {
        ACTIVE, LOCKED, INVITED
    }

    /** An account as the chief editor's pages show it; {@code invitationExpires} is null with no open invitation. */
    public record AccountView(long id, String username, String displayName, Role role, Status status, int sessions,
            long version, ZonedDateTime invitationExpires) {
    }

    /** An invitation link just created: shown once to the chief editor, who passes it on. */
    public record IssuedInvitation(long accountId, String username, String token, ZonedDateTime expires) {
    }

    /** The signed-in user's own account, with how many other sessions they have open. */
    public record OwnAccountView(String username, String displayName, Role role, int otherSessions) {
    }

    /** An open invitation, as its invitee sees it. */
    public record OpenInvitation(String username, String displayName, ZonedDateTime expires) {
    }

    /** The signed-in user as the layout shows them (from the session, without a query). */
    public record SignedInUser(String username, Role role) {

        public boolean isChiefEditor() {
            return role == Role.CHIEF_EDITOR;
        }
    }
}
