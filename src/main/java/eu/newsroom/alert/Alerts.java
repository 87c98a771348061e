package eu.newsroom.alert;

import eu.newsroom.account.Account;
import eu.newsroom.account.AccountRepository;
import eu.newsroom.account.EmbargoAccess;
import eu.newsroom.actor.ActorRepository;
import eu.newsroom.commitment.CommitmentRepository;
import eu.newsroom.initiative.InitiativeRepository;
import eu.newsroom.search.PublicSearch;
import eu.newsroom.topic.TopicRepository;
import eu.newsroom.web.BadRequestException;
import eu.newsroom.web.NotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reader's alerts: following an actor, topic, initiative, commitment or search, changing how often it mails, pausing and
 * deleting; and unsubscribing with a mail's signed link, without signing in. The owner is always the signed-in
 * reader: no id in an address reaches someone else's alert.
 */
@Service
@Transactional
class Alerts {

    /** What a page offers to follow, by the kind in its address. */
    record Target(Alert.Kind kind, long id, String label) {
    }

    /** One alert as /me/alerts lists it. */
    record Listed(long id, Alert.Kind kind, String label, Alert.Cadence cadence, int digestHour, Alert.Pause paused,
            String pausedDetail, PublicSearch.Query search) {
    }

    private final AlertRepository alerts;
    private final AccountRepository accounts;
    private final ActorRepository actors;
    private final TopicRepository topics;
    private final InitiativeRepository initiatives;
    private final CommitmentRepository commitments;
    private final EmbargoAccess embargoAccess;
    private final AlertTokens tokens;
    private final AlertProperties properties;

    Alerts(AlertRepository alerts, AccountRepository accounts, ActorRepository actors, TopicRepository topics,
            InitiativeRepository initiatives, CommitmentRepository commitments, EmbargoAccess embargoAccess,
            AlertTokens tokens, AlertProperties properties) {
        this.commitments = commitments;
        this.embargoAccess = embargoAccess;
        this.alerts = alerts;
        this.accounts = accounts;
        this.actors = actors;
        this.topics = topics;
        this.initiatives = initiatives;
        this.tokens = tokens;
        this.properties = properties;
    }

    /**
     * The actor, topic, initiative or commitment behind a page's address ({@code actor}, {@code topic},
     * {@code initiative}, {@code commitment}), found only where its page shows it to this reader (public to them:
     * what only an unpublished item brought is not), so following tells nothing of one still unpublished, not even
     * its name to a reader who guessed its address.
     */
    @Transactional(readOnly = true)
    Target target(String kind, String slug, Locale locale) {
        return switch (kind == null ? "" : kind) {
            case "actor" -> actors.findPublicBySlug(slug, embargoAccess.liftedUpTo()).map(a -> new Target(Alert.Kind.ACTOR, a.getId(), a.nameIn(locale)))
                    .orElseThrow(() -> new NotFoundException("alert.error.noTarget", slug));
            case "topic" -> topics.findPublicBySlug(slug, embargoAccess.liftedUpTo()).map(t -> new Target(Alert.Kind.TOPIC, t.getId(), t.labelIn(locale)))
                    .orElseThrow(() -> new NotFoundException("alert.error.noTarget", slug));
            case "initiative" -> initiatives.findPublicBySlug(slug, embargoAccess.liftedUpTo())
                    .map(i -> new Target(Alert.Kind.INITIATIVE, i.getId(), i.nameIn(locale)))
                    .orElseThrow(() -> new NotFoundException("alert.error.noTarget", slug));
            case "commitment" -> commitments.findPublicBySlug(slug, embargoAccess.liftedUpTo())
                    .map(c -> new Target(Alert.Kind.COMMITMENT, c.getId(), c.getTitle()))
                    .orElseThrow(() -> new NotFoundException("alert.error.noTarget", slug));
            default -> throw new BadRequestException("alert.error.kind");
        };
    }

    /** Follows an actor, topic, initiative or commitment; following it again resumes the alert if it was stopped. */
    long follow(String username, Target target, Locale locale) {
        Account owner = owner(username);
        Optional<Alert> existing = alerts.findByAccountIdAndKindAndTargetId(owner.getId(), target.kind(), target.id());
        if (existing.isPresent()) {
            existing.get().resume();
            return existing.get().getId();
        }
        checkRoom(owner);
        return alerts.save(Alert.following(owner.getId(), target.kind(), target.id(), clip(target.label()),
                language(locale))).getId();
    }

    long followSearch(String username, PublicSearch.Query query, Locale locale) {
        Account owner = owner(username);
        var checked = query.checked();
        checkRoom(owner);
        String label = checked.q() == null || checked.q().isBlank() ? "*" : checked.q().strip();
        return alerts.save(Alert.followingSearch(owner.getId(), checked, clip(label), language(locale))).getId();
    }

    @Transactional(readOnly = true)
    List<Listed> list(String username) {
        return alerts.findByAccountIdOrderByCreatedAtAscIdAsc(owner(username).getId()).stream()
                .map(a -> new Listed(a.getId(), a.getKind(), a.getLabel(), a.getCadence(), a.getDigestHour(),
                        a.getPaused(), a.getPausedDetail(), a.getKind() == Alert.Kind.SEARCH ? a.search() : null))
                .toList();
    }

    void schedule(String username, long id, Alert.Cadence cadence, int digestHour) {
        if (cadence == null || digestHour < 0 || digestHour > 23) {
            throw new BadRequestException("alert.error.schedule");
        }
        owned(username, id).schedule(cadence, digestHour);
    }

    /** The label of one of the reader's alerts (a 404 for anyone else's). */
    @Transactional(readOnly = true)
    String ownedLabel(String username, long id) {
        return owned(username, id).getLabel();
    }

    void resume(String username, long id) {
        owned(username, id).resume();
    }

    void delete(String username, long id) {
        alerts.delete(owned(username, id));
    }

    /** One-click unsubscribing from a mail: the signed link is the credential. False for a wrong link. */
    boolean unsubscribe(long alertId, String token) {
        if (!tokens.isUnsubscribe(alertId, token)) {
            return false;
        }
        alerts.findById(alertId).ifPresent(a -> a.pause(Alert.Pause.UNSUBSCRIBED));
        return true;
    }

    @Transactional(readOnly = true)
    Optional<String> label(long alertId) {
        return alerts.findById(alertId).map(Alert::getLabel);
    }

    private void checkRoom(Account owner) {
        if (alerts.countByAccountId(owner.getId()) >= properties.maxPerReader()) {
            throw new BadRequestException("alert.error.tooMany", properties.maxPerReader());
        }
    }

    private Alert owned(String username, long id) {
        return alerts.findByIdAndAccountId(id, owner(username).getId())
                .orElseThrow(() -> new NotFoundException("alert.error.notFound", id));
    }

    private Account owner(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("watch.error.noAccount", username));
    }

    /** The interface languages: what the mail bundles speak. */
    private static String language(Locale locale) {
        String lang = locale == null ? "en" : locale.getLanguage();
        return List.of("en", "de", "fr").contains(lang) ? lang : "en";
    }

    private static String clip(String label) {
        return label.length() > 300 ? label.substring(0, 299) + "…" : label;
    }
}
