package eu.newsroom.commitment;

import eu.newsroom.commitment.ReferenceRates.ReferenceRate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads euro reference rates from the files the ECB publishes, as a chief editor downloads them, and from the
 * newsroom's own table format:
 * <ul>
 * <li>{@code eurofxref-hist.csv} and {@code eurofxref.csv}: a {@code Date} column, then one column per currency
 * ({@code N/A} or empty where the ECB quoted none that day); dates as {@code 2024-09-26} or
 * {@code 26 September 2024};</li>
 * <li>{@code eurofxref-hist.xml}, {@code eurofxref-hist-90d.xml}, {@code eurofxref-daily.xml}:
 * {@code <Cube time="…"><Cube currency="USD" rate="1.1155"/>…};</li>
 * <li>either of them inside the ECB's {@code .zip};</li>
 * <li>{@code date,currency,units_per_euro} rows, as in reference-rates/ecb-euro-reference-rates.csv.</li>
 * </ul>
 * The whole file is read before anything is stored: one bad value refuses the file, with its line.
 */
public final class EcbRateFile {

    /** The euro's first day; the ECB has published reference rates since. */
    static final LocalDate FIRST_DAY = LocalDate.of(1999, 1, 4);
    /** Every rate the ECB has published fits many times; more means the file is not what it claims. */
    static final int MAX_RATES = 2_000_000;
    /** Uncompressed size of the file inside a zip (the ECB's whole history as CSV is about 7 MB). */
    static final int MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

    private static final String OWN_HEADER = "date,currency,units_per_euro";
    private static final DateTimeFormatter DAILY_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private EcbRateFile() {
    }

    /**
     * Every rate in the file, or why it was refused.
     *
     * @param latest the last date a rate may carry (tomorrow, for an upload: no rate is published ahead)
     */
    public static List<ReferenceRate> read(byte[] content, LocalDate latest) throws RateFileProblem {
        if (content.length == 0) {
            throw new RateFileProblem("rates.file.empty");
        }
        if (isZip(content)) {
            return read(unzip(content), latest);
        }
        String text = decode(content).strip();
        Rates rates = new Rates(latest);
        if (text.startsWith("<")) {
            readXml(text, rates);
        } else {
            readCsv(text, rates);
        }
        if (rates.list.isEmpty()) {
            throw new RateFileProblem("rates.file.noRates");
        }
        return rates.list;
    }

    private static void readCsv(String text, Rates rates) throws RateFileProblem {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw new RateFileProblem("rates.file.noRates");
            }
            List<String> header = records.next().stream().map(String::strip).toList();
            boolean own = String.join(",", header).equalsIgnoreCase(OWN_HEADER);
            if (!own && !"Date".equalsIgnoreCase(header.get(0))) {
                throw new RateFileProblem("rates.file.unknownFormat");
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (own) {
                    readOwnRow(record, line, rates);
                } else {
                    readEcbRow(header, record, line, rates);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // commons-csv reports broken quoting this way
            throw new RateFileProblem("rates.file.unreadable");
        }
    }

    private static void readOwnRow(CSVRecord record, long line, Rates rates) throws RateFileProblem {
        if (record.size() != 3) {
            throw new RateFileProblem("rates.file.columns", line, 3, record.size());
        }
        rates.add(line, record.get(1).strip(), date(record.get(0), line), record.get(2));
    }

    private static void readEcbRow(List<String> header, CSVRecord record, long line, Rates rates) throws RateFileProblem {
        if (record.size() > header.size()) {
            throw new RateFileProblem("rates.file.columns", line, header.size(), record.size());
        }
        LocalDate date = date(record.get(0), line);
        for (int column = 1; column < record.size(); column++) {
            String value = record.get(column).strip();
            // the ECB leaves a trailing empty column and writes N/A for a currency it did not quote that day
            if (!value.isEmpty() && !"N/A".equalsIgnoreCase(value)) {
                rates.add(line, header.get(column), date, value);
            }
        }
    }

    private static void readXml(String text, Rates rates) throws RateFileProblem {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // an uploaded file must not make the server read other files or addresses (XXE)
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new StringReader(text));
            LocalDate day = null;
            boolean cubeSeen = false;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT || !"Cube".equals(xml.getLocalName())) {
                    continue;
                }
                cubeSeen = true;
                long line = xml.getLocation().getLineNumber();
                String time = xml.getAttributeValue(null, "time");
                String currency = xml.getAttributeValue(null, "currency");
                if (time != null) {
                    day = date(time, line);
                } else if (currency != null) {
                    if (day == null) {
                        throw new RateFileProblem("rates.file.rateWithoutDate", line);
                    }
                    rates.add(line, currency, day, String.valueOf(xml.getAttributeValue(null, "rate")));
                }
            }
            if (!cubeSeen) {
                throw new RateFileProblem("rates.file.unknownFormat");
            }
        } catch (XMLStreamException e) {
            throw new RateFileProblem("rates.file.brokenXml",
                    e.getLocation() == null ? 0 : e.getLocation().getLineNumber());
        } finally {
            close(xml);
        }
    }

    private static LocalDate date(String text, long line) throws RateFileProblem {
        String value = text.strip();
        try {
            return value.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(value) : LocalDate.parse(value, DAILY_DATE);
        } catch (DateTimeParseException e) {
            throw new RateFileProblem("rates.file.date", line, shorten(value));
        }
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** The first CSV or XML file inside the ECB's zip, read up to {@value #MAX_UNZIPPED_BYTES} bytes. */
    private static byte[] unzip(byte[] content) throws RateFileProblem {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (!entry.isDirectory() && (name.endsWith(".csv") || name.endsWith(".xml"))) {
                    byte[] inner = readAtMost(zip, MAX_UNZIPPED_BYTES);
                    if (isZip(inner)) {
                        throw new RateFileProblem("rates.file.unknownFormat");
                    }
                    return inner;
                }
            }
            throw new RateFileProblem("rates.file.zipWithoutRates");
        } catch (IOException e) {
            // ZipException included: a damaged archive
            throw new RateFileProblem("rates.file.brokenZip");
        }
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException, RateFileProblem {
        byte[] read = in.readNBytes(limit + 1);
        if (read.length > limit) {
            throw new RateFileProblem("rates.file.tooLarge", limit / (1024 * 1024));
        }
        return read;
    }

    private static String decode(byte[] content) throws RateFileProblem {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new RateFileProblem("rates.file.notText");
        }
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // only releases the reader's own buffers; the file is in memory
            }
        }
    }

    /** The rates read so far, checked one by one; a second, different rate for a currency and date is refused. */
    private static final class Rates {
        private final LocalDate latest;
        private final List<ReferenceRate> list = new ArrayList<>();
        private final Map<String, BigDecimal> seen = new HashMap<>();

        Rates(LocalDate latest) {
            this.latest = latest;
        }

        void add(long line, String currencyText, LocalDate date, String rateText) throws RateFileProblem {
            String currency = currencyText.strip();
            if (!currency.matches("[A-Z]{3}") || "EUR".equals(currency)) {
                throw new RateFileProblem("rates.file.currency", line, shorten(currency));
            }
            if (date.isBefore(FIRST_DAY) || date.isAfter(latest)) {
                throw new RateFileProblem("rates.file.dateOutOfRange", line, date.toString(), FIRST_DAY.toString());
            }
            BigDecimal rate = rate(rateText.strip(), currency, line);
            BigDecimal earlier = seen.putIfAbsent(currency + date, rate);
            if (earlier != null) {
                if (earlier.compareTo(rate) != 0) {
                    throw new RateFileProblem("rates.file.twoRates", line, currency, date.toString());
                }
                return;
            }
            if (list.size() == MAX_RATES) {
                throw new RateFileProblem("rates.file.tooMany", MAX_RATES);
            }
            list.add(new ReferenceRate(currency, date, rate));
        }

        /** Positive, at most six decimals and twelve digits before the point (the table's NUMERIC(18, 6)). */
        private static BigDecimal rate(String text, String currency, long line) throws RateFileProblem {
            BigDecimal rate;
            try {
                rate = new BigDecimal(text).stripTrailingZeros();
            } catch (NumberFormatException e) {
                throw new RateFileProblem("rates.file.rate", line, shorten(text), currency);
            }
            if (rate.signum() <= 0 || rate.scale() > 6 || rate.precision() - rate.scale() > 12) {
                throw new RateFileProblem("rates.file.rate", line, shorten(text), currency);
            }
            return rate.scale() < 0 ? rate.setScale(0) : rate;
        }
    }
}
