package eu.newsroom.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.account.WebSession;
import eu.newsroom.commitment.ReferenceRates;
import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chief editor extends the ECB rate table with the ECB's own file, over real HTTP (multipart, CSRF), and a
 * commitment the shipped table did not reach gets its euro value. HUF and ISK are in no shipped rate and no
 * other test; the rates are the ECB's for 20 and 21 February 2023. Uploaded rows are removed after each test.
 */
@NewsroomTest
class ReferenceRateUploadTest {

    /** The ECB's eurofxref-hist.csv layout: N/A where a currency was not quoted, a trailing comma. */
    private static final String ECB_CSV = """
            Date,HUF,CYP,ISK,
            2023-02-21,382.19,N/A,154.1,
            2023-02-20,382.83,N/A,154.7,
            """;

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferenceRates rates;

    private WebSession chief;

    @BeforeEach
    void signInAndImportAPledgeInForints() {
        chief = new WebSession(http.base()).signedIn("chief@newsroom.example", Http.DEMO_PASSWORD);
        // briefings in Portuguese go to the index's catch-all field: the judged relevance queries keep their statistics
        String line = "{\"externalId\":\"rates-upload-1\",\"lang\":\"pt\",\"kind\":\"statement\",\"title\":\"Forints\","
                + "\"date\":\"2023-02-21\",\"body\":\"b\",\"actors\":[{\"slug\":\"rates-upload-donor\",\"kind\":\"state\","
                + "\"name\":\"Forintia\"}],\"commitments\":[{\"slug\":\"rates-upload-huf\",\"title\":\"Forint pledge\","
                + "\"donor\":\"rates-upload-donor\",\"category\":\"military\",\"amount\":\"1000000\",\"currency\":\"HUF\","
                + "\"status\":\"pledged\",\"announced\":\"2023-02-21\"}]}\n";
        assertThat(http.importNdjson(line, "editor@newsroom.example").body()).contains("\"rejected\":0");
    }

    @AfterEach
    void forgetTheUploadedRates() {
        jdbc.sql("delete from reference_rate where currency in ('HUF', 'ISK')").update();
        jdbc.sql("update commitment set amount_eur = null, eur_rate = null, rate_date = null, eur_rate_source = null"
                + " where slug = 'rates-upload-huf'").update();
        jdbc.sql("update commitment_change set amount_eur = null where commitment_id ="
                + " (select id from commitment where slug = 'rates-upload-huf')").update();
        rates.reload();
    }

    @Test
    void theEcbZipExtendsTheTableAndValuesTheCommitmentItNowReaches() throws IOException {
        assertThat(euroValue()).isNull();
        String before = chief.get("/admin/reference-rates?locale=en").body();
        assertThat(before).contains("The newsroom’s rates reach 26 September 2024.")
                .contains("commitment in another currency has no euro value").doesNotContain(">HUF<");

        var answer = chief.postFile("/admin/reference-rates", "file", "eurofxref-hist.zip", zip("eurofxref-hist.csv", ECB_CSV));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/admin/reference-rates");
        String after = chief.get("/admin/reference-rates").body();
        assertThat(after).contains("Read 4 rates of 2 currencies from 20 February 2023 to 21 February 2023: 4 new, 0 changed,"
                + " 0 already known.").contains("One commitment got a euro value from them.").contains(">HUF<");
        assertThat(jdbc.sql("select count(*) from reference_rate where currency in ('HUF', 'ISK')").query(Integer.class)
                .single()).isEqualTo(4);
        // 1 000 000 / 382.19, to the cent, at the rate of the announcement date; its history step alike
        assertThat(euroValue()).isEqualByComparingTo("2616.50");
        assertThat(jdbc.sql("select rate_date from commitment where slug = 'rates-upload-huf'").query(LocalDate.class)
                .single()).isEqualTo(LocalDate.of(2023, 2, 21));
        assertThat(jdbc.sql("select h.amount_eur from commitment_change h join commitment c on c.id = h.commitment_id"
                + " where c.slug = 'rates-upload-huf'").query(BigDecimal.class).single()).isEqualByComparingTo("2616.50");
        assertThat(http.page("/commitments/rates-upload-huf?locale=en").body())
                .contains("ECB euro reference rate of 21 February 2023: EUR 1 = 382.19 HUF");
        assertThat(jdbc.sql("select detail->'outcome'->>'added' from audit_event where action = 'reference-rates.uploaded'"
                + " and username = 'chief@newsroom.example' order by id desc limit 1").query(String.class).single())
                .isEqualTo("4");
    }

    @Test
    void theSameFileAgainAddsNothingAndAChangedValueReplacesTheKnownOne() {
        assertThat(uploadAndFollow("eurofxref-hist.csv", ECB_CSV)).contains("4 new, 0 changed, 0 already known.");
        assertThat(uploadAndFollow("eurofxref-hist.csv", ECB_CSV))
                .contains("Read 4 rates of 2 currencies from 20 February 2023 to 21 February 2023: 0 new, 0 changed, 4 already known.");

        assertThat(uploadAndFollow("own.csv", "date,currency,units_per_euro\n2023-02-21,ISK,154.2\n"))
                .contains("0 new, 1 changed, 0 already known.");
        assertThat(rates.publishedOn("ISK", LocalDate.of(2023, 2, 21)).orElseThrow().unitsPerEuro())
                .isEqualByComparingTo("154.2");
    }

    @Test
    void aRefusedFileSaysWhyInTheReadersLanguageAndStoresNothing() {
        String withABadLine = "Date,HUF,ISK,\n2023-02-21,382.19,154.1,\n2023-02-20,382.83,1O4.7,\n";

        var answer = chief.postFile("/admin/reference-rates?locale=en", "file", "eurofxref-hist.csv",
                withABadLine.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Line 3: “1O4.7” is not a rate for ISK").doesNotContain("Exception");
        assertThat(jdbc.sql("select count(*) from reference_rate where currency in ('HUF', 'ISK')").query(Integer.class)
                .single()).isZero();
        assertThat(euroValue()).isNull();

        var german = chief.postFile("/admin/reference-rates?locale=de", "file", "rates.txt",
                "irgendwas".getBytes(StandardCharsets.UTF_8));
        assertThat(german.statusCode()).isEqualTo(400);
        assertThat(german.body()).contains("Das ist keine Referenzkurs-Datei der EZB");
        assertThat(chief.postFile("/admin/reference-rates?locale=en", "file", "empty.csv", new byte[0]).body())
                .contains("Choose a file to upload.");

        // over the multipart limit: told as such, not taken for a forged form (its CSRF token would be lost)
        var tooLarge = chief.postFile("/admin/reference-rates?locale=en", "file", "huge.csv", new byte[18 * 1024 * 1024]);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("The file is too large: at most 16 MB can be uploaded.");
    }

    @Test
    void onlyAChiefEditorMayUploadRates() {
        WebSession editor = new WebSession(http.base()).signedIn("editor@newsroom.example", Http.DEMO_PASSWORD);
        assertThat(editor.get("/admin/reference-rates").statusCode()).isEqualTo(403);
        assertThat(editor.postFile("/admin/reference-rates", "file", "eurofxref-hist.csv",
                ECB_CSV.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(403);
        var anonymous = new WebSession(http.base()).get("/admin/reference-rates");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/login");
        assertThat(jdbc.sql("select count(*) from reference_rate where currency in ('HUF', 'ISK')").query(Integer.class)
                .single()).isZero();
    }

    @Test
    void aScheduledJobCanUploadTheEcbFileThroughTheApi() {
        var refused = http.post("/api/v1/reference-rates?file=bad.csv", "text/csv",
                "Date,HUF,\n2023-02-21,x,\n".getBytes(StandardCharsets.UTF_8), "chief@newsroom.example");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Line 2: “x” is not a rate for HUF");
        assertThat(http.post("/api/v1/reference-rates", "text/csv", ECB_CSV.getBytes(StandardCharsets.UTF_8),
                "editor@newsroom.example").statusCode()).isEqualTo(403);

        var answer = http.post("/api/v1/reference-rates?file=eurofxref-hist.csv", "text/csv",
                ECB_CSV.getBytes(StandardCharsets.UTF_8), "chief@newsroom.example");

        assertThat(answer.statusCode()).isEqualTo(200);
        var outcome = JsonMapper.builder().build().readTree(answer.body());
        assertThat(outcome.path("read").asInt()).isEqualTo(4);
        assertThat(outcome.path("added").asInt()).isEqualTo(4);
        assertThat(outcome.path("commitmentsValued").asInt()).isEqualTo(1);
        assertThat(euroValue()).isEqualByComparingTo("2616.50");
        var coverage = JsonMapper.builder().build().readTree(http.json("/api/v1/reference-rates").body());
        assertThat(coverage.path("reaches").asString()).isEqualTo("2024-09-26");
        assertThat(coverage.path("currencies").findValuesAsString("currency")).contains("HUF", "ISK", "USD");
    }

    @Test
    void theTrackerSaysHowFarItsRatesReach() {
        assertThat(http.page("/commitments/tracker?locale=en").body())
                .contains("The newsroom’s ECB rates reach 26 September 2024");
    }

    /** Uploads as the chief editor's browser does, following the redirect to the page that tells the outcome. */
    private String uploadAndFollow(String fileName, String content) {
        var answer = chief.postFile("/admin/reference-rates?locale=en", "file", fileName,
                content.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(302);
        return chief.get(answer.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
    }

    private BigDecimal euroValue() {
        return jdbc.sql("select amount_eur from commitment where slug = 'rates-upload-huf'").query(BigDecimal.class)
                .optional().orElse(null);
    }

    private static byte[] zip(String name, String content) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
