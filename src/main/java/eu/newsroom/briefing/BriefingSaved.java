package eu.newsroom.briefing;

import eu.newsroom.shared.ActingUser;

/**
 * A briefing was stored (created, edited or moved in the workflow): its index documents and caches follow it.
 * {@code editedBy} is who wrote what it says in this save (the desk's form, an import line), for its revision; null
 * when the save changed no words of it (a workflow step, the publication job, a statement added at the desk).
 */
public record BriefingSaved(long briefingId, ActingUser editedBy) {
}
