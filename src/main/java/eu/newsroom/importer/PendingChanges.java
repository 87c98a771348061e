package eu.newsroom.importer;

import static eu.newsroom.shared.NewsroomTime.BRUSSELS;

import eu.newsroom.actor.Actor;
import eu.newsroom.actor.ActorRepository;
import eu.newsroom.briefing.Briefing;
import eu.newsroom.briefing.BriefingBecamePublic;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.briefing.BriefingSaved;
import eu.newsroom.briefing.BriefingWithdrawn;
import eu.newsroom.briefing.PendingChange;
import eu.newsroom.briefing.PendingChangeRepository;
import eu.newsroom.commitment.Commitment;
import eu.newsroom.commitment.CommitmentRepository;
import eu.newsroom.importer.BriefingLine.ActorEntry;
import eu.newsroom.importer.BriefingLine.CommitmentEntry;
import eu.newsroom.importer.BriefingLine.InitiativeEntry;
import eu.newsroom.importer.BriefingLine.TopicEntry;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.initiative.InitiativeRepository;
import eu.newsroom.statement.Statement;
import eu.newsroom.statement.StatementRepository;
import eu.newsroom.topic.Topic;
import eu.newsroom.topic.TopicRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an unpublished briefing brings to or changes in shared objects, kept until it becomes public (issue 19,
 * finding 1). An import line that is not public to every reader (a draft, in review, under embargo) writes its
 * changes to actors, topics, initiatives and commitments that readers already know as {@link PendingChange}s, and
 * the objects it creates stay unpublished ({@code public_from} empty). When the briefing becomes public, however
 * that happens (the desk, a re-import, the publication job at a scheduled time or an embargo's end), the changes
 * are applied through the same import code, dated that day, and everything the briefing carries becomes public.
 */
@Component
class PendingChanges {

    private static final Logger log = LoggerFactory.getLogger(PendingChanges.class);
    private final PendingChangeRepository changes;
    private final BriefingRepository briefings;
    private final StatementRepository statements;
    private final CommitmentRepository commitmentRows;
    private final ActorRepository actors;
    private final TopicRepository topics;
    private final InitiativeRepository initiativeRows;
    private final ActorAndTopicImport actorsAndTopics;
    private final InitiativeImport initiatives;
    private final CommitmentImport commitments;
    private final JsonMapper json;
    private final Clock clock;

    PendingChanges(PendingChangeRepository changes, BriefingRepository briefings, StatementRepository statements,
            CommitmentRepository commitmentRows, ActorRepository actors, TopicRepository topics,
            InitiativeRepository initiativeRows, ActorAndTopicImport actorsAndTopics, InitiativeImport initiatives,
            CommitmentImport commitments, LineJson lineJson, Clock clock) {
        this.changes = changes;
        this.briefings = briefings;
        this.statements = statements;
        this.commitmentRows = commitmentRows;
        this.actors = actors;
        this.topics = topics;
        this.initiativeRows = initiativeRows;
        this.actorsAndTopics = actorsAndTopics;
        this.initiatives = initiatives;
        this.commitments = commitments;
        this.json = lineJson.mapper();
        this.clock = clock;
    }

    /** Forgets what an earlier version of a line kept: a re-import says the whole item again. */
    void drop(long briefingId) {
        changes.dropFor(briefingId);
    }

    /**
     * After a line is written: a published line (public now, or at its embargo's end) makes everything it defines or
     * names public from then on; any other line keeps its changes, and marks what it brings, for its publication.
     */
    void keepOrReveal(LineContext context, Instant publicFrom) {
        if (publicFrom != null) {
            shared(context, shownFrom(publicFrom)).forEach(object -> reveal(object, publicFrom));
        }
        if (!context.deferred) {
            return;
        }
        long briefingId = context.briefing.getId();
        Instant now = clock.instant();
        for (LineContext.Pending kept : context.pending) {
            changes.save(new PendingChange(briefingId, kept.target(), kept.targetId(), kept.slug(),
                    json.writeValueAsString(kept.entry()), now));
        }
        if (publicFrom == null) {
            // brought by an item nobody may read yet: public with the first item that carries it
            context.actors.values().stream().filter(a -> a.getPublicFrom() == null).forEach(a -> changes.save(
                    new PendingChange(briefingId, PendingChange.Target.ACTOR, a.getId(), a.getSlug(), PendingChange.REVEAL, now)));
            context.topics.values().stream().filter(t -> t.getPublicFrom() == null).forEach(t -> changes.save(
                    new PendingChange(briefingId, PendingChange.Target.TOPIC, t.getId(), t.getSlug(), PendingChange.REVEAL, now)));
            context.initiatives.values().stream().filter(i -> i.getPublicFrom() == null).forEach(i -> changes.save(
                    new PendingChange(briefingId, PendingChange.Target.INITIATIVE, i.getId(), i.getSlug(),
                            PendingChange.REVEAL, now)));
        }
    }

    /** In the transaction that made the briefing public: its kept changes take effect, dated then. */
    @EventListener
    void on(BriefingBecamePublic event) {
        Briefing briefing = briefings.findById(event.briefingId()).orElse(null);
        if (briefing == null) {
            return;
        }
        LineContext context = new LineContext(false, LocalDate.ofInstant(event.at(), BRUSSELS), null);
        context.briefing = briefing;
        for (PendingChange change : changes.findByBriefingIdOrderById(briefing.getId())) {
            try {
                apply(change, context, event.at());
            } catch (InvalidLineException e) {
                // the object changed since in a way the kept change no longer fits (say, an actor it names is gone)
                log.warn("Pending change {} of briefing {} to {} '{}' not applied: {}", change.getId(), briefing.getId(),
                        change.getTarget(), change.getTargetSlug(), e.getMessage());
            }
        }
        changes.dropFor(briefing.getId());
        // what it carries becomes public with the save that announced this (on BriefingSaved, before the commit)
    }

    /**
     * Whenever a published briefing is saved (by an import line, at the desk, by the publication job), everything it
     * carries is public from when the briefing is, however it got there: a commitment, actor, topic or initiative a
     * draft or embargoed item brought first is public with the first public item that carries it. Before the commit,
     * when the line or the desk has linked all it links. Then, published or not, the initiatives it carries or reported
     * a status of take the status their readers may see ({@link Initiative#restate}).
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(BriefingSaved saved) {
        Briefing briefing = briefings.findById(saved.briefingId()).orElse(null);
        if (briefing == null) {
            return;
        }
        Instant from = briefing.publicFrom();
        Set<Initiative> restated = new LinkedHashSet<>(initiativeRows.findWithStepFrom(briefing.getId()));
        if (from != null) {
            // a commitment it only names stays unpublished (commitment.PublicFigures has stated it, before this)
            carried(briefing, shownFrom(from)).forEach(object -> {
                reveal(object, from);
                if (object instanceof Initiative i) {
                    restated.add(i);
                }
            });
        }
        // the status readers see: the steps of the items public whenever the initiative is (issue 19)
        restated.forEach(i -> i.restate(clock.instant(), briefings::publicAt));
    }

    /**
     * A withdrawn item takes back what it brought that is not yet public to everyone (public from its embargo's end):
     * accredited readers no longer see it. What was already public stays: it has been read. The kept changes are
     * dropped by the briefing module.
     */
    @EventListener
    void on(BriefingWithdrawn event) {
        briefings.findById(event.briefingId()).ifPresent(briefing -> {
            Instant embargo = briefing.getEmbargoUntil();
            if (embargo == null || !embargo.isAfter(event.at())) {
                return;
            }
            carried(briefing, i -> true).forEach(object -> {
                if (object instanceof Actor a && embargo.equals(a.getPublicFrom())) {
                    a.withdrawPublication();
                } else if (object instanceof Topic t && embargo.equals(t.getPublicFrom())) {
                    t.withdrawPublication();
                } else if (object instanceof Initiative i && embargo.equals(i.getPublicFrom())) {
                    i.withdrawPublication();
                }
            });
        });
    }

    private void apply(PendingChange change, LineContext context, Instant at) {
        if (change.isReveal()) {
            switch (change.getTarget()) {
                case ACTOR -> actors.findById(change.getTargetId()).ifPresent(a -> a.becomesPublicAt(at));
                case TOPIC -> topics.findById(change.getTargetId()).ifPresent(t -> t.becomesPublicAt(at));
                case INITIATIVE -> initiativeRows.findById(change.getTargetId()).ifPresent(i -> i.becomesPublicAt(at));
                case COMMITMENT -> { }
            }
            return;
        }
        String payload = change.getPayload();
        switch (change.getTarget()) {
            case ACTOR -> actorsAndTopics.defineActors(List.of(json.readValue(payload, ActorEntry.class)), context);
            case TOPIC -> actorsAndTopics.topics("pending", List.of(json.readValue(payload, Map.class)), context);
            case INITIATIVE -> initiatives.define(List.of(json.readValue(payload, InitiativeEntry.class)), context);
            case COMMITMENT -> commitments.define(List.of(json.readValue(payload, CommitmentEntry.class)), context);
        }
    }

    /**
     * The initiatives an item public from this instant may make public: those whose readers then see a status of them
     * (issue 19, finding 1e). One only unpublished items gave a status stays hidden, with what only it names, although
     * the item names it: it is public with the first item, or desk step, that gives readers a status.
     */
    private Predicate<Initiative> shownFrom(Instant from) {
        Instant now = clock.instant();
        LongPredicate publicSource = briefings.publicAt(from.isAfter(now) ? from : now);
        return i -> i.showsStatusTo(publicSource);
    }

    /** Everything a line defined or named: actors, topics and the initiatives {@code shown}, with what they name. */
    private static Stream<Object> shared(LineContext context, Predicate<Initiative> shown) {
        return Stream.of(context.actors.values().stream(), context.topics.values().stream(),
                context.initiatives.values().stream().filter(shown).flatMap(PendingChanges::withItsOwn),
                context.commitments.values().stream().filter(Commitment::isPublished).flatMap(c -> named(c, shown)))
                .flatMap(s -> s);
    }

    /**
     * Everything a briefing carries: its actors, topics, the initiatives {@code shown}, its statements' and its
     * commitments'.
     */
    private Stream<Object> carried(Briefing b, Predicate<Initiative> shown) {
        List<Object> carried = new ArrayList<>();
        Stream.of(b.getInstitution(), b.getSpeaker()).filter(a -> a != null).forEach(carried::add);
        carried.addAll(b.getTopics());
        b.getInitiatives().stream().filter(shown).flatMap(PendingChanges::withItsOwn).forEach(carried::add);
        for (Statement s : statements.findByBriefingIdOrderByPosition(b.getId())) {
            if (s.getSpeaker() != null) {
                carried.add(s.getSpeaker());
            }
            carried.addAll(s.getTopics());
            s.getInitiatives().stream().filter(shown).flatMap(PendingChanges::withItsOwn).forEach(carried::add);
        }
        commitmentRows.findReportedIn(b.getId()).stream().filter(Commitment::isPublished)
                .flatMap(c -> named(c, shown)).forEach(carried::add);
        return carried.stream();
    }

    private static Stream<Object> withItsOwn(Initiative i) {
        return Stream.concat(Stream.of(i), Stream.concat(i.getLeads().stream(), i.getTopics().stream()));
    }

    private static Stream<Object> named(Commitment c, Predicate<Initiative> shown) {
        Stream<Object> initiative = c.getInitiative() == null || !shown.test(c.getInitiative()) ? Stream.empty()
                : withItsOwn(c.getInitiative());
        return Stream.concat(Stream.of(c.getDonor(), c.getRecipient()).filter(a -> a != null), initiative);
    }

    private static void reveal(Object object, Instant at) {
        if (object instanceof Actor a) {
            a.becomesPublicAt(at);
        } else if (object instanceof Topic t) {
            t.becomesPublicAt(at);
        } else if (object instanceof Initiative i) {
            i.becomesPublicAt(at);
        }
    }
}
