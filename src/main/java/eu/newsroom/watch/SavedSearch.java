package eu.newsroom.watch;

import eu.newsroom.search.PublicSearch;
import eu.newsroom.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/** A search a signed-in reader keeps: its query and filters, when they last opened it, and their private feed token. */
@Entity
@Table(name = "saved_search")
class SavedSearch extends AuditedEntity {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(nullable = false)
    private String name;

    /** The query and its filters; a saved search always has one (its query at least empty). */
    @Embedded
    private StoredSearch search;

    @Column(nullable = false, unique = true)
    private String feedToken;

    @Column(nullable = false)
    private Instant lastSeenAt;

    protected SavedSearch() {
    }

    SavedSearch(Long accountId, String name, PublicSearch.Query search, Instant now) {
        this.accountId = accountId;
        this.name = name;
        this.search = StoredSearch.of(search);
        this.lastSeenAt = now;
        this.feedToken = newToken();
    }

    /** 256 random bits, base64url: the feed address cannot be guessed, only shared. */
    static String newToken() {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    PublicSearch.Query search() {
        return search.search();
    }

    void seen(Instant now) {
        this.lastSeenAt = now;
    }

    /** The old address stops working at once, for a feed address that was shared too widely. */
    void rotateFeedToken() {
        this.feedToken = newToken();
    }

    Long getId() {
        return id;
    }

    Long getAccountId() {
        return accountId;
    }

    String getName() {
        return name;
    }

    String getFeedToken() {
        return feedToken;
    }

    Instant getLastSeenAt() {
        return lastSeenAt;
    }
}
