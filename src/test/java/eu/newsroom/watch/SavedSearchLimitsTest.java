package eu.newsroom.watch;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.account.Account;
import eu.newsroom.account.AccountRepository;
import eu.newsroom.account.Role;
import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import eu.newsroom.support.SignedInBrowser;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Limits per account on the reader's own pages under /me and on the private feeds of saved searches (issue 19
 * finding 9; test profile: 40 requests an hour on /me, 20 feed answers an hour, per account). Each test uses readers
 * of its own, so that no other test meets the limits.
 */
@NewsroomTest
class SavedSearchLimitsTest {

    private static final String PASSWORD = "a reader's password of some length";
    private static final int ACCOUNT_PAGES = 40;
    private static final int FEED_ANSWERS = 20;

    @Autowired
    Http http;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    private SignedInBrowser newReader() {
        String username = "reader-" + UUID.randomUUID() + "@test.example";
        accounts.save(new Account(username, "Reader", encoder.encode(PASSWORD), Role.ANALYST));
        return SignedInBrowser.as(http.base(), username, PASSWORD);
    }

    private String savedFeed(SignedInBrowser reader, String query) {
        String name = query + " " + UUID.randomUUID();
        assertThat(reader.postForm("/me/searches", List.of(Map.entry("q", query), Map.entry("name", name))).statusCode())
                .isEqualTo(302);
        return "/feeds/saved/" + jdbc.sql("select feed_token from saved_search where name = ?").param(name)
                .query(String.class).single() + ".atom";
    }

    @Test
    void aReadersOwnPagesAreLimitedPerAccount() {
        SignedInBrowser reader = newReader();
        savedFeed(reader, "defence");
        int answered = 1;
        HttpResponse<String> answer = reader.get("/me/searches?locale=en");
        while (answer.statusCode() == 200 && answered <= ACCOUNT_PAGES + 5) {
            answered++;
            answer = reader.get("/me/searches?locale=en");
        }
        assertThat(answer.statusCode()).as("after " + answered + " requests").isEqualTo(429);
        assertThat(answered).isGreaterThanOrEqualTo(ACCOUNT_PAGES);
        assertThat(Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3600L);
        assertThat(answer.body()).contains("Too many requests for your account");
        assertThat(newReader().get("/me/searches").statusCode()).as("another reader").isEqualTo(200);
    }

    @Test
    void thePrivateFeedsOfOneAccountAreLimitedTogether() {
        SignedInBrowser reader = newReader();
        List<String> feeds = List.of(savedFeed(reader, "defence"), savedFeed(reader, "Kallas"));
        int answered = 0;
        HttpResponse<String> answer = http.get(feeds.get(0), "application/atom+xml");
        while (answer.statusCode() == 200 && answered <= FEED_ANSWERS + 5) {
            answered++;
            answer = http.get(feeds.get(answered % 2), "application/atom+xml");
        }
        assertThat(answer.statusCode()).as("after " + answered + " feed answers").isEqualTo(429);
        assertThat(answered).isGreaterThanOrEqualTo(FEED_ANSWERS);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(http.get(savedFeed(newReader(), "defence"), "application/atom+xml").statusCode())
                .as("another reader's feed").isEqualTo(200);
    }
}
