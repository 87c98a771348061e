package eu.newsroom.account;

/** What the account forms send: bound by Spring MVC, checked by the services, shown again with messages. */
public final class AccountForms {

    private AccountForms() {
    }

    /** The chief editor's invitation of a new user. */
    public static class InvitationForm {
        private String email;
        private String displayName;
        private Role role = Role.JOURNALIST;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }
    }

    /** A new role for an account, confirmed with the chief editor's own password. */
    public static class RoleForm {
        private Role role;
        private long version;
        private String currentPassword;

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }
    }

    /** A password set through an invitation link: typed twice. */
    public static class NewPasswordForm {
        private String password;
        private String confirmation;

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getConfirmation() {
            return confirmation;
        }

        public void setConfirmation(String confirmation) {
            this.confirmation = confirmation;
        }
    }

    /** A signed-in user's new password: the current one, then the new one twice. */
    public static class PasswordChangeForm {
        private String currentPassword;
        private String newPassword;
        private String confirmation;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getConfirmation() {
            return confirmation;
        }

        public void setConfirmation(String confirmation) {
            this.confirmation = confirmation;
        }
    }
}
