package eu.newsroom.importer;

import java.util.List;

/** What an import did: lines created, updated and rejected, with the reason for each rejection. */
public record ImportReport(int created, int updated, int rejected, List<Rejection> errors) {

    /** A rejected line: its number in the body (from 1), its externalId if it had one, and why. */
    public record Rejection(int line, String externalId, String reason) {
    }
}
