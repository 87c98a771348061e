package eu.newsroom.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A known commitment's status or amount changed: a new step of its history (the report of {@code effectiveOn} with
 * this status and amount, which a commitment records once) became its current state. Announced when the commitment
 * is saved, whoever changed it (the desk, an import line, a change kept for an item's publication); the step names
 * the item it came through, so a listener can tell whether readers may see it yet.
 */
public record CommitmentChanged(long commitmentId, LocalDate effectiveOn, CommitmentStatus status, BigDecimal amount,
        String currency) {
}
