package eu.newsroom.briefing;

import eu.newsroom.actor.Actor;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.shared.ActingUser;
import eu.newsroom.shared.AuditedEntity;
import eu.newsroom.topic.Topic;
import eu.newsroom.visibility.Visibility;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A dated, placed press item in one language. Language versions of the same item share a
 * translation group; each carries its own "in short" points and body.
 */
@Entity
@Table(name = "briefing")
public class Briefing extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String slug;

    @Column(name = "external_id", nullable = false, unique = true, updatable = false)
    private String externalId;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BriefingKind kind;

    @Column(nullable = false)
    private String lang;

    @Column(name = "translation_group", nullable = false)
    private String translationGroup;

    @Column(name = "event_date", nullable = false)
    private LocalDate eventDate;

    private String place;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    private Actor institution;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    private Actor speaker;

    @Column(name = "event_name")
    private String eventName;

    @Column(nullable = false)
    private String body;

    private String sourceUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PublicationStatus status = PublicationStatus.DRAFT;

    private Instant embargoUntil;

    private Instant publishedAt;

    /** When what a published item says was last changed: a correction, which is all that dates a feed's {@code <updated>}. */
    private Instant correctedAt;

    private Instant scheduledFor;

    private Instant withdrawnAt;

    private String withdrawalNotice;

    private String lastEditedBy;

    /** When it last became public to every reader; null while it is not (so an embargo's end is announced once). */
    private Instant becamePublicAt;

    /** What happened to it since it was loaded, announced when the repository saves it (see {@link #announcements}). */
    @Transient
    private final Announcements pending = new Announcements();

    @ElementCollection
    @CollectionTable(name = "briefing_point", joinColumns = @JoinColumn(name = "briefing_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    private List<String> points = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "briefing_topic", joinColumns = @JoinColumn(name = "briefing_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<Topic> topics = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "briefing_initiative", joinColumns = @JoinColumn(name = "briefing_id"),
            inverseJoinColumns = @JoinColumn(name = "initiative_id"))
    private Set<Initiative> initiatives = new HashSet<>();

    protected Briefing() {
    }

    public Briefing(String slug, String externalId) {
        this.slug = slug;
        this.externalId = externalId;
    }

    /** Whether a reader without accreditation may see it at this instant (the rule of {@link Visibility}). */
    public boolean isPublicAt(Instant now) {
        return Visibility.anonymousAt(now).admits(status == PublicationStatus.PUBLISHED, embargoUntil);
    }

    /**
     * Sets what the item says; the caller has validated the values. Changing what a published item
     * says is a correction and dates it; re-tagging, re-importing the same text or moving it through
     * the workflow is not.
     */
    public void write(BriefingContent content) {
        if (publishedAt != null && title != null && !content.equals(content())) {
            // the row's own update time is stamped the same way (by Hibernate, from the system clock)
            this.correctedAt = Instant.now();
            pending.corrected = correctedAt;
        }
        this.title = content.title();
        this.kind = content.kind();
        this.lang = content.lang();
        this.translationGroup = content.translationGroup();
        this.eventDate = content.eventDate();
        this.place = content.place();
        this.eventName = content.eventName();
        this.body = content.body();
        this.sourceUrl = content.sourceUrl();
        this.points.clear();
        this.points.addAll(content.points());
    }

    public void attribute(Actor institution, Actor speaker) {
        this.institution = institution;
        this.speaker = speaker;
    }

    public void retag(Set<Topic> newTopics, Set<Initiative> mentionedInitiatives) {
        topics.clear();
        topics.addAll(newTopics);
        initiatives.clear();
        initiatives.addAll(mentionedInitiatives);
    }

    /** Moves the item through the workflow; publishing stamps the first publication time. */
    public void changeStatus(PublicationStatus newStatus, Instant embargo, Instant now) {
        boolean wasPublished = status == PublicationStatus.PUBLISHED;
        this.status = newStatus;
        this.embargoUntil = embargo;
        if (newStatus == PublicationStatus.PUBLISHED && publishedAt == null) {
            publishedAt = embargo != null && embargo.isAfter(now) ? embargo : now;
        }
        if (newStatus == PublicationStatus.PUBLISHED && !wasPublished && embargo != null && embargo.isAfter(now)) {
            pending.publishedUnderEmbargo = now;
        }
        checkPublicAt(now);
    }

    /**
     * Notes whether the item is public to every reader at this instant, and announces it the first time it is (on
     * publication, or when the embargo has ended: the publication job calls this).
     */
    public void checkPublicAt(Instant now) {
        if (!isPublicAt(now)) {
            becamePublicAt = null;
        } else if (becamePublicAt == null) {
            becamePublicAt = now;
            pending.becamePublic = now;
        }
    }

    /** The instant it is (or will be, at its embargo's end) public to every reader; null unless published. */
    public Instant publicFrom() {
        if (status != PublicationStatus.PUBLISHED) {
            return null;
        }
        return embargoUntil != null && publishedAt != null && embargoUntil.isAfter(publishedAt) ? embargoUntil
                : publishedAt;
    }

    public Instant getBecamePublicAt() {
        return becamePublicAt;
    }

    /** The events the repository publishes when it saves this briefing (Spring Data's domain events). */
    @DomainEvents
    List<Object> announcements() {
        List<Object> events = new ArrayList<>();
        if (id == null) {
            return events;
        }
        events.add(new BriefingSaved(id, pending.editedBy));
        if (pending.publishedUnderEmbargo != null) {
            events.add(new BriefingPublishedUnderEmbargo(id, pending.publishedUnderEmbargo, embargoUntil));
        }
        if (pending.becamePublic != null) {
            events.add(new BriefingBecamePublic(id, pending.becamePublic));
        }
        if (pending.withdrawn != null) {
            events.add(new BriefingWithdrawn(id, pending.withdrawn));
        }
        if (pending.corrected != null) {
            events.add(new BriefingCorrected(id, pending.corrected));
        }
        return events;
    }

    @AfterDomainEventPublication
    void announced() {
        pending.editedBy = null;
        pending.publishedUnderEmbargo = null;
        pending.becamePublic = null;
        pending.withdrawn = null;
        pending.corrected = null;
    }

    /** What to announce at the next save. */
    private static final class Announcements {
        ActingUser editedBy;
        Instant publishedUnderEmbargo;
        Instant becamePublic;
        Instant withdrawn;
        Instant corrected;
    }

    /**
     * Records who last changed what the item says; the four-eyes rule keeps them from publishing it. The next save
     * announces them ({@link BriefingSaved#editedBy()}), and a revision is kept of what it says then.
     */
    public void editedBy(ActingUser user) {
        this.lastEditedBy = user.username();
        pending.editedBy = user;
    }

    /** Sends a draft to review, or takes an item back to review or draft; clears any schedule. */
    public void returnTo(PublicationStatus earlierStatus) {
        if (earlierStatus != PublicationStatus.DRAFT && earlierStatus != PublicationStatus.IN_REVIEW) {
            throw new IllegalArgumentException("not an earlier status: " + earlierStatus);
        }
        this.status = earlierStatus;
        this.becamePublicAt = null;
        this.scheduledFor = null;
        this.withdrawnAt = null;
        this.withdrawalNotice = null;
    }

    /** Publishes now; readers without accreditation see it once the embargo (if any) has passed. */
    public void publish(Instant embargo, Instant now) {
        this.scheduledFor = null;
        changeStatus(PublicationStatus.PUBLISHED, embargo, now);
    }

    /** Publishes at a later time; until then only editors see it. */
    public void schedule(Instant at, Instant embargo) {
        this.status = PublicationStatus.SCHEDULED;
        this.becamePublicAt = null;
        this.scheduledFor = at;
        this.embargoUntil = embargo;
    }

    /** Takes a published item down; its permalink stays and shows the notice. */
    public void withdraw(String notice, Instant now) {
        this.status = PublicationStatus.WITHDRAWN;
        this.becamePublicAt = null;
        pending.withdrawn = now;
        this.withdrawnAt = now;
        this.withdrawalNotice = notice;
    }

    /** What the item says now, to tell a correction from saving the same words again. */
    private BriefingContent content() {
        return new BriefingContent(title, kind, lang, translationGroup, eventDate, place, eventName, body, sourceUrl,
                List.copyOf(points));
    }

    /** When a published item's words were last corrected, if ever. */
    public Instant getCorrectedAt() {
        return correctedAt;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getTitle() {
        return title;
    }

    public BriefingKind getKind() {
        return kind;
    }

    public String getLang() {
        return lang;
    }

    public String getTranslationGroup() {
        return translationGroup;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public String getPlace() {
        return place;
    }

    public Actor getInstitution() {
        return institution;
    }

    public Actor getSpeaker() {
        return speaker;
    }

    public String getEventName() {
        return eventName;
    }

    public String getBody() {
        return body;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public Instant getEmbargoUntil() {
        return embargoUntil;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getScheduledFor() {
        return scheduledFor;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawalNotice() {
        return withdrawalNotice;
    }

    public String getLastEditedBy() {
        return lastEditedBy;
    }

    public List<String> getPoints() {
        return List.copyOf(points);
    }

    public Set<Topic> getTopics() {
        return Set.copyOf(topics);
    }

    public Set<Initiative> getInitiatives() {
        return Set.copyOf(initiatives);
    }
}
