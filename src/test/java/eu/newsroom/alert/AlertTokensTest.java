package eu.newsroom.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The small rules of alerts: signed links fit one alert or address only, snippets, and what counts as a hard bounce. */
class AlertTokensTest {

    private static AlertTokens withKey(String key) {
        return new AlertTokens(new AlertProperties(key, "newsroom@localhost", Duration.ofSeconds(10),
                Duration.ofMinutes(1), Duration.ofHours(2), 12, 500, 50, Duration.ofMinutes(1), Duration.ofMinutes(1)));
    }

    private final AlertTokens tokens = withKey("a-signing-key-of-at-least-32-characters!");

    @Test
    void anUnsubscribeTokenFitsItsAlertOnly() {
        String token = tokens.unsubscribe(7);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(tokens.isUnsubscribe(7, token)).isTrue();
        assertThat(tokens.isUnsubscribe(8, token)).isFalse();
        assertThat(tokens.isUnsubscribe(7, null)).isFalse();
        assertThat(tokens.isUnsubscribe(7, token.substring(1))).isFalse();
    }

    @Test
    void aConfirmationTokenFitsItsAccountAndAddressAndIsNoUnsubscribeToken() {
        String token = tokens.confirm(3, "a@example.org");
        assertThat(tokens.isConfirm(3, "a@example.org", token)).isTrue();
        assertThat(tokens.isConfirm(3, "b@example.org", token)).isFalse();
        assertThat(tokens.isConfirm(4, "a@example.org", token)).isFalse();
        assertThat(tokens.isUnsubscribe(3, token)).isFalse();
    }

    @Test
    void anotherKeyMakesOtherTokensAndAShortKeyIsRefused() {
        assertThat(withKey("another-signing-key-of-32-characters-too").isUnsubscribe(7, tokens.unsubscribe(7))).isFalse();
        assertThatThrownBy(() -> withKey("short")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSnippetIsTheFirstPointElseTheBodyCutAtAWord() {
        assertThat(Snippet.of("In short: **yes**", "body")).isEqualTo("In short: yes");
        String body = "word ".repeat(100);
        String snippet = Snippet.of(null, body);
        assertThat(snippet).endsWith("word…").hasSizeLessThanOrEqualTo(Snippet.LENGTH + 1);
    }

    @Test
    void aRecipientRefusedForGoodIsAHardBounceAndAnOutageIsNot() throws Exception {
        var refused = new jakarta.mail.SendFailedException("550 no such mailbox", null, new jakarta.mail.Address[0],
                new jakarta.mail.Address[0], new jakarta.mail.Address[] {new jakarta.mail.internet.InternetAddress("x@example.org")});
        assertThat(AlertOutbox.hardBounce(new org.springframework.mail.MailSendException("failed", refused))).isTrue();
        assertThat(AlertOutbox.hardBounce(new org.springframework.mail.MailSendException("failed",
                new jakarta.mail.MessagingException("connect", new java.net.ConnectException("refused"))))).isFalse();
    }

    @Test
    void aFiveHundredAnswerToRcptOrDataIsAHardBounceAndTheSendersRefusalOrATemporaryAnswerIsNot() throws Exception {
        var reader = new jakarta.mail.internet.InternetAddress("x@example.org");
        var noMailbox = new org.eclipse.angus.mail.smtp.SMTPAddressFailedException(reader, "RCPT TO:<x@example.org>", 550,
                "550 5.1.1 no such mailbox");
        var refusedAtData = new org.eclipse.angus.mail.smtp.SMTPSendFailedException(".", 554,
                "554 5.7.1 refused", null, new jakarta.mail.Address[0], new jakarta.mail.Address[] {reader},
                new jakarta.mail.Address[0]);
        var senderRefused = new org.eclipse.angus.mail.smtp.SMTPSendFailedException("MAIL FROM:<newsroom@localhost>",
                553, "553 sender refused", null, null, null, null);
        var busy = new org.eclipse.angus.mail.smtp.SMTPAddressFailedException(reader, "RCPT TO:<x@example.org>", 450,
                "450 4.2.1 busy");
        var invalid = new jakarta.mail.SendFailedException("Invalid Addresses", noMailbox, null, null,
                new jakarta.mail.Address[] {reader});
        assertThat(AlertOutbox.permanentRefusal(new org.springframework.mail.MailSendException("failed", invalid)))
                .contains("550 5.1.1 no such mailbox");
        assertThat(AlertOutbox.permanentRefusal(refusedAtData)).contains("554 5.7.1 refused");
        assertThat(AlertOutbox.hardBounce(senderRefused)).isFalse();
        assertThat(AlertOutbox.hardBounce(new jakarta.mail.SendFailedException("Invalid Addresses", busy, null,
                new jakarta.mail.Address[] {reader}, null))).isFalse();
    }
}
