package eu.newsroom.account;

import eu.newsroom.shared.ActingUser;
import static eu.newsroom.shared.NewsroomTime.BRUSSELS;

import eu.newsroom.account.AccountViews.IssuedInvitation;
import eu.newsroom.account.AccountViews.OpenInvitation;
import eu.newsroom.web.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitation links: 256 random bits, valid for a configured time, usable once; a new link for an
 * account replaces the open ones. With no mail server, the chief editor passes the link on.
 */
@Service
class Invitations {

    /** Times on the account pages are Brussels times, like embargoes. */
    private static final int TOKEN_BYTES = 32;
    private static final int MAX_TOKEN_LENGTH = 100;

    private final InvitationRepository invitations;
    private final InvitationProperties properties;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final UserSessions sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Invitations(InvitationRepository invitations, InvitationProperties properties, PasswordPolicy policy,
            PasswordEncoder encoder, UserSessions sessions, ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.properties = properties;
        this.policy = policy;
        this.encoder = encoder;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /** A new link for the account, replacing its open ones; the token is returned once and never stored. */
    @Transactional(propagation = Propagation.MANDATORY)
    IssuedInvitation issue(Account account, ActingUser by) {
        Instant now = clock.instant();
        invitations.findUnusedOf(account).forEach(open -> open.revoke(now));
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Invitation invitation = invitations.save(new Invitation(account, hash(token), by.username(), now,
                now.plus(properties.validity())));
        return new IssuedInvitation(account.getId(), account.getUsername(), token, inBrussels(invitation.expiresAt()));
    }

    /** When the account's open invitation expires, if it has one. */
    @Transactional(readOnly = true)
    Optional<ZonedDateTime> openUntil(Account account) {
        Instant now = clock.instant();
        return invitations.findUnusedOf(account).stream().filter(i -> i.isOpenAt(now))
                .map(i -> inBrussels(i.expiresAt())).findFirst();
    }

    @Transactional(readOnly = true)
    OpenInvitation find(String token) {
        return open(token).map(i -> new OpenInvitation(i.account().getUsername(), i.account().getDisplayName(),
                inBrussels(i.expiresAt()))).orElseThrow(Invitations::notOpen);
    }

    /**
     * Sets the invitee's password and uses the link up. Any session of the account ends: a link
     * issued to reset a password must leave no one signed in with the old one.
     */
    @Transactional
    void accept(String token, String password, String confirmation, String clientAddress) {
        Invitation invitation = open(token).orElseThrow(Invitations::notOpen);
        checkNewPassword(password, confirmation, "password");
        Account account = invitation.account();
        account.changePasswordHash(encoder.encode(password));
        invitation.accept(clock.instant());
        int ended = sessions.end(account.getUsername(), null);
        events.publishEvent(new AccountEvent("INVITATION_ACCEPTED", account.getUsername(),
                new ActingUser(account.getUsername(), clientAddress), Map.of("sessionsEnded", ended)));
    }

    /** Rejects a new password the policy refuses, or one its confirmation does not repeat. */
    void checkNewPassword(String password, String confirmation, String field) {
        FormRejection.Collector errors = new FormRejection.Collector();
        policy.problem(password).ifPresent(problem -> errors.reject(field, problem));
        if (password != null && !password.equals(confirmation)) {
            errors.reject("confirmation", "password.error.mismatch");
        }
        errors.throwIfAny();
    }

    private Optional<Invitation> open(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return invitations.findByTokenHash(hash(token)).filter(i -> i.isOpenAt(now));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static ZonedDateTime inBrussels(Instant instant) {
        return instant.atZone(BRUSSELS);
    }

    /** The link is unknown, used, replaced or expired: one answer for all, which tells a guesser nothing. */
    private static NotFoundException notOpen() {
        return new NotFoundException("account.invitation.notOpen");
    }
}
