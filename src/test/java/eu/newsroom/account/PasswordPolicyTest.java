package eu.newsroom.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The password policy on its own, with the list of common passwords shipped with the app. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void twelveTo128CharactersCountedAsCharactersNotBytesOrCodeUnits() {
        assertThat(policy.problem(null)).hasValue("password.error.tooShort");
        assertThat(policy.problem("twelve chars")).isEmpty();
        assertThat(policy.problem("eleven char")).hasValue("password.error.tooShort");
        // twelve characters outside the Basic Multilingual Plane: 24 UTF-16 code units, 48 UTF-8 bytes
        assertThat(policy.problem("🔒".repeat(12))).isEmpty();
        assertThat(policy.problem("🔒".repeat(11))).hasValue("password.error.tooShort");
        assertThat(policy.problem("ä".repeat(128))).isEmpty();
        assertThat(policy.problem("ä".repeat(129))).hasValue("password.error.tooLong");
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(policy.commonPasswords()).isEqualTo(43_940);
        assertThat(policy.problem("password1234")).hasValue("password.error.common");
        assertThat(policy.problem("PassWord1234")).hasValue("password.error.common");
        assertThat(policy.problem("qwertyuiop123")).hasValue("password.error.common");
        assertThat(policy.problem("1qaz2wsx3edc")).hasValue("password.error.common");
        assertThat(policy.problem("correct horse battery staple")).isEmpty();
    }

    @Test
    void everyPolicyMessageExistsInTheThreeLanguages() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_de.properties", "messages_fr.properties")) {
            Properties messages = new Properties();
            try (var in = new InputStreamReader(new ClassPathResource(bundle).getInputStream(), StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            assertThat(messages).as(bundle).containsKeys("password.error.tooShort", "password.error.tooLong",
                    "password.error.common", "password.error.mismatch", "account.error.currentPassword",
                    "account.invitation.notOpen");
        }
    }
}
