package eu.newsroom.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.newsroom.commitment.ReferenceRates.ReferenceRate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The ECB's published reference-rate files, in each layout the ECB offers them, and the newsroom's own table.
 * The values are the ECB's own for 20 and 21 February 2023 (from a copy of eurofxref-hist.xml).
 */
class EcbRateFileTest {

    private static final LocalDate LATEST = LocalDate.of(2026, 11, 30);

    /** eurofxref-hist.csv: newest first, N/A where a currency was not quoted, a trailing comma on every line. */
    static final String HIST_CSV = """
            Date,USD,JPY,CYP,HUF,ISK,
            2023-02-21,1.0664,143.76,N/A,382.19,154.1,
            2023-02-20,1.0674,143.09,N/A,382.83,154.70,
            """;

    /** eurofxref.csv, the latest day: spaces after the commas and the date written out. */
    static final String DAILY_CSV = """
            Date, USD, JPY, HUF, ISK,\s
            21 February 2023, 1.0664, 143.76, 382.19, 154.1,\s
            """;

    static final String DAILY_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
            \t<gesmes:subject>Reference rates</gesmes:subject>
            \t<gesmes:Sender><gesmes:name>European Central Bank</gesmes:name></gesmes:Sender>
            \t<Cube>
            \t\t<Cube time='2023-02-21'>
            \t\t\t<Cube currency='USD' rate='1.0664'/>
            \t\t\t<Cube currency='HUF' rate='382.19'/>
            \t\t</Cube>
            \t\t<Cube time='2023-02-20'>
            \t\t\t<Cube currency='USD' rate='1.0674'/>
            \t\t\t<Cube currency='HUF' rate='382.83'/>
            \t\t</Cube>
            \t</Cube>
            </gesmes:Envelope>
            """;

    @Test
    void theEcbHistoryCsvGivesEveryQuotedRateAndSkipsNotAvailable() throws Exception {
        List<ReferenceRate> rates = EcbRateFile.read(bytes(HIST_CSV), LATEST);
        assertThat(rates).hasSize(8).extracting(ReferenceRate::currency).doesNotContain("CYP");
        assertThat(rate(rates, "HUF", "2023-02-21")).isEqualByComparingTo("382.19");
        assertThat(rate(rates, "ISK", "2023-02-20")).isEqualByComparingTo("154.7");
        assertThat(rate(rates, "JPY", "2023-02-20")).isEqualByComparingTo("143.09");
    }

    @Test
    void theDailyCsvWithWrittenOutDatesAndSpacesReadsTheSame() throws Exception {
        List<ReferenceRate> rates = EcbRateFile.read(bytes(DAILY_CSV), LATEST);
        assertThat(rates).hasSize(4);
        assertThat(rate(rates, "USD", "2023-02-21")).isEqualByComparingTo("1.0664");
    }

    @Test
    void theEcbXmlGivesEachRateUnderItsDay() throws Exception {
        List<ReferenceRate> rates = EcbRateFile.read(bytes(DAILY_XML), LATEST);
        assertThat(rates).hasSize(4);
        assertThat(rate(rates, "HUF", "2023-02-20")).isEqualByComparingTo("382.83");
        assertThat(rate(rates, "USD", "2023-02-21")).isEqualByComparingTo("1.0664");
    }

    @Test
    void theEcbZipIsOpenedAndItsFileRead() throws Exception {
        assertThat(EcbRateFile.read(zip("eurofxref-hist.csv", bytes(HIST_CSV)), LATEST)).hasSize(8);
        assertThat(EcbRateFile.read(zip("eurofxref-hist.xml", bytes(DAILY_XML)), LATEST)).hasSize(4);
    }

    @Test
    void theNewsroomsOwnTableLayoutIsReadToo() throws Exception {
        var rates = EcbRateFile.read(bytes("date,currency,units_per_euro\n2023-02-21,HUF,382.19\n"), LATEST);
        assertThat(rates).containsExactly(new ReferenceRate("HUF", LocalDate.of(2023, 2, 21), new BigDecimal("382.19")));
    }

    @Test
    void aBadValueRefusesTheWholeFileAndNamesItsLine() {
        refused("Date,USD,HUF,\n2023-02-21,1.0664,382.19,\n2023-02-20,1.0674,abc,\n", "rates.file.rate", 3L, "abc", "HUF");
        refused("Date,USD,\n2023-02-21,-1.0664,\n", "rates.file.rate", 2L, "-1.0664", "USD");
        refused("Date,USD,\n2023-02-21,1.0000001,\n", "rates.file.rate", 2L, "1.0000001", "USD");
        refused("Date,EUR,\n2023-02-21,1,\n", "rates.file.currency", 2L, "EUR");
        refused("Date,usd,\n2023-02-21,1.0664,\n", "rates.file.currency", 2L, "usd");
        refused("Date,USD,\n21/02/2023,1.0664,\n", "rates.file.date", 2L, "21/02/2023");
        refused("Date,USD,\n1998-12-31,1.17,\n", "rates.file.dateOutOfRange", 2L, "1998-12-31", "1999-01-04");
        refused("Date,USD,\n2026-12-01,1.17,\n", "rates.file.dateOutOfRange", 2L, "2026-12-01", "1999-01-04");
        refused("Date,USD,\n2023-02-21,1.0664,1.2,3,\n", "rates.file.columns", 2L, 3, 5);
        refused("Date,USD,\n2023-02-21,1.0664,\n2023-02-21,1.07,\n", "rates.file.twoRates", 3L, "USD", "2023-02-21");
        refused("date,currency,units_per_euro\n2023-02-21,HUF\n", "rates.file.columns", 2L, 3, 2);
    }

    @Test
    void somethingElseThanARateFileIsRefusedWithAReason() {
        refused("", "rates.file.empty");
        refused("Date,USD,\n", "rates.file.noRates");
        refused("name,email\nx,y\n", "rates.file.unknownFormat");
        refused("<html><body>not rates</body></html>", "rates.file.unknownFormat");
        refused("<Cube><Cube time='2023-02-21'><Cube currency='USD' rate='1.0664'></Cube>", "rates.file.brokenXml", 1);
        refused("<Cube><Cube currency='USD' rate='1.0664'/></Cube>", "rates.file.rateWithoutDate", 1L);
        refused("Date,USD,\n\"2023-02-21,1.0664,\n", "rates.file.unreadable");
        assertThatThrownBy(() -> EcbRateFile.read(new byte[] {'D', 'a', (byte) 0xC3, 0x28}, LATEST))
                .isInstanceOf(RateFileProblem.class).hasMessage("rates.file.notText");
        assertThatThrownBy(() -> EcbRateFile.read(new byte[] {'P', 'K', 3, 4, 9, 9, 9}, LATEST))
                .isInstanceOf(RateFileProblem.class).hasMessageStartingWith("rates.file.");
    }

    @Test
    void aZipWithoutARateFileIsRefused() throws Exception {
        assertThatThrownBy(() -> EcbRateFile.read(zip("readme.txt", bytes("hello")), LATEST))
                .isInstanceOf(RateFileProblem.class).hasMessage("rates.file.zipWithoutRates");
    }

    @Test
    void anXmlFileCannotMakeTheServerReadOtherFiles() {
        String external = """
                <?xml version="1.0"?>
                <!DOCTYPE Cube [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <Cube><Cube time="2023-02-21"><Cube currency="USD" rate="&secret;"/></Cube></Cube>
                """;
        // with DTDs off the entity is never resolved: the file is refused, and /etc/passwd is not in any message
        assertThatThrownBy(() -> EcbRateFile.read(bytes(external), LATEST)).isInstanceOf(RateFileProblem.class)
                .satisfies(e -> assertThat(List.of(((RateFileProblem) e).getArguments()).toString()).doesNotContain("root"));
    }

    private static void refused(String content, String key, Object... arguments) {
        assertThatThrownBy(() -> EcbRateFile.read(bytes(content), LATEST)).isInstanceOf(RateFileProblem.class)
                .hasMessage(key)
                .satisfies(e -> assertThat(((RateFileProblem) e).getArguments()).containsExactly(arguments));
    }

    private static BigDecimal rate(List<ReferenceRate> rates, String currency, String date) {
        return rates.stream().filter(r -> r.currency().equals(currency) && r.date().equals(LocalDate.parse(date)))
                .map(ReferenceRate::unitsPerEuro).findFirst().orElseThrow();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(String name, byte[] content) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
