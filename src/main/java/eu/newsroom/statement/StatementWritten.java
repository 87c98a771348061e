package eu.newsroom.statement;

import eu.newsroom.shared.ActingUser;
import eu.newsroom.shared.Edit;

/**
 * Someone wrote a statement of a briefing (at the desk or by an import line), or took it off: announced when it is
 * saved or deleted ({@link Statement#writtenBy}), while it still says what it said, for its revision and audit entry.
 */
public record StatementWritten(long statementId, long briefingId, ActingUser by, Edit edit) {
}
