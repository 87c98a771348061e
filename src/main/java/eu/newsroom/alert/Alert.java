package eu.newsroom.alert;

import eu.newsroom.search.PublicSearch;
import eu.newsroom.shared.AuditedEntity;
import eu.newsroom.watch.StoredSearch;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What one reader follows, how often they want to hear of it, and in which language. */
@Entity
@Table(name = "alert")
class Alert extends AuditedEntity {

    /** What an alert follows. */
    enum Kind {
        ACTOR, TOPIC, INITIATIVE, COMMITMENT, SEARCH
    }

    /** Immediately after publication, or once a day at the reader's hour. */
    enum Cadence {
        IMMEDIATE, DAILY
    }

    /**
     * Why an alert no longer mails: the reader unsubscribed; its mails kept failing; or the server refused the
     * address for good (a hard bounce: a 5xx answer to RCPT TO or DATA), which pauses it at once.
     */
    enum Pause {
        UNSUBSCRIBED, DELIVERY_FAILED, BOUNCED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "target_id", updatable = false)
    private Long targetId;

    /** A followed search's query and filters; none for an alert following an actor, topic, initiative or commitment. */
    @Embedded
    private StoredSearch search;

    @Column(nullable = false)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Cadence cadence = Cadence.IMMEDIATE;

    @Column(name = "digest_hour", nullable = false)
    private int digestHour = 8;

    @Column(nullable = false)
    private String locale;

    @Enumerated(EnumType.STRING)
    private Pause paused;

    /** The mail server's answer that paused it (AlertOutbox writes it), shown to the reader. */
    @Column(name = "paused_detail")
    private String pausedDetail;

    protected Alert() {
    }

    private Alert(Long accountId, Kind kind, String label, String locale) {
        this.accountId = accountId;
        this.kind = kind;
        this.label = label;
        this.locale = locale;
    }

    static Alert following(Long accountId, Kind kind, long targetId, String label, String locale) {
        Alert alert = new Alert(accountId, kind, label, locale);
        alert.targetId = targetId;
        return alert;
    }

    static Alert followingSearch(Long accountId, PublicSearch.Query search, String label, String locale) {
        Alert alert = new Alert(accountId, Kind.SEARCH, label, locale);
        alert.search = StoredSearch.of(search);
        return alert;
    }

    /** The followed search; null unless the alert follows one. */
    PublicSearch.Query search() {
        return search == null ? null : search.search();
    }

    void schedule(Cadence cadence, int digestHour) {
        this.cadence = cadence;
        this.digestHour = digestHour;
    }

    void pause(Pause why) {
        this.paused = why;
        this.pausedDetail = null;
    }

    /** Mails again; a reader who unsubscribed by mistake follows again from the alert's page. */
    void resume() {
        this.paused = null;
        this.pausedDetail = null;
    }

    Long getId() {
        return id;
    }

    Long getAccountId() {
        return accountId;
    }

    Kind getKind() {
        return kind;
    }

    Long getTargetId() {
        return targetId;
    }

    String getLabel() {
        return label;
    }

    Cadence getCadence() {
        return cadence;
    }

    int getDigestHour() {
        return digestHour;
    }

    String getLocale() {
        return locale;
    }

    Pause getPaused() {
        return paused;
    }

    String getPausedDetail() {
        return pausedDetail;
    }
}
