package eu.newsroom.editorial;

import eu.newsroom.briefing.PublicationStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of the editorial workflow and the statuses each may start from:
 * draft → in review → scheduled or published → withdrawn, with the way back to draft.
 */
public enum WorkflowStep {
    SUBMIT(EnumSet.of(PublicationStatus.DRAFT)),
    BACK_TO_DRAFT(EnumSet.of(PublicationStatus.IN_REVIEW, PublicationStatus.SCHEDULED, PublicationStatus.WITHDRAWN)),
    PUBLISH(EnumSet.of(PublicationStatus.IN_REVIEW, PublicationStatus.SCHEDULED)),
    SCHEDULE(EnumSet.of(PublicationStatus.IN_REVIEW)),
    WITHDRAW(EnumSet.of(PublicationStatus.PUBLISHED));

    private final Set<PublicationStatus> from;

    WorkflowStep(Set<PublicationStatus> from) {
        this.from = from;
    }

    public boolean allowedFrom(PublicationStatus status) {
        return from.contains(status);
    }

    /** Publishing and scheduling put the item before readers; the four-eyes rule applies to them. */
    boolean releases() {
        return this == PUBLISH || this == SCHEDULE;
    }
}
