package eu.newsroom.initiative;

import eu.newsroom.actor.Actor;
import eu.newsroom.shared.SharedEntity;
import eu.newsroom.topic.Topic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;

/** A named project, roadmap, package, mission or coalition, with its leads and status over time. */
@Entity
@Table(name = "initiative")
public class Initiative extends SharedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InitiativeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InitiativeStatus status;

    private LocalDate startDate;

    private LocalDate endDate;

    private String description;

    private String descriptionLang;

    @ElementCollection
    @CollectionTable(name = "initiative_alias", joinColumns = @JoinColumn(name = "initiative_id"))
    private Set<InitiativeAlias> aliases = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "initiative_lead", joinColumns = @JoinColumn(name = "initiative_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    private Set<Actor> leads = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "initiative_topic", joinColumns = @JoinColumn(name = "initiative_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<Topic> topics = new HashSet<>();

    @OneToMany(mappedBy = "initiative", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedOn, id")
    private List<InitiativeStatusChange> statusChanges = new ArrayList<>();

    protected Initiative() {
    }

    public Initiative(String slug, String name, InitiativeKind kind, InitiativeStatus status) {
        this.slug = slug;
        this.name = name;
        this.kind = kind;
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public InitiativeKind getKind() {
        return kind;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    /** The date of the first briefing that reported the initiative, if any briefing did. */
    public LocalDate getFirstReportedOn() {
        return firstReportedOn(statusChanges);
    }

    /** The first date of these steps (the public ones, for a reader), if any. */
    public static LocalDate firstReportedOn(List<InitiativeStatusChange> steps) {
        return steps.stream().map(InitiativeStatusChange::getChangedOn).min(LocalDate::compareTo).orElse(null);
    }

    /**
     * The date readers see for the initiative, from what was reported: its start, else the first of the steps they see
     * ({@link #statusChanges(LongPredicate)}); never the moment it was stored (a load time is no date of the
     * initiative), nor a step of an item not public yet.
     */
    public LocalDate datedOn(LongPredicate publicSource) {
        return startDate != null ? startDate : firstReportedOn(statusChanges(publicSource));
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getDescription() {
        return description;
    }

    public String getDescriptionLang() {
        return descriptionLang;
    }

    public Set<InitiativeAlias> getAliases() {
        return Set.copyOf(aliases);
    }

    public Set<Actor> getLeads() {
        return Set.copyOf(leads);
    }

    public Set<Topic> getTopics() {
        return Set.copyOf(topics);
    }

    public List<InitiativeStatusChange> getStatusChanges() {
        return List.copyOf(statusChanges);
    }

    /** The name in the reader's language where an alias in it exists. */
    public String nameIn(Locale locale) {
        return aliases.stream().filter(a -> a.lang().equals(locale.getLanguage())).map(InitiativeAlias::alias)
                .sorted().findFirst().orElse(name);
    }

    public void rename(String name, InitiativeKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public void schedule(LocalDate startDate, LocalDate endDate) {
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public void describe(String description, String lang) {
        this.description = description;
        this.descriptionLang = description == null ? null : lang;
    }

    /** Replaces aliases, leads and topics with the given ones (an editor's full lists). */
    public void relist(Set<InitiativeAlias> newAliases, Set<Actor> newLeads, Set<Topic> newTopics) {
        aliases.clear();
        aliases.addAll(newAliases);
        leads.clear();
        leads.addAll(newLeads);
        topics.clear();
        topics.addAll(newTopics);
    }

    public void addAliases(Set<InitiativeAlias> more) {
        aliases.addAll(more);
    }

    public void ledBy(Set<Actor> leadActors) {
        leads.addAll(leadActors);
    }

    public void tag(Set<Topic> more) {
        topics.addAll(more);
    }

    /**
     * The status steps readers may see, oldest first (issue 19): a step reported by a briefing only when that briefing
     * is public ({@code publicSource}, from {@code BriefingRepository#publicAt}: an initiative keeps its briefings as
     * ids); one the desk recorded (no briefing) always.
     */
    public List<InitiativeStatusChange> statusChanges(LongPredicate publicSource) {
        return statusChanges.stream().filter(step -> seenBy(step, publicSource)).toList();
    }

    /**
     * Derives the current status from the steps its readers may see: that of the latest (by date, then as recorded)
     * whose briefing is public by the initiative's public moment or {@code now}, whichever is later, so that the status
     * is one every reader of it may see. While nobody reads it every step counts (the desk sees the latest); with no
     * such step the status stays as it is. {@code publicAt}: {@code BriefingRepository#publicAt}. Called on every
     * report, and whenever a briefing that reports it or carries it is saved.
     */
    public void restate(Instant now, Function<Instant, LongPredicate> publicAt) {
        Instant from = getPublicFrom();
        LongPredicate counts = from == null ? id -> true : publicAt.apply(from.isAfter(now) ? from : now);
        InitiativeStatus seen = statusSeenWith(counts);
        if (seen != null) {
            status = seen;
        }
    }

    /** The status of the latest (by date, then as recorded) of the steps a reader sees; null when they see none. */
    public InitiativeStatus statusSeenWith(LongPredicate publicSource) {
        InitiativeStatusChange latest = null;
        for (InitiativeStatusChange step : statusChanges(publicSource)) {
            if (latest == null || !step.getChangedOn().isBefore(latest.getChangedOn())) {
                latest = step;
            }
        }
        return latest == null ? null : latest.getStatus();
    }

    /**
     * A status an editor gives in the directory, a step of the timeline (public at once, no briefing) when it is another
     * than the one readers see ({@code publicSource}), whatever a step of an item not yet public says.
     */
    public void reportStatusAtDesk(InitiativeStatus reported, LocalDate on, LongPredicate publicSource) {
        if (reported == statusSeenWith(publicSource)) {
            return;
        }
        boolean known = statusChanges.stream().anyMatch(c -> c.getSourceBriefingId() == null
                && c.getChangedOn().equals(on) && c.getStatus() == reported);
        if (!known) {
            statusChanges.add(new InitiativeStatusChange(this, reported, on, null));
        }
    }

    /**
     * Whether readers who see the briefings {@code publicSource} admits would see a status of the initiative: one of its
     * steps is theirs (a public item's, or the desk's), or it has no steps at all (kept from before steps were). An
     * initiative only unpublished items gave a status stays hidden until then, even when a public item names it
     * (issue 19, finding 1e): showing it would show the unpublished item's status.
     */
    public boolean showsStatusTo(LongPredicate publicSource) {
        return statusChanges.isEmpty() || statusSeenWith(publicSource) != null;
    }

    /**
     * Moves the initiative to a status as reported on a date by a briefing; the step is kept in its timeline.
     * The first report of a new initiative is kept too, so the timeline starts where the record does. A report
     * adds a step whenever its status is another than the stored one or than the one readers see
     * ({@code publicSource}): a public item that repeats what only an unpublished item said is news to readers.
     */
    public void reportStatus(InitiativeStatus reported, LocalDate on, Long sourceBriefingId, LongPredicate publicSource) {
        boolean firstReport = statusChanges.isEmpty();
        // the same step again (a re-import, the same step of a public item) adds nothing
        boolean known = statusChanges.stream().anyMatch(c -> c.getChangedOn().equals(on) && c.getStatus() == reported
                && (Objects.equals(c.getSourceBriefingId(), sourceBriefingId) || seenBy(c, publicSource)));
        boolean news = firstReport || reported != status || reported != statusSeenWith(publicSource);
        if (!known && news) {
            statusChanges.add(new InitiativeStatusChange(this, reported, on, sourceBriefingId));
        }
        boolean latest = statusChanges.stream().allMatch(change -> !change.getChangedOn().isAfter(on));
        if (latest) {
            status = reported;
        }
    }

    private static boolean seenBy(InitiativeStatusChange step, LongPredicate publicSource) {
        return step.getSourceBriefingId() == null || publicSource.test(step.getSourceBriefingId());
    }
}
