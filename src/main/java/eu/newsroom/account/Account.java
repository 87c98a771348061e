package eu.newsroom.account;

import eu.newsroom.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A newsroom user: journalist, analyst, editor or chief editor, with a hashed password. */
@Entity
@Table(name = "account")
public class Account extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @Column(nullable = false)
    private String displayName;

    /** Null while an invited account waits for its invitee to set a password. */
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private boolean locked;

    protected Account() {
    }

    /** An account with a password hash, or with none (null) when invited. */
    public Account(String username, String displayName, String passwordHash, Role role) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isLocked() {
        return locked;
    }

    /** Whether a password has been set: an invited account cannot sign in before. */
    public boolean hasPassword() {
        return passwordHash != null;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void changeRole(Role role) {
        this.role = role;
    }

    void lock() {
        this.locked = true;
    }

    void unlock() {
        this.locked = false;
    }
}
