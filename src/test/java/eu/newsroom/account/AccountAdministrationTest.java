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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The chief editor's account pages over real HTTP: invitations and the invitee setting a password,
 * role changes that need the chief editor's password again, locking, ending someone's sessions,
 * CSRF on every form, and the audit record of each action.
 */
@NewsroomTest
class AccountAdministrationTest {

    private static final Pattern LINK = Pattern.compile("https?://[^<\"\\s]+/account/invitation/([A-Za-z0-9_-]+)");
    private static final String CLIENT = "198.51.100.21";

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private TestAccounts testAccounts;
    private String chiefName;
    private WebSession chief;

    @BeforeEach
    void aChiefEditorOfItsOwn() {
        testAccounts = new TestAccounts(context);
        chiefName = testAccounts.create(Role.CHIEF_EDITOR);
        chief = new WebSession(http.base(), CLIENT).signedIn(chiefName, TestAccounts.PASSWORD);
    }

    private String invite(String email, Role role) {
        HttpResponse<String> page = chief.post("/admin/accounts/invitations",
                Map.of("email", email, "displayName", "Invited Person", "role", role.name()));
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher link = LINK.matcher(page.body());
        assertThat(link.find()).as("the invitation link is shown to the chief editor").isTrue();
        return "/account/invitation/" + link.group(1);
    }

    private int audited(String action, String by, String account) {
        return jdbc.sql("select count(*) from audit_event where action = ? and username = ? and detail ->> 'account' = ?")
                .params(action, by, account).query(Integer.class).single();
    }

    @Test
    void anInviteeSetsTheirOwnPasswordOnceAndSignsInWithTheRoleGiven() {
        String email = "invitee-" + System.nanoTime() + "@test.example";
        String link = invite(email, Role.ANALYST);
        assertThat(audited("INVITED", chiefName, email)).isEqualTo(1);
        assertThat(jdbc.sql("select client_address from audit_event where action = 'INVITED' and detail ->> 'account' = ?")
                .param(email).query(String.class).single()).isEqualTo(CLIENT);
        WebSession invitee = new WebSession(http.base(), "198.51.100.22");
        assertThat(invitee.signIn(email, "anything at all, no password yet").headers().firstValue("Location").orElse(""))
                .as("no sign-in before a password is set").contains("error");

        HttpResponse<String> form = invitee.get(link);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Invited Person").contains(email);

        HttpResponse<String> common = invitee.post(link, Map.of("password", "Password1234", "confirmation", "Password1234"));
        assertThat(common.statusCode()).isEqualTo(400);
        assertThat(common.body()).contains("one of the most common ones");
        HttpResponse<String> differing = invitee.post(link,
                Map.of("password", "my own long passphrase", "confirmation", "my own long passphrase!"));
        assertThat(differing.statusCode()).isEqualTo(400);
        assertThat(differing.body()).contains("The two passwords differ.");

        HttpResponse<String> accepted = invitee.post(link,
                Map.of("password", "my own long passphrase", "confirmation", "my own long passphrase"));
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location").orElse("")).endsWith("/login?activated");
        assertThat(invitee.get(link).statusCode()).as("the link works once").isEqualTo(404);
        assertThat(audited("INVITATION_ACCEPTED", email, email)).isEqualTo(1);

        invitee.signedIn(email, "my own long passphrase");
        assertThat(invitee.get("/account").body()).contains("Analyst");
        assertThat(invitee.get("/admin/accounts").statusCode()).isEqualTo(403);
    }

    @Test
    void anExpiredOrReplacedLinkNoLongerWorks() {
        String email = "late-" + System.nanoTime() + "@test.example";
        String first = invite(email, Role.JOURNALIST);
        long id = testAccounts.id(email);
        HttpResponse<String> renewed = chief.post("/admin/accounts/" + id + "/invitation", Map.of());
        Matcher second = LINK.matcher(renewed.body());
        assertThat(second.find()).isTrue();

        WebSession invitee = new WebSession(http.base());
        HttpResponse<String> replaced = invitee.get(first);
        assertThat(replaced.statusCode()).isEqualTo(404);
        assertThat(replaced.body()).contains("This invitation link is not valid");
        assertThat(invitee.get("/account/invitation/" + second.group(1)).statusCode()).isEqualTo(200);

        jdbc.sql("update account_invitation set expires_at = now() - interval '1 second', created_at = now() - interval '1 day'"
                + " where account_id = ? and revoked_at is null").param(id).update();
        assertThat(invitee.get("/account/invitation/" + second.group(1)).statusCode()).as("expired").isEqualTo(404);
    }

    @Test
    void invitationFormsShowTheirMistakesNextToTheFieldsInTheReadersLanguage() {
        String taken = testAccounts.create(Role.EDITOR);
        chief.get("/?locale=fr");
        HttpResponse<String> page = chief.post("/admin/accounts/invitations",
                Map.of("email", taken, "displayName", " ", "role", "EDITOR"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Un compte existe déjà avec cette adresse électronique.")
                .contains("Saisissez un nom de 200 caractères au plus.");
        assertThat(chief.post("/admin/accounts/invitations", Map.of("email", "not an address", "displayName", "X",
                "role", "EDITOR")).body()).contains("Saisissez une adresse électronique");
    }

    @Test
    void changingARoleNeedsTheChiefEditorsOwnPasswordAndEndsTheAccountsSessions() {
        String journalist = testAccounts.create(Role.JOURNALIST);
        long id = testAccounts.id(journalist);
        WebSession theirBrowser = new WebSession(http.base()).signedIn(journalist, TestAccounts.PASSWORD);
        String version = Long.toString(testAccounts.find(journalist).getVersion());

        HttpResponse<String> refused = chief.post("/admin/accounts/" + id + "/role",
                Map.of("role", "EDITOR", "version", version, "currentPassword", "not my password at all"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("This is not your current password.");
        assertThat(testAccounts.find(journalist).getRole()).isEqualTo(Role.JOURNALIST);
        assertThat(audited("REAUTHENTICATION_FAILED", chiefName, chiefName)).isEqualTo(1);
        HttpResponse<String> withoutPassword = chief.post("/admin/accounts/" + id + "/role",
                Map.of("role", "EDITOR", "version", version));
        assertThat(withoutPassword.statusCode()).isEqualTo(400);
        assertThat(testAccounts.find(journalist).getRole()).isEqualTo(Role.JOURNALIST);

        HttpResponse<String> changed = chief.post("/admin/accounts/" + id + "/role",
                Map.of("role", "EDITOR", "version", version, "currentPassword", TestAccounts.PASSWORD));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(testAccounts.find(journalist).getRole()).isEqualTo(Role.EDITOR);
        assertThat(audited("ROLE_CHANGED", chiefName, journalist)).isEqualTo(1);
        assertThat(theirBrowser.get("/account").statusCode()).as("their session has ended").isEqualTo(302);
        assertThat(chief.get("/admin/accounts/" + id).body()).contains("The role is changed");

        HttpResponse<String> stale = chief.post("/admin/accounts/" + id + "/role",
                Map.of("role", "ANALYST", "version", version, "currentPassword", TestAccounts.PASSWORD));
        assertThat(stale.statusCode()).as("a form older than the last change is a conflict").isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed this account meanwhile");
        assertThat(testAccounts.find(journalist).getRole()).isEqualTo(Role.EDITOR);
    }

    @Test
    void aLockedAccountCannotSignInAndItsSessionsEnd() throws Exception {
        String editor = testAccounts.create(Role.EDITOR);
        long id = testAccounts.id(editor);
        WebSession theirBrowser = new WebSession(http.base(), "198.51.100.23").signedIn(editor, TestAccounts.PASSWORD);

        HttpResponse<String> locked = chief.post("/admin/accounts/" + id + "/lock",
                Map.of("version", Long.toString(testAccounts.find(editor).getVersion())));
        assertThat(locked.statusCode()).isEqualTo(302);
        assertThat(testAccounts.find(editor).isLocked()).isTrue();
        assertThat(audited("LOCKED", chiefName, editor)).isEqualTo(1);
        assertThat(chief.post("/admin/accounts/" + id + "/unlock", Map.of("version", "0")).statusCode())
                .as("unlocking from a page older than the lock").isEqualTo(409);
        assertThat(testAccounts.find(editor).isLocked()).isTrue();
        assertThat(theirBrowser.get("/account").statusCode()).as("their session has ended").isEqualTo(302);
        assertThat(theirBrowser.signIn(editor, TestAccounts.PASSWORD).headers().firstValue("Location").orElse(""))
                .endsWith("/login?error");
        assertThat(importAs(editor).statusCode()).as("nor on the API").isEqualTo(401);

        chief.post("/admin/accounts/" + id + "/unlock", Map.of("version", Long.toString(testAccounts.find(editor).getVersion())));
        assertThat(audited("UNLOCKED", chiefName, editor)).isEqualTo(1);
        theirBrowser.signedIn(editor, TestAccounts.PASSWORD);
    }

    @Test
    void theChiefEditorEndsSomeonesSessionsEverywhere() {
        String analyst = testAccounts.create(Role.ANALYST);
        WebSession laptop = new WebSession(http.base()).signedIn(analyst, TestAccounts.PASSWORD);
        WebSession phone = new WebSession(http.base()).signedIn(analyst, TestAccounts.PASSWORD);
        assertThat(chief.get("/admin/accounts").body()).contains(analyst);

        assertThat(chief.post("/admin/accounts/" + testAccounts.id(analyst) + "/sessions/end", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(laptop.get("/account").statusCode()).isEqualTo(302);
        assertThat(phone.get("/account").statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select detail ->> 'sessionsEnded' from audit_event where action = 'SESSIONS_ENDED'"
                + " and detail ->> 'account' = ?").param(analyst).query(String.class).single()).isEqualTo("2");
    }

    @Test
    void nobodyChangesTheirOwnRoleOrLocksThemselvesOut() {
        long self = testAccounts.id(chiefName);
        String version = Long.toString(testAccounts.find(chiefName).getVersion());
        assertThat(chief.post("/admin/accounts/" + self + "/lock", Map.of("version", version)).statusCode()).isEqualTo(400);
        assertThat(chief.post("/admin/accounts/" + self + "/role", Map.of("role", "JOURNALIST", "version", version,
                "currentPassword", TestAccounts.PASSWORD)).statusCode()).isEqualTo(400);
        assertThat(testAccounts.find(chiefName).getRole()).isEqualTo(Role.CHIEF_EDITOR);
        assertThat(testAccounts.find(chiefName).isLocked()).isFalse();
    }

    @Test
    void formsWithoutTheCsrfTokenAreRejectedAndChangeNothing() {
        String editor = testAccounts.create(Role.EDITOR);
        long id = testAccounts.id(editor);
        String version = Long.toString(testAccounts.find(editor).getVersion());
        String email = "forged-" + System.nanoTime() + "@test.example";

        assertThat(chief.postWithoutCsrfToken("/admin/accounts/invitations",
                Map.of("email", email, "displayName", "Forged", "role", "CHIEF_EDITOR")).statusCode()).isEqualTo(403);
        assertThat(chief.postWithoutCsrfToken("/admin/accounts/" + id + "/lock", Map.of("version", version)).statusCode())
                .isEqualTo(403);
        assertThat(chief.postWithoutCsrfToken("/admin/accounts/" + id + "/role", Map.of("role", "CHIEF_EDITOR",
                "version", version, "currentPassword", TestAccounts.PASSWORD)).statusCode()).isEqualTo(403);
        assertThat(chief.postWithoutCsrfToken("/account/password", Map.of("currentPassword", TestAccounts.PASSWORD,
                "newPassword", "a forged new password", "confirmation", "a forged new password")).statusCode()).isEqualTo(403);
        assertThat(chief.postWithoutCsrfToken("/logout", Map.of()).statusCode()).isEqualTo(403);

        assertThat(jdbc.sql("select count(*) from account where username = ?").param(email).query(Integer.class).single()).isZero();
        assertThat(testAccounts.find(editor).isLocked()).isFalse();
        assertThat(testAccounts.find(editor).getRole()).isEqualTo(Role.EDITOR);
        assertThat(chief.get("/account").statusCode()).as("still signed in").isEqualTo(200);
    }

    private HttpResponse<String> importAs(String username) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/import"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-ndjson")
                .header("X-Forwarded-For", "198.51.100.23").POST(HttpRequest.BodyPublishers.ofString("{}\n")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
