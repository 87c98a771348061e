package eu.newsroom.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;

/** Import lines for the visibility tests: a small English press release with the status and parts given. */
final class ImportLines {

    private ImportLines() {
    }

    /** Imports the line as the demo editor; every part of it is taken. */
    static void importOk(Http http, String line) {
        var response = http.importNdjson(line + "\n", Readers.EDITOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).as(response.body()).contains("\"rejected\":0");
    }

    /** A line with this external id; {@code statusAndMore} is the rest of its JSON fields. */
    static String line(String externalId, String statusAndMore) {
        return "{\"externalId\":\"" + externalId + "\",\"lang\":\"en\",\"kind\":\"press-release\",\"title\":\"Item "
                + externalId + "\",\"date\":\"2026-06-01\",\"body\":\"Text of " + externalId + ".\"," + statusAndMore + "}";
    }
}
