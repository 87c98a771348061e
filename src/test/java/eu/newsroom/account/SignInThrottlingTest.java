package eu.newsroom.account;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password guessing over HTTP Basic is cut off with 429 and Retry-After, the right password included. */
@NewsroomTest
class SignInThrottlingTest {

    private static final String USER = "throttled-editor@newsroom.example";
    private static final String PASSWORD = "the-right-password-2025";

    @Autowired
    Http http;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    private HttpResponse<String> importAs(String password) throws Exception {
        String token = Base64.getEncoder().encodeToString((USER + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/import"))
                .header("Content-Type", "application/x-ndjson").header("Authorization", "Basic " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{}\n")).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void guessingIsCutOffWith429AndRetryAfter() throws Exception {
        if (!accounts.existsByUsername(USER)) {
            accounts.save(new Account(USER, "Throttled", encoder.encode(PASSWORD), Role.EDITOR));
        }
        assertThat(importAs(PASSWORD).statusCode()).isEqualTo(200);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(importAs("guess-" + attempt).statusCode()).as("attempt " + attempt).isEqualTo(401);
        }
        HttpResponse<String> blocked = importAs(PASSWORD);
        assertThat(blocked.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(blocked.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 15L * 60);
        // other accounts from the same address are not affected
        assertThat(http.importNdjson("{}\n", "editor@newsroom.example").statusCode()).isEqualTo(200);
    }
}
