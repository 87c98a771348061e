package eu.newsroom.briefing;

import java.time.Instant;

/**
 * What a published briefing says was changed: a correction, dated {@code correctedAt} (the briefing's
 * {@code corrected_at}, which also dates its feed entry). Re-tagging or saving the same words again is none.
 */
public record BriefingCorrected(long briefingId, Instant correctedAt) {
}
