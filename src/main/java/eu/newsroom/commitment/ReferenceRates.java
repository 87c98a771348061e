package eu.newsroom.commitment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The ECB euro reference rates the newsroom knows: those shipped with the app
 * (reference-rates/ecb-euro-reference-rates.csv, described in the README beside it) and those a chief editor
 * uploaded since (table reference_rate, which wins for the same currency and date). Kept in memory, because
 * the lookup runs inside Hibernate's flush (EuroNormalisation), where no query may run.
 */
@Component
public class ReferenceRates implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ReferenceRates.class);

    static final String FILE = "reference-rates/ecb-euro-reference-rates.csv";

    /** A month-end rate still stands for every day of the following month; older ones are not used. */
    static final int MAX_AGE_DAYS = 35;

    /** One published rate: how many units of a currency one euro was worth on a date. */
    public record ReferenceRate(String currency, LocalDate date, BigDecimal unitsPerEuro) {

        /** Euro per unit, as the commitment table stores rates (eight decimals). */
        public BigDecimal eurPerUnit() {
            return BigDecimal.ONE.divide(unitsPerEuro, 8, RoundingMode.HALF_EVEN);
        }

        /** The euro value of an amount in this currency, to the cent; divided, so no rounded rate is involved. */
        public BigDecimal inEuro(BigDecimal amount) {
            return amount.divide(unitsPerEuro, 2, RoundingMode.HALF_EVEN);
        }
    }

    /** What the table covers for one currency, for the admin page and the tracker. */
    public record Coverage(String currency, LocalDate first, LocalDate last, int dates) {
    }

    private final JdbcClient jdbc;
    private final List<ReferenceRate> shipped;
    private volatile RateTable table;
    /** Row count and newest load time of reference_rate when it was last read: tells another node's upload. */
    private volatile String loadedStamp = "";

    ReferenceRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.shipped = readShippedFile();
        this.table = RateTable.of(shipped);
    }

    /** After every bean exists, so Flyway has created the table; before the start-up runners value commitments. */
    @Override
    public void afterSingletonsInstantiated() {
        reload();
    }

    /** Reads the uploaded rates again; called after an upload, and on every node when another node uploaded. */
    public synchronized void reload() {
        String stamp = stamp();
        List<ReferenceRate> all = new ArrayList<>(shipped);
        all.addAll(jdbc.sql("select currency, rate_date, units_per_euro from reference_rate")
                .query((rs, row) -> new ReferenceRate(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getBigDecimal(3)))
                .list());
        this.table = RateTable.of(all);
        this.loadedStamp = stamp;
    }

    /** In cluster mode another node may have stored an upload; a cheap look once a minute tells. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    void reloadIfChangedElsewhere() {
        try {
            if (!stamp().equals(loadedStamp)) {
                reload();
                log.info("Reloaded the ECB reference rates after an upload elsewhere");
            }
        } catch (RuntimeException e) {
            // the next minute tries again; the rates in memory stay valid meanwhile
            log.debug("Could not check the reference rates for changes", e);
        }
    }

    private String stamp() {
        return jdbc.sql("select count(*) || '/' || coalesce(max(loaded_at)::text, '') from reference_rate")
                .query(String.class).single();
    }

    /** The rate of a date, or of the nearest earlier published date within {@value #MAX_AGE_DAYS} days. */
    public Optional<ReferenceRate> on(String currency, LocalDate date) {
        if (date == null) {
            return Optional.empty();
        }
        return table.floor(currency, date)
                .filter(published -> !published.date().plusDays(MAX_AGE_DAYS).isBefore(date));
    }

    /** The rate published on exactly this date, to show which rate a stored value used. */
    public Optional<ReferenceRate> publishedOn(String currency, LocalDate date) {
        return date == null ? Optional.empty() : table.exactly(currency, date);
    }

    public Set<String> currencies() {
        return table.currencies();
    }

    /** Per currency, the first and last date known and how many dates, by currency code. */
    public List<Coverage> coverage() {
        return table.coverage().stream().sorted(Comparator.comparing(Coverage::currency)).toList();
    }

    /** The latest date any rate is known for, if any: the tracker says how far its euro values can reach. */
    public Optional<LocalDate> lastDate() {
        return table.coverage().stream().map(Coverage::last).max(Comparator.naturalOrder());
    }

    private static List<ReferenceRate> readShippedFile() {
        try (var in = new ClassPathResource(FILE).getInputStream()) {
            return EcbRateFile.read(in.readAllBytes(), LocalDate.MAX);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + FILE, e);
        } catch (RateFileProblem e) {
            throw new IllegalStateException(FILE + ": " + e.getMessageKey() + " " + List.of(e.getArguments()), e);
        }
    }

    /**
     * The rates of each currency by date, replaced as a whole on reload so readers never see half of one.
     * Compact (days since the epoch and millionths of a unit, in sorted arrays): the ECB's whole history is
     * about 300 000 rates, which as maps of boxed dates and decimals would take some 30 MB of heap.
     */
    private record RateTable(Map<String, CurrencyRates> byCurrency) {

        static RateTable of(List<ReferenceRate> rates) {
            Map<String, TreeMap<LocalDate, BigDecimal>> sorted = new TreeMap<>();
            for (ReferenceRate rate : rates) {
                sorted.computeIfAbsent(rate.currency(), c -> new TreeMap<>()).put(rate.date(), rate.unitsPerEuro());
            }
            Map<String, CurrencyRates> byCurrency = new TreeMap<>();
            sorted.forEach((currency, dates) -> byCurrency.put(currency, CurrencyRates.of(dates)));
            return new RateTable(byCurrency);
        }

        Optional<ReferenceRate> floor(String currency, LocalDate date) {
            var rates = byCurrency.get(currency);
            int at = rates == null ? -1 : rates.floorIndex(date);
            return at < 0 ? Optional.empty() : Optional.of(rates.rate(currency, at));
        }

        Optional<ReferenceRate> exactly(String currency, LocalDate date) {
            return floor(currency, date).filter(rate -> rate.date().equals(date));
        }

        Set<String> currencies() {
            return Set.copyOf(byCurrency.keySet());
        }

        List<Coverage> coverage() {
            return byCurrency.entrySet().stream().map(e -> e.getValue().coverage(e.getKey())).toList();
        }
    }

    /** One currency's rates: epoch days ascending, each with its rate in millionths (the table's six decimals). */
    private record CurrencyRates(int[] days, long[] millionths) {

        static CurrencyRates of(TreeMap<LocalDate, BigDecimal> dates) {
            int[] days = new int[dates.size()];
            long[] millionths = new long[dates.size()];
            int i = 0;
            for (var entry : dates.entrySet()) {
                days[i] = Math.toIntExact(entry.getKey().toEpochDay());
                // exact: EcbRateFile refuses a rate with more than six decimals
                millionths[i++] = entry.getValue().movePointRight(6).longValueExact();
            }
            return new CurrencyRates(days, millionths);
        }

        int floorIndex(LocalDate date) {
            int at = java.util.Arrays.binarySearch(days, Math.toIntExact(date.toEpochDay()));
            return at >= 0 ? at : -at - 2;
        }

        ReferenceRate rate(String currency, int at) {
            BigDecimal units = BigDecimal.valueOf(millionths[at], 6).stripTrailingZeros();
            return new ReferenceRate(currency, LocalDate.ofEpochDay(days[at]), units.scale() < 0 ? units.setScale(0) : units);
        }

        Coverage coverage(String currency) {
            return new Coverage(currency, LocalDate.ofEpochDay(days[0]), LocalDate.ofEpochDay(days[days.length - 1]),
                    days.length);
        }
    }
}
