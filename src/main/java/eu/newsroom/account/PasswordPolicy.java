package eu.newsroom.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: 12 to 128 characters (counted as Unicode code points, so any
 * passphrase in any script fits) and not one of the common passwords shipped with the app
 * (security/common-passwords.txt, see the README beside it), compared without regard to case.
 * No rules about character classes: length and the list do more against guessing.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    private static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new ClassPathResource(COMMON_PASSWORDS).getInputStream(), StandardCharsets.UTF_8))) {
            common = lines.lines().filter(line -> !line.isBlank()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMMON_PASSWORDS, e);
        }
    }

    /** The message key of the rule the password breaks, or empty when it is acceptable. */
    Optional<String> problem(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.error.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.error.tooLong");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.error.common");
        }
        return Optional.empty();
    }

    int commonPasswords() {
        return common.size();
    }
}
