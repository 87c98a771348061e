package eu.newsroom.alert;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signs the links in alert mails (HMAC-SHA256): unsubscribing from one alert and confirming an address work
 * without signing in, and nobody can make a link for another alert or address. A purpose prefix keeps a token of
 * one kind from serving as another.
 */
@Component
class AlertTokens {

    private static final Logger log = LoggerFactory.getLogger(AlertTokens.class);
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    AlertTokens(AlertProperties properties) {
        byte[] secret;
        if (properties.signingKey().isBlank()) {
            log.warn("newsroom.alerts.signing-key is not set: links in alert mails stop working at the next restart");
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        } else if (properties.signingKey().length() < 32) {
            throw new IllegalArgumentException("newsroom.alerts.signing-key must have at least 32 characters");
        } else {
            secret = properties.signingKey().getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    String unsubscribe(long alertId) {
        return sign("unsubscribe:" + alertId);
    }

    boolean isUnsubscribe(long alertId, String token) {
        return matches(unsubscribe(alertId), token);
    }

    /** Signs the address too: a token for an address the reader has since changed confirms nothing. */
    String confirm(long accountId, String email) {
        return sign("confirm:" + accountId + ":" + email);
    }

    boolean isConfirm(long accountId, String email, String token) {
        return matches(confirm(accountId, email), token);
    }

    private static boolean matches(String expected, String token) {
        return token != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String what) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(what.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
