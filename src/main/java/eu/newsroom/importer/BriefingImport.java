package eu.newsroom.importer;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.editorial.AuditLog;
import eu.newsroom.editorial.RevisionLog;
import eu.newsroom.shared.ActingUser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports briefings in the NDJSON format, one transaction per line: a bad line is rolled back and
 * reported with its number and reason, and never blocks the good lines around it.
 */
@Service
public class BriefingImport {

    private static final Logger log = LoggerFactory.getLogger(BriefingImport.class);
    static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

    private final LineJson lineJson;
    private final BriefingLineWriter writer;
    private final BriefingRepository briefings;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    BriefingImport(LineJson lineJson, BriefingLineWriter writer, BriefingRepository briefings, AuditLog audit,
            TransactionTemplate transaction) {
        this.lineJson = lineJson;
        this.writer = writer;
        this.briefings = briefings;
        this.audit = audit;
        this.transaction = transaction;
    }

    public ImportReport importFrom(InputStream ndjson, ActingUser sender) {
        int created = 0;
        int updated = 0;
        List<ImportReport.Rejection> errors = new ArrayList<>();
        try (InputStream body = new BufferedInputStream(ndjson)) {
            NdjsonLines lines = new NdjsonLines(body, MAX_LINE_BYTES);
            NdjsonLines.Line line;
            while ((line = lines.next()) != null) {
                if (line.problem() != null) {
                    errors.add(new ImportReport.Rejection(line.number(), null, line.problem()));
                    continue;
                }
                if (line.text().isBlank()) {
                    continue;
                }
                Outcome outcome = importLine(line.number(), line.text(), sender);
                switch (outcome.result()) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case REJECTED -> errors.add(outcome.rejection());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ImportReport(created, updated, errors.size(), errors);
    }

    private enum Result { CREATED, UPDATED, REJECTED }

    private record Outcome(Result result, ImportReport.Rejection rejection) {
    }

    /**
     * Imports one line that the caller built itself, with the same checks, transaction, revision and audit as a
     * line of an NDJSON body (reported as line 1).
     */
    public ImportReport importLine(BriefingLine line, ActingUser sender) {
        Outcome outcome = importParsed(1, line, sender);
        return switch (outcome.result()) {
            case CREATED -> new ImportReport(1, 0, 0, List.of());
            case UPDATED -> new ImportReport(0, 1, 0, List.of());
            case REJECTED -> new ImportReport(0, 0, 1, List.of(outcome.rejection()));
        };
    }

    private Outcome importLine(int number, String line, ActingUser sender) {
        try {
            return importParsed(number, lineJson.read(line), sender);
        } catch (InvalidLineException e) {
            return rejected(number, null, e.getMessage());
        }
    }

    private Outcome importParsed(int number, BriefingLine parsed, ActingUser sender) {
        String externalId = parsed.externalId();
        try {
            boolean created = Boolean.TRUE.equals(transaction.execute(status -> store(parsed, sender)));
            return new Outcome(created ? Result.CREATED : Result.UPDATED, null);
        } catch (InvalidLineException e) {
            return rejected(number, externalId, e.getMessage());
        } catch (ObjectOptimisticLockingFailureException e) {
            return rejected(number, externalId, "the briefing was changed by someone else at the same time; send it again");
        } catch (DataIntegrityViolationException e) {
            log.info("Import line {} violates a constraint", number, e);
            return rejected(number, externalId, "conflicts with stored data (a duplicate or an invalid value): "
                    + constraintName(e));
        } catch (DataAccessException e) {
            log.warn("Import line {} failed in the database", number, e);
            return rejected(number, externalId, "could not be stored; nothing of it was kept");
        }
    }

    private boolean store(BriefingLine parsed, ActingUser sender) {
        // the writer's save announces the sender as the author (BriefingSaved): the revision is kept before the commit
        boolean created = writer.write(parsed, sender);
        Briefing briefing = briefings.findByExternalId(parsed.externalId().strip()).orElseThrow();
        audit.record(sender.username(), sender.clientAddress(), created ? "briefing.imported" : "briefing.reimported",
                RevisionLog.EntityType.BRIEFING, briefing.getId(), null);
        return created;
    }

    private static String constraintName(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        var matcher = java.util.regex.Pattern.compile("constraint \"([a-z0-9_]+)\"").matcher(message);
        return matcher.find() ? matcher.group(1) : "see the import format";
    }

    private static Outcome rejected(int number, String externalId, String reason) {
        return new Outcome(Result.REJECTED, new ImportReport.Rejection(number, externalId, reason));
    }
}
