package eu.newsroom.account;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Users change their own password (after confirming the current one) and sign out their other sessions. */
@NewsroomTest
class OwnAccountTest {

    private static final String CLIENT = "198.51.100.31";
    private static final String NEW_PASSWORD = "the new and longer passphrase";

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private String user;
    private WebSession here;

    @BeforeEach
    void anAnalystOfItsOwn() {
        user = new TestAccounts(context).create(Role.ANALYST);
        here = new WebSession(http.base(), CLIENT).signedIn(user, TestAccounts.PASSWORD);
    }

    private HttpResponse<String> changePassword(String current, String fresh, String confirmation) {
        return here.post("/account/password", Map.of("currentPassword", current, "newPassword", fresh,
                "confirmation", confirmation));
    }

    @Test
    void aNewPasswordNeedsTheCurrentOneAndEndsTheOtherSessionsButThisOne() {
        WebSession elsewhere = new WebSession(http.base()).signedIn(user, TestAccounts.PASSWORD);
        assertThat(here.get("/account").body()).contains(user);

        HttpResponse<String> wrong = changePassword("a guess at the password", NEW_PASSWORD, NEW_PASSWORD);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("This is not your current password.");
        assertThat(elsewhere.get("/account").statusCode()).as("nothing changed").isEqualTo(200);

        HttpResponse<String> changed = changePassword(TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(here.get("/account").body()).contains("Your password is changed");
        assertThat(elsewhere.get("/account").statusCode()).as("the other session has ended").isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PASSWORD_CHANGED' and username = ?")
                .param(user).query(Integer.class).single()).isEqualTo(1);

        WebSession later = new WebSession(http.base(), CLIENT);
        assertThat(later.signIn(user, TestAccounts.PASSWORD).headers().firstValue("Location").orElse("")).contains("error");
        later.signedIn(user, NEW_PASSWORD);
    }

    @Test
    void thePasswordPolicyAnswersNextToTheFieldInEachLanguage() {
        HttpResponse<String> english = changePassword(TestAccounts.PASSWORD, "too short", "too short");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("The password must have at least 12 characters.");

        here.get("/?locale=de");
        assertThat(changePassword(TestAccounts.PASSWORD, "qwertyuiop123", "qwertyuiop123").body())
                .contains("Dieses Passwort gehört zu den häufigsten");
        here.get("/?locale=fr");
        assertThat(changePassword(TestAccounts.PASSWORD, "x".repeat(129), "x".repeat(129)).body())
                .contains("Le mot de passe ne peut dépasser 128 caractères.");
        assertThat(changePassword(TestAccounts.PASSWORD, NEW_PASSWORD, "something else").body())
                .contains("Les deux mots de passe diffèrent.");
    }

    @Test
    void signingOutTheOtherSessionsKeepsThisOne() {
        WebSession elsewhere = new WebSession(http.base()).signedIn(user, TestAccounts.PASSWORD);
        assertThat(here.get("/account").body()).contains("<dd class=\"figure\">1</dd>");

        assertThat(here.post("/account/sessions/end-others", Map.of()).statusCode()).isEqualTo(302);
        assertThat(elsewhere.get("/account").statusCode()).isEqualTo(302);
        assertThat(here.get("/account").body()).contains("Your other sessions have ended.").contains("<dd class=\"figure\">0</dd>");
    }

    @Test
    void aPasswordOf128CharactersInAnyScriptIsTakenAndStoredWithArgon2() {
        String passphrase = "Ελληνικά και Deutsch: Übung macht den Meister — 長い文 ".repeat(3).substring(0, 128);
        assertThat(passphrase.codePointCount(0, passphrase.length())).isEqualTo(128);
        assertThat(changePassword(TestAccounts.PASSWORD, passphrase, passphrase).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select password_hash from account where username = ?").param(user).query(String.class).single())
                .startsWith("{argon2}$argon2id$");
        new WebSession(http.base(), CLIENT).signedIn(user, passphrase);
    }

    @Test
    void aBcryptHashFromAnEarlierReleaseIsReplacedWithArgon2AtSignIn() {
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode(TestAccounts.PASSWORD);
        jdbc.sql("update account set password_hash = ? where username = ?").params(bcrypt, user).update();

        new WebSession(http.base(), CLIENT).signedIn(user, TestAccounts.PASSWORD);
        assertThat(jdbc.sql("select password_hash from account where username = ?").param(user).query(String.class).single())
                .startsWith("{argon2}$argon2id$");
    }
}
