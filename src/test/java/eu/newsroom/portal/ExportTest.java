package eu.newsroom.portal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CSV exports over real HTTP: a header row, UTF-8, and no formula a spreadsheet would run. */
@NewsroomTest
class ExportTest {

    @Autowired
    Http http;

    private static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }

    @Test
    void commitmentsExportHasAHeaderAndTheSeedAmountInUnits() throws Exception {
        var response = http.get("/exports/commitments.csv", "text/csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition")).get().asString().contains("commitments.csv");
        assertThat(response.body()).startsWith("slug,title,donor,recipient,category,amount,");
        CSVRecord seed = parse(response.body()).stream().filter(r -> r.get("slug").equals("eu-support-ukraine-187bn"))
                .findFirst().orElseThrow();
        assertThat(seed.get("amount")).isEqualTo("187000000000");
        assertThat(seed.get("currency")).isEqualTo("EUR");
        assertThat(seed.get("qualifier")).isEqualTo("over");
    }

    @Test
    void cellsThatWouldRunAsFormulasAreNeutralised() throws Exception {
        String line = "{\"externalId\":\"csv-1\",\"lang\":\"en\",\"kind\":\"statement\",\"title\":\"CSV\",\"date\":\"2025-02-02\","
                + "\"body\":\"b\",\"commitments\":[{\"slug\":\"csv-formula\",\"title\":\"=HYPERLINK(\\\"http://evil\\\",\\\"x\\\")\","
                + "\"donor\":\"eu\",\"category\":\"financial\",\"status\":\"pledged\"}],"
                + "\"statements\":[{\"speaker\":\"kaja-kallas\",\"kind\":\"quote\",\"text\":\"@SUM(1+1) and 'ä'\"}]}\n";
        assertThat(http.importNdjson(line, "editor@newsroom.example").statusCode()).isEqualTo(200);
        CSVRecord commitment = parse(http.get("/exports/commitments.csv", "text/csv").body()).stream()
                .filter(r -> r.get("slug").equals("csv-formula")).findFirst().orElseThrow();
        assertThat(commitment.get("title")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        CSVRecord statement = parse(http.get("/exports/statements.csv?speaker=kaja-kallas", "text/csv").body()).stream()
                .filter(r -> r.get("slug").startsWith("2025-02-02-csv")).findFirst().orElseThrow();
        assertThat(statement.get("text")).isEqualTo("'@SUM(1+1) and 'ä'");
    }

    @Test
    void neutralisationLeavesOrdinaryTextAlone() {
        assertThat(CsvExport.neutralise("Kaja Kallas")).isEqualTo("Kaja Kallas");
        assertThat(CsvExport.neutralise("+32 2 584 11 11")).isEqualTo("'+32 2 584 11 11");
        assertThat(CsvExport.neutralise("-1")).isEqualTo("'-1");
        assertThat(CsvExport.neutralise(null)).isEmpty();
    }

    @Test
    void badFiltersOnExportsAre400() {
        assertThat(http.get("/exports/statements.csv?lang=!!", "text/csv").statusCode()).isEqualTo(400);
    }
}
