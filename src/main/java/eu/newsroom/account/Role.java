package eu.newsroom.account;

/**
 * What a signed-in user may do; each role includes the ones before it.
 * Anonymous readers have no account.
 */
public enum Role {
    JOURNALIST, ANALYST, EDITOR, CHIEF_EDITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
