package eu.newsroom.commitment;

import static eu.newsroom.shared.NewsroomTime.BRUSSELS;

import eu.newsroom.commitment.ReferenceRates.ReferenceRate;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds the ECB reference rates of an uploaded file (EcbRateFile) to the newsroom's table, then values the
 * commitments the table now covers. All rates of a file are stored in one transaction, or none.
 */
@Service
public class ReferenceRateUploads {

    private static final Logger log = LoggerFactory.getLogger(ReferenceRateUploads.class);
    /** Rows per statement: arrays of this size keep each round trip small and the whole upload fast. */
    private static final int CHUNK = 5_000;

    /**
     * What an upload did. {@code added}: rates the newsroom did not know; {@code changed}: a different value for a
     * known date (the file's value now counts); {@code commitmentsValued}: commitments that got a euro value;
     * {@code valuingDeferred}: a commitment was being edited at the same moment, so valuing waits for its next
     * save or the next start. Serializable: it reaches the page after the redirect in the (JDBC) session.
     */
    public record Outcome(int read, int added, int changed, int currencies, LocalDate first, LocalDate last,
            int commitmentsValued, boolean valuingDeferred) implements Serializable {

        public int unchanged() {
            return read - added - changed;
        }
    }

    private final ReferenceRates rates;
    private final ReferenceRateBackfill backfill;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ReferenceRateUploads(ReferenceRates rates, ReferenceRateBackfill backfill, JdbcTemplate jdbc,
            TransactionTemplate transaction) {
        this.rates = rates;
        this.backfill = backfill;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    public Outcome upload(byte[] content) throws RateFileProblem {
        // no rate is published ahead; a day's slack for a file written in another time zone
        List<ReferenceRate> read = EcbRateFile.read(content, LocalDate.now(BRUSSELS).plusDays(1));
        List<ReferenceRate> newOrChanged = new ArrayList<>();
        int added = 0;
        for (ReferenceRate rate : read) {
            var known = rates.publishedOn(rate.currency(), rate.date()).map(ReferenceRate::unitsPerEuro);
            if (known.isEmpty()) {
                added++;
                newOrChanged.add(rate);
            } else if (known.get().compareTo(rate.unitsPerEuro()) != 0) {
                newOrChanged.add(rate);
            }
        }
        transaction.executeWithoutResult(status -> store(newOrChanged));
        rates.reload();
        int valued = 0;
        boolean deferred = false;
        try {
            valued = backfill.valueMissing();
        } catch (OptimisticLockingFailureException e) {
            // the rates are stored; the edited commitment is valued when it is saved, the others at the next start
            log.info("Valuing commitments after a rate upload met a concurrent edit; left for later", e);
            deferred = true;
        }
        return new Outcome(read.size(), added, newOrChanged.size() - added,
                (int) read.stream().map(ReferenceRate::currency).distinct().count(),
                read.stream().map(ReferenceRate::date).min(Comparator.naturalOrder()).orElseThrow(),
                read.stream().map(ReferenceRate::date).max(Comparator.naturalOrder()).orElseThrow(), valued, deferred);
    }

    private void store(List<ReferenceRate> toStore) {
        for (int from = 0; from < toStore.size(); from += CHUNK) {
            List<ReferenceRate> chunk = toStore.subList(from, Math.min(toStore.size(), from + CHUNK));
            jdbc.update(connection -> {
                var statement = connection.prepareStatement("insert into reference_rate (currency, rate_date, units_per_euro)"
                        + " select * from unnest(?::text[], ?::date[], ?::numeric[])"
                        + " on conflict (currency, rate_date) do update"
                        + " set units_per_euro = excluded.units_per_euro, loaded_at = now()");
                statement.setArray(1, connection.createArrayOf("text",
                        chunk.stream().map(ReferenceRate::currency).toArray()));
                statement.setArray(2, connection.createArrayOf("date",
                        chunk.stream().map(rate -> Date.valueOf(rate.date())).toArray()));
                statement.setArray(3, connection.createArrayOf("numeric",
                        chunk.stream().map(ReferenceRate::unitsPerEuro).toArray(BigDecimal[]::new)));
                return statement;
            });
        }
    }
}
