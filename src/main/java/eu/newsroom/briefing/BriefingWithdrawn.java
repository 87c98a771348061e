package eu.newsroom.briefing;

import java.time.Instant;

/** A briefing was withdrawn: what it was still to change in shared objects is dropped. */
public record BriefingWithdrawn(long briefingId, Instant at) {
}
