package eu.newsroom.commitment;

import eu.newsroom.shared.ActingUser;
import eu.newsroom.shared.Edit;

/**
 * Someone wrote a commitment through a briefing that reports it (at the desk or by an import line), or took it off
 * that briefing: announced when it is saved ({@link Commitment#writtenBy}), while it still says what it said, for its
 * revision and audit entry.
 */
public record CommitmentWritten(long commitmentId, long briefingId, ActingUser by, Edit edit) {
}
