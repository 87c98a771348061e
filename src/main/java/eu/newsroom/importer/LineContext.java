package eu.newsroom.importer;

import eu.newsroom.actor.Actor;
import eu.newsroom.briefing.Briefing;
import eu.newsroom.commitment.Commitment;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.topic.Topic;
import eu.newsroom.briefing.PendingChange;
import eu.newsroom.shared.ActingUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one line has defined or looked up so far, by slug, so later parts of the line can refer to it; and whether
 * its changes to shared objects wait for the briefing's publication.
 */
final class LineContext {

    final Map<String, Actor> actors = new HashMap<>();
    final Map<String, Topic> topics = new HashMap<>();
    final Map<String, Initiative> initiatives = new HashMap<>();
    final Map<String, Commitment> commitments = new HashMap<>();
    Briefing briefing;

    /**
     * True while the briefing is not public to every reader (a draft, in review, or under embargo): what the line
     * changes in shared objects that already exist is kept in {@link #pending}, not written.
     */
    final boolean deferred;

    /** The date history entries get: the briefing's event date, or the day a pending change is applied. */
    final LocalDate reportedOn;

    /** Changes to existing shared objects kept for the briefing's publication, in the line's order. */
    final List<Pending> pending = new ArrayList<>();

    /** One change to keep: for which object, and the part of the line that describes it. */
    record Pending(PendingChange.Target target, long targetId, String slug, Object entry) {
    }

    /** Who sent the line, for the revisions of what it writes; null for a change kept earlier, applied now. */
    final ActingUser author;

    LineContext(boolean deferred, LocalDate reportedOn, ActingUser author) {
        this.deferred = deferred;
        this.reportedOn = reportedOn;
        this.author = author;
    }

    /** The date of a reported change: as given for a pending change applied later, else the briefing's event date. */
    LocalDate reportedOn() {
        return reportedOn != null ? reportedOn : briefing.getEventDate();
    }

    /** Whether the line's changes to this actor are kept for later. */
    boolean isKept(String actorSlug) {
        return pending.stream().anyMatch(p -> p.target() == PendingChange.Target.ACTOR && p.slug().equals(actorSlug));
    }

    void keep(PendingChange.Target target, long targetId, String slug, Object entry) {
        pending.add(new Pending(target, targetId, slug, entry));
    }
}
