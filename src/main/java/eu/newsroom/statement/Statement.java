package eu.newsroom.statement;

import eu.newsroom.actor.Actor;
import eu.newsroom.briefing.Briefing;
import eu.newsroom.commitment.Commitment;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.shared.ActingUser;
import eu.newsroom.shared.AuditedEntity;
import eu.newsroom.shared.Edit;
import eu.newsroom.topic.Topic;
import jakarta.persistence.Column;
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
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/** What a named person said, when, where and in which language, as reported in a briefing. */
@Entity
@Table(name = "statement")
public class Statement extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "briefing_id", updatable = false)
    private Briefing briefing;

    @Column(nullable = false, updatable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    private Actor speaker;

    /** The role the speaker spoke in, as reported (e.g. "High Representative"). */
    private String speakerRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatementKind kind;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private String lang;

    /** Who wrote it since it was loaded, and what they did, announced at the next save ({@link #announcements}). */
    @Transient
    private ActingUser writtenBy;

    @Transient
    private Edit edit;

    @Column(name = "said_on", nullable = false)
    private LocalDate saidOn;

    private String place;

    @ManyToMany
    @JoinTable(name = "statement_topic", joinColumns = @JoinColumn(name = "statement_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<Topic> topics = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "statement_commitment", joinColumns = @JoinColumn(name = "statement_id"),
            inverseJoinColumns = @JoinColumn(name = "commitment_id"))
    private Set<Commitment> commitments = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "statement_initiative", joinColumns = @JoinColumn(name = "statement_id"),
            inverseJoinColumns = @JoinColumn(name = "initiative_id"))
    private Set<Initiative> initiatives = new HashSet<>();

    protected Statement() {
    }

    public Statement(String slug, Briefing briefing, int position) {
        this.slug = slug;
        this.briefing = briefing;
        this.position = position;
    }

    public void attribute(Actor speaker, String speakerRole) {
        this.speaker = speaker;
        this.speakerRole = speakerRole;
    }

    public void write(StatementKind kind, String text, String lang, LocalDate saidOn, String place) {
        this.kind = kind;
        this.text = text;
        this.lang = lang;
        this.saidOn = saidOn;
        this.place = place;
    }

    public void link(Set<Topic> newTopics, Set<Commitment> newCommitments, Set<Initiative> newInitiatives) {
        topics.clear();
        topics.addAll(newTopics);
        commitments.clear();
        commitments.addAll(newCommitments);
        initiatives.clear();
        initiatives.addAll(newInitiatives);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public Briefing getBriefing() {
        return briefing;
    }

    public int getPosition() {
        return position;
    }

    public Actor getSpeaker() {
        return speaker;
    }

    public String getSpeakerRole() {
        return speakerRole;
    }

    public StatementKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getLang() {
        return lang;
    }

    public LocalDate getSaidOn() {
        return saidOn;
    }

    public String getPlace() {
        return place;
    }

    public Set<Topic> getTopics() {
        return Set.copyOf(topics);
    }

    public Set<Commitment> getCommitments() {
        return Set.copyOf(commitments);
    }

    public Set<Initiative> getInitiatives() {
        return Set.copyOf(initiatives);
    }

    /**
     * Records who wrote what it says: the next save announces it ({@link StatementWritten}), and a revision of what it
     * says then is kept, with an audit entry, whichever path saved it.
     */
    public void writtenBy(ActingUser user) {
        this.edit = id == null ? Edit.CREATED : Edit.SAVED;
        this.writtenBy = user;
    }

    /** Records who takes it off: announced by the save before its removal ({@code StatementRepository#remove}). */
    void removedBy(ActingUser user) {
        this.edit = Edit.REMOVED;
        this.writtenBy = user;
    }

    /** The events the repository publishes when it saves this statement (Spring Data's domain events). */
    @DomainEvents
    List<StatementWritten> announcements() {
        return writtenBy == null || id == null ? List.of()
                : List.of(new StatementWritten(id, briefing.getId(), writtenBy, edit));
    }

    @AfterDomainEventPublication
    void announced() {
        writtenBy = null;
        edit = null;
    }
}
