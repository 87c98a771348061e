package eu.newsroom.briefing;

/** A briefing was stored (created, edited or moved in the workflow): its index documents and caches follow it. */
public record BriefingSaved(long briefingId) {
}
