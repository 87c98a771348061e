package eu.newsroom.briefing;

import java.time.Instant;

/**
 * A briefing became public to every reader: published without embargo, or its embargo ended. What it brings or
 * changes in shared objects takes effect now, dated {@code at}.
 */
public record BriefingBecamePublic(long briefingId, Instant at) {
}
