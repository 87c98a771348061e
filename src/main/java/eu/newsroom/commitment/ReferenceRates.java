package eu.newsroom.commitment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The ECB euro reference rates shipped with the app (reference-rates/ecb-euro-reference-rates.csv,
 * described in the README beside it), read once at start.
 */
@Component
public class ReferenceRates {

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

    private final Map<String, NavigableMap<LocalDate, BigDecimal>> byCurrency;

    ReferenceRates() {
        this.byCurrency = read();
    }

    /** The rate of a date, or of the nearest earlier published date within {@value #MAX_AGE_DAYS} days. */
    public Optional<ReferenceRate> on(String currency, LocalDate date) {
        var rates = byCurrency.get(currency);
        if (rates == null || date == null) {
            return Optional.empty();
        }
        var published = rates.floorEntry(date);
        if (published == null || published.getKey().plusDays(MAX_AGE_DAYS).isBefore(date)) {
            return Optional.empty();
        }
        return Optional.of(new ReferenceRate(currency, published.getKey(), published.getValue()));
    }

    /** The rate published on exactly this date, to show which rate a stored value used. */
    public Optional<ReferenceRate> publishedOn(String currency, LocalDate date) {
        var rates = byCurrency.get(currency);
        BigDecimal rate = rates == null || date == null ? null : rates.get(date);
        return rate == null ? Optional.empty() : Optional.of(new ReferenceRate(currency, date, rate));
    }

    public Set<String> currencies() {
        return Set.copyOf(byCurrency.keySet());
    }

    private static Map<String, NavigableMap<LocalDate, BigDecimal>> read() {
        Map<String, NavigableMap<LocalDate, BigDecimal>> rates = new HashMap<>();
        try (var in = new BufferedReader(new InputStreamReader(new ClassPathResource(FILE).getInputStream(),
                StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (!"date,currency,units_per_euro".equals(header)) {
                throw new IllegalStateException(FILE + ": unexpected header " + header);
            }
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                if (cells.length != 3 || !cells[1].matches("[A-Z]{3}")) {
                    throw new IllegalStateException(FILE + " line " + number + ": expected date,currency,units_per_euro");
                }
                BigDecimal rate = new BigDecimal(cells[2]);
                if (rate.signum() <= 0) {
                    throw new IllegalStateException(FILE + " line " + number + ": a rate must be positive");
                }
                rates.computeIfAbsent(cells[1], c -> new TreeMap<>()).put(LocalDate.parse(cells[0]), rate);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + FILE, e);
        }
        return rates;
    }
}
