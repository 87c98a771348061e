package eu.newsroom.alert;

import eu.newsroom.account.Account;
import eu.newsroom.account.AccountRepository;
import eu.newsroom.web.BadRequestException;
import eu.newsroom.web.NotFoundException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The address alerts go to: the account's e-mail address (its user name), confirmed once by a signed link in a
 * mail (double opt-in) before any alert mails it. A confirmation mail goes at most once every
 * {@link #RESEND_AFTER}, so nobody can use the newsroom to flood an address.
 */
@Service
@Transactional
class AlertAddresses {

    static final Duration RESEND_AFTER = Duration.ofMinutes(10);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    /** An account's alert address and whether it is confirmed. */
    record Address(String email, boolean confirmed, Instant confirmationSentAt) {
    }

    /** What asking for a confirmation did. */
    enum Confirmation {
        ALREADY_CONFIRMED, SENT, RECENTLY_SENT, NOT_SENT
    }

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final AlertMails mails;
    private final AlertTokens tokens;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;

    AlertAddresses(JdbcClient jdbc, AccountRepository accounts, AlertMails mails, AlertTokens tokens,
            ObjectProvider<JavaMailSender> sender, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mails = mails;
        this.tokens = tokens;
        this.sender = sender;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<Address> of(String username) {
        return find(owner(username).getId());
    }

    /** Mails the confirmation link unless the address is confirmed or was sent one a moment ago. */
    Confirmation requestConfirmation(String username, Locale locale) {
        Account owner = owner(username);
        if (!EMAIL.matcher(owner.getUsername()).matches()) {
            throw new BadRequestException("alert.error.noAddress");
        }
        jdbc.sql("insert into alert_address (account_id, email) values (?, ?) on conflict do nothing")
                .param(owner.getId()).param(owner.getUsername()).update();
        Address address = find(owner.getId()).orElseThrow();
        Instant now = clock.instant();
        if (address.confirmed()) {
            return Confirmation.ALREADY_CONFIRMED;
        }
        if (address.confirmationSentAt() != null && address.confirmationSentAt().plus(RESEND_AFTER).isAfter(now)) {
            return Confirmation.RECENTLY_SENT;
        }
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return Confirmation.NOT_SENT;
        }
        try {
            MimeMessage mail = smtp.createMimeMessage();
            mails.writeConfirmation(mail, address.email(), mails.confirmUrl(owner.getId(), address.email()), locale);
            smtp.send(mail);
        } catch (MailException | MessagingException e) {
            return Confirmation.NOT_SENT;
        }
        jdbc.sql("update alert_address set confirmation_sent_at = ? where account_id = ?")
                .param(now.atOffset(ZoneOffset.UTC)).param(owner.getId()).update();
        return Confirmation.SENT;
    }

    /** Confirms with the mail's signed link; false for a wrong or outdated link. */
    boolean confirm(long accountId, String token) {
        Optional<Address> address = find(accountId);
        if (address.isEmpty() || !tokens.isConfirm(accountId, address.get().email(), token)) {
            return false;
        }
        jdbc.sql("update alert_address set confirmed_at = coalesce(confirmed_at, ?) where account_id = ?")
                .param(clock.instant().atOffset(ZoneOffset.UTC)).param(accountId).update();
        return true;
    }

    private Optional<Address> find(long accountId) {
        return jdbc.sql("select email, confirmed_at, confirmation_sent_at from alert_address where account_id = ?")
                .param(accountId)
                .query((rs, n) -> new Address(rs.getString(1), rs.getTimestamp(2) != null,
                        Optional.ofNullable(rs.getTimestamp(3)).map(Timestamp::toInstant).orElse(null)))
                .optional();
    }

    private Account owner(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("watch.error.noAccount", username));
    }
}
