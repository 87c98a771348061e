package eu.newsroom.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-time link with which an invitee sets their own password, valid until it expires, is used,
 * or is replaced by a newer one. Only the SHA-256 hash of its token is stored.
 */
@Entity
@Table(name = "account_invitation")
class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false, updatable = false)
    private String invitedBy;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private Instant expiresAt;

    private Instant acceptedAt;

    private Instant revokedAt;

    protected Invitation() {
    }

    Invitation(Account account, String tokenHash, String invitedBy, Instant createdAt, Instant expiresAt) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Account account() {
        return account;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean isOpenAt(Instant now) {
        return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    void accept(Instant now) {
        acceptedAt = now;
    }

    void revoke(Instant now) {
        revokedAt = now;
    }
}
