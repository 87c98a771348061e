package eu.newsroom.importer;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The NDJSON import API over real HTTP, checked against the rows in PostgreSQL. */
@NewsroomTest
class ImportApiTest {

    static final String EDITOR = "editor@newsroom.example";
    static final String JOURNALIST = "journalist@newsroom.example";

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    private static String line(String externalId, String extra) {
        return "{\"externalId\":\"" + externalId + "\",\"lang\":\"en\",\"kind\":\"press-release\","
                + "\"title\":\"Test item " + externalId + "\",\"date\":\"2025-06-01\",\"body\":\"First paragraph.\\nSecond.\""
                + extra + "}";
    }

    private static final String RICH = ",\"place\":\"Brussels\",\"institution\":\"eeas\",\"summary\":[\"One\",\"Two\"],"
            + "\"actors\":[{\"slug\":\"test-minister\",\"kind\":\"person\",\"name\":\"Test Minister\","
            + "\"roles\":[{\"title\":\"Minister of Tests\",\"organisation\":\"finland\",\"from\":\"2024-01-01\"}]}],"
            + "\"topics\":[{\"slug\":\"test-topic\",\"labels\":{\"en\":\"Testing\",\"de\":\"Prüfung\"}}],"
            + "\"initiatives\":[{\"slug\":\"test-initiative\",\"name\":\"Test Initiative\",\"kind\":\"project\","
            + "\"status\":\"planning\",\"leads\":[\"finland\"],\"aliases\":{\"de\":[\"Testinitiative\"]}}],"
            + "\"commitments\":[{\"slug\":\"test-commitment\",\"title\":\"Test support\",\"donor\":\"eu\","
            + "\"recipient\":\"ukraine\",\"category\":\"military\",\"amount\":\"1500000000\",\"currency\":\"EUR\","
            + "\"qualifier\":\"about\",\"status\":\"pledged\"}],"
            + "\"statements\":[{\"speaker\":\"test-minister\",\"kind\":\"quote\",\"text\":\"We test.\","
            + "\"topics\":[\"test-topic\"],\"commitments\":[\"test-commitment\"],\"initiatives\":[\"test-initiative\"]}]";

    private JsonNode importOk(String body) {
        var response = http.importNdjson(body, EDITOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private Map<String, Integer> counts() {
        return Map.of("briefing", count("briefing"), "statement", count("statement"), "commitment", count("commitment"),
                "initiative", count("initiative"), "actor", count("actor"), "topic", count("topic"),
                "briefing_point", count("briefing_point"), "commitment_change", count("commitment_change"));
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    @Test
    void importingTheSameLinesTwiceLeavesTheSameRows() {
        String body = line("twice-1", RICH) + "\n" + line("twice-2", "") + "\n";
        JsonNode first = importOk(body);
        assertThat(first.path("created").asInt()).as(first.toString()).isEqualTo(2);
        var after = counts();
        JsonNode second = importOk(body);
        assertThat(second.path("created").asInt()).isZero();
        assertThat(second.path("updated").asInt()).isEqualTo(2);
        assertThat(second.path("rejected").asInt()).isZero();
        assertThat(counts()).isEqualTo(after);
    }

    @Test
    void aLineWithoutLanguageGetsTheLanguageOfItsTextOrIsRefused() {
        String german = "{\"externalId\":\"no-lang-de\",\"kind\":\"press-release\",\"date\":\"2025-06-02\","
                + "\"title\":\"Die Verteidigungsminister beraten über die Unterstützung der Ukraine\","
                + "\"body\":\"Die Ministerinnen und Minister haben heute in Brüssel über die militärische Unterstützung"
                + " gesprochen und sich auf weitere Schritte für die Luftverteidigung geeinigt.\"}";
        String numbers = "{\"externalId\":\"no-lang-numbers\",\"kind\":\"press-release\",\"date\":\"2025-06-02\","
                + "\"title\":\"2025 / 06\",\"body\":\"12 345 678 90 11 12 13\"}";
        JsonNode report = importOk(german + "\n" + numbers + "\n");

        assertThat(report.path("created").asInt()).as(report.toString()).isEqualTo(1);
        assertThat(jdbc.sql("select lang from briefing where external_id = 'no-lang-de'").query(String.class).single())
                .isEqualTo("de");
        assertThat(report.path("errors").get(0).path("externalId").asString()).isEqualTo("no-lang-numbers");
        assertThat(report.path("errors").get(0).path("reason").asString()).startsWith("lang: not given");
        assertThat(count("briefing where external_id = 'no-lang-numbers'")).isZero();
    }

    @Test
    void aBadLineIsReportedWithItsNumberAndTheRestIsImported() {
        int before = count("briefing");
        String body = line("mixed-1", "") + "\n"
                + line("mixed-2", "").replace("2025-06-01", "2025-13-01") + "\n"
                + "{not json\n"
                + line("mixed-4", ",\"sumary\":[\"typo\"]") + "\n"
                + line("mixed-5", ",\"commitments\":[{\"slug\":\"bad-money\",\"title\":\"x\",\"donor\":\"eu\","
                        + "\"category\":\"financial\",\"status\":\"pledged\",\"amount\":\"5\",\"currency\":\"EURO\"}]") + "\n"
                + line("mixed-6", "") + "\n";
        JsonNode report = importOk(body);
        assertThat(report.path("created").asInt()).isEqualTo(2);
        assertThat(report.path("rejected").asInt()).isEqualTo(4);
        JsonNode errors = report.path("errors");
        assertThat(errors.get(0).path("line").asInt()).isEqualTo(2);
        assertThat(errors.get(0).path("externalId").asString()).isEqualTo("mixed-2");
        assertThat(errors.get(0).path("reason").asString()).contains("date").contains("2025-13-01");
        assertThat(errors.get(1).path("line").asInt()).isEqualTo(3);
        assertThat(errors.get(1).path("reason").asString()).contains("not valid JSON");
        assertThat(errors.get(2).path("reason").asString()).contains("unknown field 'sumary'");
        assertThat(errors.get(3).path("reason").asString()).contains("commitments[0].currency").contains("ISO 4217");
        assertThat(count("briefing")).isEqualTo(before + 2);
        // the rejected line 5 left nothing behind: no half-written commitment
        assertThat(jdbc.sql("select count(*) from commitment where slug = 'bad-money'").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from briefing where external_id = 'mixed-5'").query(Integer.class).single()).isZero();
    }

    @Test
    void aLineOfBrokenUtf8IsRejectedAlone() {
        byte[] good = (line("utf-1", "") + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 'x', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        byte[] body = new byte[good.length + bad.length];
        System.arraycopy(good, 0, body, 0, good.length);
        System.arraycopy(bad, 0, body, good.length, bad.length);
        var response = http.post("/api/v1/import", "application/x-ndjson", body, EDITOR);
        JsonNode report = json.readTree(response.body());
        assertThat(report.path("created").asInt() + report.path("updated").asInt()).isEqualTo(1);
        assertThat(report.path("errors").get(0).path("reason").asString()).isEqualTo("not valid UTF-8");
    }

    @Test
    void theImportedItemIsLinkedAndPublic() {
        importOk(line("linked-1", RICH) + "\n");
        var page = http.page("/briefings/2025-06-01-test-item-linked-1");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("We test.").contains("Test Minister").contains("Minister of Tests")
                .contains("/commitments/test-commitment").contains("/initiatives/test-initiative").contains("Testing");
        var commitment = json.readTree(http.json("/api/v1/commitments/test-commitment").body()).path("commitment");
        assertThat(commitment.path("amount").toString()).isEqualTo("1500000000");
        assertThat(commitment.path("qualifier").asString()).isEqualTo("about");
        assertThat(commitment.path("category").asString()).isEqualTo("military");
    }

    @Test
    void aChangedCommitmentKeepsItsHistoryAndStaysOneRow() {
        String pledged = ",\"commitments\":[{\"slug\":\"history-test\",\"title\":\"History\",\"donor\":\"eu\","
                + "\"category\":\"financial\",\"amount\":\"100\",\"currency\":\"EUR\",\"status\":\"pledged\"}]";
        importOk(line("history-1", pledged) + "\n");
        importOk(line("history-2", pledged.replace("pledged", "delivered")).replace("2025-06-01", "2025-09-01") + "\n");
        assertThat(jdbc.sql("select count(*) from commitment where slug = 'history-test'").query(Integer.class).single())
                .isEqualTo(1);
        var detail = json.readTree(http.json("/api/v1/commitments/history-test").body());
        assertThat(detail.path("commitment").path("status").asString()).isEqualTo("delivered");
        assertThat(detail.path("history").size()).isEqualTo(2);
        assertThat(detail.path("history").get(0).path("status").asString()).isEqualTo("pledged");
    }

    @Test
    void aForeignCurrencyKeepsItsAmountAndGetsNoInventedEuroValue() {
        importOk(line("usd-1", ",\"commitments\":[{\"slug\":\"usd-test\",\"title\":\"USD\",\"donor\":\"eu\","
                + "\"category\":\"financial\",\"amount\":50000000000,\"currency\":\"USD\",\"status\":\"agreed\"}]") + "\n");
        var commitment = json.readTree(http.json("/api/v1/commitments/usd-test").body()).path("commitment");
        assertThat(commitment.path("currency").asString()).isEqualTo("USD");
        assertThat(commitment.path("amount").toString()).isEqualTo("50000000000");
        assertThat(commitment.path("amountEur").isNull()).isTrue();
    }

    @Test
    void writesNeedAnEditor() {
        String body = line("auth-1", "") + "\n";
        assertThat(http.importNdjson(body, null).statusCode()).isEqualTo(401);
        assertThat(http.importNdjson(body, JOURNALIST).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from briefing where external_id = 'auth-1'").query(Integer.class).single()).isZero();
    }

    @Test
    void wrongContentTypeEmptyBodyAndNonObjectsAreClientErrors() {
        assertThat(http.post("/api/v1/import", "application/json", "{}".getBytes(), EDITOR).statusCode()).isEqualTo(415);
        assertThat(http.post("/api/v1/import", "application/x-ndjson", new byte[0], EDITOR).statusCode()).isEqualTo(400);
        JsonNode report = importOk("[1,2]\n\"text\"\n42\n");
        assertThat(report.path("rejected").asInt()).isEqualTo(3);
    }

    @Test
    void everyImportKeepsARevisionAndAnAuditEvent() {
        importOk(line("revision-1", "") + "\n");
        importOk(line("revision-1", "").replace("First paragraph.", "Changed paragraph.") + "\n");
        long id = jdbc.sql("select id from briefing where external_id = 'revision-1'").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from revision where entity_type = 'BRIEFING' and entity_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'BRIEFING' and entity_id = ? and username = ?").params(id, EDITOR)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aSecondVersionInTheSameLanguageOfAGroupIsRejected() {
        importOk(line("group-en-1", ",\"group\":\"test-group\"") + "\n");
        JsonNode report = importOk(line("group-en-2", ",\"group\":\"test-group\"") + "\n");
        assertThat(report.path("rejected").asInt()).isEqualTo(1);
        assertThat(report.path("errors").get(0).path("reason").asString()).contains("already has a 'en' version");
    }

    @Test
    void thesaurusEntriesAreDefinedWithoutTaggingTheBriefing() {
        importOk(line("thesaurus-1", ",\"thesaurus\":[{\"slug\":\"only-defined\",\"labels\":{\"en\":\"Defined\","
                + "\"fr\":\"Défini\"}}],\"topics\":[{\"slug\":\"tagged\",\"labels\":{\"en\":\"Tagged\"}}]") + "\n");
        assertThat(jdbc.sql("select count(*) from topic where slug in ('only-defined', 'tagged')").query(Integer.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select t.slug from briefing_topic bt join topic t on t.id = bt.topic_id join briefing b"
                + " on b.id = bt.briefing_id where b.external_id = 'thesaurus-1'").query(String.class).list())
                .containsExactly("tagged");
    }
}
