package eu.newsroom.datastore;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.newsroom.support.NewsroomTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database itself refuses what the domain forbids, whatever code writes to it. */
@NewsroomTest
class SchemaConstraintsTest {

    @Autowired
    JdbcClient jdbc;

    private void commitment(String slug, String values) {
        jdbc.sql("insert into commitment (slug, title, donor_id, category, status, announced_on, amount, currency,"
                + " qualifier, amount_eur, amount_high) select '" + slug + "', 'x', id, " + values
                + " from actor where slug = 'eu'").update();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "'FINANCIAL', 'PLEDGED', date '2025-01-01', 10, 'EURO', 'EXACT', 10, null",
            "'FINANCIAL', 'PLEDGED', date '2025-01-01', -10, 'EUR', 'EXACT', -10, null",
            "'FINANCIAL', 'PLEDGED', date '2025-01-01', 10, null, 'EXACT', null, null",
            "'FINANCIAL', 'PLEDGED', date '2025-01-01', 10, 'EUR', 'EXACT', null, null",
            "'FINANCIAL', 'PROMISED', date '2025-01-01', 10, 'EUR', 'EXACT', 10, null",
            "'LOANS', 'PLEDGED', date '2025-01-01', 10, 'EUR', 'EXACT', 10, null",
            "'FINANCIAL', 'PLEDGED', date '2025-01-01', 10, 'EUR', 'RANGE', 10, null",
            "'FINANCIAL', 'PLEDGED', date '2025-01-01', 10, 'EUR', 'RANGE', 10, 5",
            "'FINANCIAL', 'PLEDGED', date '2025-01-01', 10, 'usd', 'EXACT', null, null"})
    void invalidCommitmentsAreRefused(String values) {
        assertThatThrownBy(() -> commitment("refused-commitment", values))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aValidCommitmentIsAcceptedSoTheRefusalsAboveAreMeaningful() {
        commitment("accepted-commitment", "'FINANCIAL', 'PLEDGED', date '2025-01-01', 10, 'EUR', 'RANGE', 10, 20");
        jdbc.sql("delete from commitment where slug = 'accepted-commitment'").update();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Upper-Case", "with space", "double--hyphen", "-leading", "umläut"})
    void slugsAreLowerCaseAsciiWords(String slug) {
        assertThatThrownBy(() -> jdbc.sql("insert into actor (slug, kind, name) values (?, 'PERSON', 'X')").param(slug).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void slugsAreUnique() {
        assertThatThrownBy(() -> jdbc.sql("insert into actor (slug, kind, name) values ('eu', 'STATE', 'Again')").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void languagesAreBcp47AndKindsAreKnown() {
        assertThatThrownBy(() -> jdbc.sql("insert into briefing (slug, external_id, title, kind, lang, translation_group,"
                + " event_date, body, status) values ('x-lang', 'x-lang', 't', 'PRESS_RELEASE', 'German', 'g', date '2025-01-01',"
                + " 'b', 'DRAFT')").update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into briefing (slug, external_id, title, kind, lang, translation_group,"
                + " event_date, body, status) values ('x-kind', 'x-kind', 't', 'TWEET', 'de', 'g', date '2025-01-01',"
                + " 'b', 'DRAFT')").update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aPublishedBriefingHasAPublicationTime() {
        assertThatThrownBy(() -> jdbc.sql("insert into briefing (slug, external_id, title, kind, lang, translation_group,"
                + " event_date, body, status) values ('x-pub', 'x-pub', 't', 'REMARKS', 'de', 'g', date '2025-01-01',"
                + " 'b', 'PUBLISHED')").update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void statementsNeedAKnownSpeaker() {
        assertThatThrownBy(() -> jdbc.sql("insert into statement (slug, briefing_id, position, speaker_id, kind, text, lang,"
                + " said_on) select 'x-speaker', id, 99, -1, 'QUOTE', 'words', 'de', date '2025-01-01' from briefing limit 1")
                .update()).isInstanceOf(DataIntegrityViolationException.class);
    }
}
