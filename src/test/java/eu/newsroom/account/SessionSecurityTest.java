package eu.newsroom.account;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions: kept in PostgreSQL, a new id at sign-in, ended after the idle and the absolute time-out
 * and at sign-out, with a cookie that scripts cannot read, that other sites do not get on their
 * requests, and that travels only over HTTPS when the newsroom is reached over HTTPS.
 * Time passes for a session by moving its stored times back, as Spring Session reads them.
 */
@NewsroomTest
class SessionSecurityTest {

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SessionTimeoutProperties timeouts;

    @Autowired
    ApplicationContext context;

    private String user;

    @BeforeEach
    void aJournalistOfItsOwn() {
        user = new TestAccounts(context).create(Role.JOURNALIST);
    }

    private WebSession signedIn() {
        return new WebSession(http.base()).signedIn(user, TestAccounts.PASSWORD);
    }

    private static boolean isSignedIn(WebSession browser) {
        return browser.get("/account").statusCode() == 200;
    }

    @Test
    void theSessionIdChangesAtSignInSoThatAPlantedIdIsWorthless() {
        WebSession browser = new WebSession(http.base());
        browser.get("/login");
        String beforeSignIn = browser.sessionCookie().orElseThrow();
        browser.signedIn(user, TestAccounts.PASSWORD);
        String afterSignIn = browser.sessionCookie().orElseThrow();

        assertThat(afterSignIn).isNotEqualTo(beforeSignIn);
        assertThat(isSignedIn(browser)).isTrue();
        WebSession attacker = new WebSession(http.base());
        attacker.useSessionCookie(beforeSignIn);
        assertThat(attacker.get("/account").statusCode()).isEqualTo(302);
        assertThat(attacker.get("/account").headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureOverHttps() {
        String plain = sessionCookie(http.getWithHeader("/login", "Accept", "text/html"));
        assertThat(plain).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");

        // behind a TLS-terminating proxy (from the loopback address, which is trusted as one)
        HttpResponse<String> proxied = http.getWithHeader("/login", "X-Forwarded-Proto", "https");
        String secure = sessionCookie(proxied);
        assertThat(secure).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax").contains("Secure");
    }

    @Test
    void sessionsAreKeptInPostgresqlWithTheConfiguredIdleTimeOut() {
        signedIn();
        List<Integer> idle = jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
                .param(user).query(Integer.class).list();
        assertThat(idle).containsExactly((int) timeouts.idleTimeout().toSeconds());
    }

    @Test
    void aSessionUnusedForLongerThanTheIdleTimeOutIsOver() {
        WebSession browser = signedIn();
        assertThat(isSignedIn(browser)).isTrue();

        age("last_access_time", timeouts.idleTimeout().minusMinutes(1).toMillis());
        assertThat(isSignedIn(browser)).as("a minute before the idle time-out").isTrue();

        age("last_access_time", timeouts.idleTimeout().plusSeconds(1).toMillis());
        assertThat(isSignedIn(browser)).as("past the idle time-out").isFalse();
        assertThat(sessionsOf(user)).isZero();
    }

    @Test
    void aSessionEndsAtTheAbsoluteTimeOutHoweverBusyItIs() {
        WebSession browser = signedIn();

        age("creation_time", timeouts.absoluteTimeout().minusMinutes(1).toMillis());
        assertThat(isSignedIn(browser)).as("a minute before the absolute time-out").isTrue();

        age("creation_time", timeouts.absoluteTimeout().plusSeconds(1).toMillis());
        assertThat(isSignedIn(browser)).as("past the absolute time-out, though just used").isFalse();
        assertThat(sessionsOf(user)).isZero();
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        WebSession browser = signedIn();
        String cookie = browser.sessionCookie().orElseThrow();

        HttpResponse<String> signedOut = browser.post("/logout", Map.of());
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(sessionsOf(user)).isZero();
        WebSession replay = new WebSession(http.base());
        replay.useSessionCookie(cookie);
        assertThat(isSignedIn(replay)).as("the old cookie, replayed").isFalse();
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie set"));
    }

    /** Sets the session's stored time to {@code millis} before now: as if that much time had passed. */
    private void age(String column, long millis) {
        int updated = jdbc.sql("update spring_session set " + column + " = ? where principal_name = ?")
                .params(System.currentTimeMillis() - millis, user).update();
        assertThat(updated).isEqualTo(1);
    }

    private int sessionsOf(String username) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?").param(username)
                .query(Integer.class).single();
    }
}
