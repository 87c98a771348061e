package eu.newsroom.briefing;

import java.time.Instant;

/** A briefing was published at {@code at} under an embargo: accredited readers see it, everyone else from then on. */
public record BriefingPublishedUnderEmbargo(long briefingId, Instant at, Instant embargoUntil) {
}
