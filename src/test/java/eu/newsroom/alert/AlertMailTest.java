package eu.newsroom.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.newsroom.account.Account;
import eu.newsroom.account.AccountRepository;
import eu.newsroom.account.Role;
import eu.newsroom.actor.ActorRepository;
import eu.newsroom.briefing.Briefing;
import eu.newsroom.briefing.BriefingBecamePublic;
import eu.newsroom.briefing.BriefingContent;
import eu.newsroom.briefing.BriefingCorrected;
import eu.newsroom.briefing.BriefingKind;
import eu.newsroom.briefing.BriefingPublishedUnderEmbargo;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.briefing.PendingChange;
import eu.newsroom.briefing.PendingChangeRepository;
import eu.newsroom.commitment.Commitment;
import eu.newsroom.commitment.CommitmentCategory;
import eu.newsroom.commitment.CommitmentRepository;
import eu.newsroom.commitment.CommitmentStatus;
import eu.newsroom.editorial.CommitmentEditor;
import eu.newsroom.editorial.CommitmentForm;
import eu.newsroom.shared.ActingUser;
import eu.newsroom.support.DeskOverHttp;
import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import eu.newsroom.support.SignedInBrowser;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Alerts end to end on the running application: following from a page and from the search page over HTTP, the
 * confirmation of the address, items published (the publication events sent as the publishing paths send them,
 * inside a transaction), the outbox sent at chosen instants to the SMTP server in the JVM (the demo mailbox,
 * GreenMail), and assertions on the messages it received: parts, headers, links, the embargo rule, no item twice,
 * withdrawn items, one-click unsubscribing and an SMTP outage; corrections, a followed commitment, and hard bounces
 * (a GreenMail server that refuses chosen recipients takes the demo mailbox's port).
 */
@NewsroomTest
class AlertMailTest {

    private static final String PASSWORD = "alert-test-password-2026";
    private static final String BASE = "https://newsroom.test";
    private static final Pattern CONFIRM = Pattern.compile("https://newsroom\\.test(/alerts/confirm\\?\\S+)");

    @Autowired
    Http http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountRepository accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    BriefingRepository briefings;
    @Autowired
    ActorRepository actors;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AlertOutbox outbox;
    @Autowired
    DemoMailbox mailbox;
    @Autowired
    CommitmentRepository commitments;
    @Autowired
    PendingChangeRepository pendingChanges;
    @Autowired
    CommitmentEditor commitmentEditor;
    @Autowired
    AlertMatchingRetry matchingRetry;
    @Autowired
    AlertBounces bounces;

    @Test
    void anActorFollowedFromItsPageIsMailedOnceWithBothPartsAndOneClickUnsubscribe() throws Exception {
        String reader = newReader(Role.JOURNALIST);
        SignedInBrowser browser = signIn(reader);
        var actor = jdbc.sql("select id, slug from actor order by id limit 1")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).single();

        String page = browser.get("/actors/" + actor.getValue()).body();
        assertThat(page).contains("/me/alerts/follow?kind=actor&amp;slug=" + actor.getValue());
        assertThat(browser.get("/me/alerts/follow?kind=actor&slug=" + actor.getValue()).statusCode()).isEqualTo(200);
        var followed = browser.postForm("/me/alerts/follow", List.of(Map.entry("kind", "actor"),
                Map.entry("slug", actor.getValue())));
        assertThat(followed.headers().firstValue("Location").orElseThrow()).endsWith("/me/alerts");
        assertThat(browser.get("/me/alerts").body()).contains(reader);

        // nothing is mailed before the address is confirmed: only the confirmation
        long beforeConfirming = publish("Vor der Bestätigung", actor.getKey(), null);
        outbox.sendDue(Instant.now());
        List<MimeMessage> mails = mailsTo(reader);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Confirm your address for alerts");
        confirm(mails.get(0));

        long item = publish("Ammunition for Ukraine " + UUID.randomUUID(), actor.getKey(), null);
        assertThat(outbox.sendDue(Instant.now())).isGreaterThanOrEqualTo(1);
        mails = mailsTo(reader);
        assertThat(mails).hasSize(2);
        MimeMessage alert = mails.get(1);
        String title = title(item);
        assertThat(alert.getSubject()).contains(title);
        assertThat(alert.getContentType()).startsWith("multipart/mixed");
        String text = part(alert, "text/plain");
        String html = part(alert, "text/html");
        String permalink = BASE + "/briefings/" + slug(item);
        assertThat(text).contains(title, permalink, "Press release", "You follow", BASE + "/me/alerts")
                .doesNotContain(slug(beforeConfirming));
        assertThat(html).contains("href=\"" + permalink + "\"", "Press release", BASE + "/me/alerts");
        String unsubscribe = header(alert, "List-Unsubscribe");
        assertThat(unsubscribe).matches("<https://newsroom\\.test/alerts/unsubscribe\\?alert=\\d+&token=[A-Za-z0-9_-]{43}>");
        assertThat(header(alert, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(text).contains(unsubscribe.substring(1, unsubscribe.length() - 1));
        // the demo mode's mailbox page shows the reader their mails, and nobody else's
        assertThat(browser.get("/demo/mailbox").body()).contains(title.replace(" ", " "), "Confirm your address for alerts");
        assertThat(SignedInBrowser.as(http, "analyst@newsroom.example").get("/demo/mailbox").body()).doesNotContain(title);

        // the same item again (another event, a second run): never twice for one alert
        events(item, null);
        outbox.sendDue(Instant.now());
        outbox.sendDue(Instant.now().plus(Duration.ofHours(3)));
        assertThat(mailsTo(reader)).hasSize(2);

        // a forged token unsubscribes nobody; the mail program's one-click POST, without any session, does
        String path = unsubscribe.substring(1 + BASE.length(), unsubscribe.length() - 1);
        assertThat(oneClick(path.replaceAll("token=.*", "token=" + "A".repeat(43))).statusCode()).isEqualTo(404);
        assertThat(oneClick(path).statusCode()).isEqualTo(200);
        publish("Nach der Abmeldung", actor.getKey(), null);
        outbox.sendDue(Instant.now());
        assertThat(mailsTo(reader)).hasSize(2);
        assertThat(browser.get("/me/alerts").body()).contains("you unsubscribed from this alert");
    }

    @Test
    void whatOnlyADraftBroughtCannotBeFollowedNorIsItsNameShown() {
        String run = Long.toHexString(System.nanoTime());
        String actor = "alert-draft-actor-" + run;
        String initiative = "alert-draft-initiative-" + run;
        String line = "{\"externalId\":\"alert-draft-" + run + "\",\"lang\":\"en\",\"kind\":\"press-release\","
                + "\"status\":\"draft\",\"title\":\"Draft " + run + "\",\"date\":\"2026-06-01\",\"body\":\"Text.\","
                + "\"actors\":[{\"slug\":\"" + actor + "\",\"kind\":\"person\",\"name\":\"Unannounced Minister " + run
                + "\"}],\"initiatives\":[{\"slug\":\"" + initiative + "\",\"name\":\"Unannounced Plan " + run
                + "\",\"kind\":\"project\",\"status\":\"planning\"}],\"statements\":[{\"speaker\":\"" + actor
                + "\",\"kind\":\"quote\",\"text\":\"Not yet said.\"}]}\n";
        assertThat(http.importNdjson(line, "editor@newsroom.example").body()).contains("\"rejected\":0");
        SignedInBrowser browser = signIn(newReader(Role.JOURNALIST));
        for (String address : List.of("/me/alerts/follow?kind=actor&slug=" + actor,
                "/me/alerts/follow?kind=initiative&slug=" + initiative)) {
            var page = browser.get(address);
            assertThat(page.statusCode()).as(address).isEqualTo(404);
            assertThat(page.body()).doesNotContain("Unannounced");
        }
        var followed = browser.postForm("/me/alerts/follow", List.of(Map.entry("kind", "actor"),
                Map.entry("slug", actor)));
        assertThat(followed.statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from alert a join actor x on x.id = a.target_id where x.slug = :slug")
                .param("slug", actor).query(Long.class).single()).isZero();
    }

    @Test
    void anEmbargoedItemReachesAnAccreditedReaderMarkedAndIsNotMailedAgainWhenTheEmbargoEnds() throws Exception {
        String reader = confirmedReaderFollowingActor(Role.JOURNALIST);
        long actor = followedActor(reader);
        Instant embargo = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        long item = publish("Embargoed " + UUID.randomUUID(), actor, embargo);
        outbox.sendDue(Instant.now());
        List<MimeMessage> mails = mailsTo(reader);
        assertThat(mails).hasSize(2);
        assertThat(part(mails.get(1), "text/plain")).contains("Embargoed until", "(Brussels time)", title(item));
        assertThat(part(mails.get(1), "text/html")).contains("Embargoed until");

        // the end of the embargo matches it for everyone, but this alert has had it
        transaction.executeWithoutResult(t -> events.publishEvent(new BriefingBecamePublic(item, embargo)));
        outbox.sendDue(embargo.plusSeconds(60));
        assertThat(mailsTo(reader)).hasSize(2);
    }

    @Test
    void aWithdrawnItemIsNotMailed() throws Exception {
        String reader = confirmedReaderFollowingActor(Role.ANALYST);
        long actor = followedActor(reader);
        long item = publish("To be withdrawn " + UUID.randomUUID(), actor, null);
        // withdrawn as the desk does it, events and all: a withdrawal by plain SQL left its words in the suggester's
        // vocabulary, which SuggestionVocabularyTest, later on the same application, found different from a full read
        transaction.executeWithoutResult(t -> {
            Briefing briefing = briefings.findById(item).orElseThrow();
            briefing.withdraw("test", Instant.now());
            briefings.saveAndFlush(briefing);
        });
        outbox.sendDue(Instant.now());
        assertThat(mailsTo(reader)).hasSize(1);
        assertThat(jdbc.sql("select state from alert_delivery where briefing_id = ?").param(item).query(String.class).list())
                .containsOnly("DROPPED");
    }

    @Test
    void aCorrectedItemIsMailedOnceMoreMarkedCorrectedAndEachCorrectionOnlyOnce() throws Exception {
        String reader = confirmedReaderFollowingActor(Role.JOURNALIST);
        long item = publish("Before the correction " + UUID.randomUUID(), followedActor(reader), null);
        outbox.sendDue(Instant.now());
        assertThat(mailsTo(reader)).hasSize(2);

        String corrected = "Corrected " + UUID.randomUUID();
        correct(item, corrected);
        Instant correctedAt = briefings.findById(item).orElseThrow().getCorrectedAt();
        assertThat(correctedAt).isNotNull();
        outbox.sendDue(Instant.now());
        List<MimeMessage> mails = mailsTo(reader);
        assertThat(mails).hasSize(3);
        assertThat(mails.get(2).getSubject()).endsWith("corrected: " + corrected);
        String text = part(mails.get(2), "text/plain");
        assertThat(text).contains("Corrected on", "(Brussels time)", corrected, BASE + "/briefings/" + slug(item))
                .doesNotContain("Before the correction");
        assertThat(part(mails.get(2), "text/html")).contains("class=\"corrected\"", "Corrected on");

        // the same correction announced again, saving the same words again, sending later: nothing more
        transaction.executeWithoutResult(t -> events.publishEvent(new BriefingCorrected(item, correctedAt)));
        correct(item, corrected);
        events(item, null);
        outbox.sendDue(Instant.now());
        outbox.sendDue(Instant.now().plus(Duration.ofHours(3)));
        assertThat(mailsTo(reader)).hasSize(3);
        assertThat(jdbc.sql("select count(*) from alert_delivery where briefing_id = ?").param(item)
                .query(Long.class).single()).isEqualTo(2);

        // a second correction is mailed once more
        String again = "Corrected again " + UUID.randomUUID();
        correct(item, again);
        outbox.sendDue(Instant.now().plus(Duration.ofHours(4)));
        mails = mailsTo(reader);
        assertThat(mails).hasSize(4);
        assertThat(part(mails.get(3), "text/plain")).contains("Corrected on", again);
    }

    @Test
    void aCorrectionThatMakesAnItemMatchAFollowedSearchMailsItAsNewThereAndAsCorrectedToWhoHadIt() throws Exception {
        String follower = confirmedReaderFollowingActor(Role.JOURNALIST);
        String searcher = newReader(Role.ANALYST);
        String word = "korrekturwort" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "y");
        signIn(searcher).postForm("/me/alerts/search", List.of(Map.entry("q", word), Map.entry("type", ""),
                Map.entry("lang", ""), Map.entry("from", ""), Map.entry("to", "")));
        confirm(mailsTo(searcher).get(0));

        // published without the word: the actor's follower has it, the search's does not
        long item = publish("Before the word " + UUID.randomUUID(), followedActor(follower), null);
        outbox.sendDue(Instant.now());
        assertThat(mailsTo(follower)).hasSize(2);
        assertThat(mailsTo(searcher)).hasSize(1);

        // the correction brings the word: new to the search's follower (unmarked), corrected to the actor's
        String corrected = "Now with " + word + " " + UUID.randomUUID();
        correct(item, corrected);
        outbox.sendDue(Instant.now());
        List<MimeMessage> mails = mailsTo(searcher);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject()).doesNotContain("corrected").contains(corrected);
        assertThat(part(mails.get(1), "text/plain")).contains(corrected, word, BASE + "/briefings/" + slug(item))
                .doesNotContain("Corrected on");
        assertThat(mailsTo(follower)).hasSize(3);
        assertThat(mailsTo(follower).get(2).getSubject()).endsWith("corrected: " + corrected);

        // nothing twice; a later correction goes to both as a correction
        events(item, null);
        correct(item, corrected);
        outbox.sendDue(Instant.now().plus(Duration.ofHours(3)));
        assertThat(mailsTo(searcher)).hasSize(2);
        assertThat(mailsTo(follower)).hasSize(3);
        String again = "Again with " + word + " " + UUID.randomUUID();
        correct(item, again);
        outbox.sendDue(Instant.now().plus(Duration.ofHours(4)));
        assertThat(mailsTo(searcher)).hasSize(3);
        assertThat(part(mailsTo(searcher).get(2), "text/plain")).contains("Corrected on", again);
        assertThat(mailsTo(follower)).hasSize(4);

        // a search followed after the item's publication is not mailed an old item for its correction
        String late = newReader(Role.ANALYST);
        signIn(late).postForm("/me/alerts/search", List.of(Map.entry("q", word), Map.entry("type", ""),
                Map.entry("lang", ""), Map.entry("from", ""), Map.entry("to", "")));
        confirm(mailsTo(late).get(0));
        correct(item, "Once more with " + word + " " + UUID.randomUUID());
        outbox.sendDue(Instant.now().plus(Duration.ofHours(5)));
        assertThat(mailsTo(late)).hasSize(1);
        assertThat(mailsTo(searcher)).hasSize(4);
    }

    @Test
    void aCorrectionBeforeTheFirstMailWentIsInThatMailUnmarkedAndNotMailedAgain() throws Exception {
        String reader = confirmedReaderFollowingActor(Role.JOURNALIST);
        long item = publish("Not yet mailed " + UUID.randomUUID(), followedActor(reader), null);
        String corrected = "Corrected before mailing " + UUID.randomUUID();
        correct(item, corrected);
        outbox.sendDue(Instant.now());
        outbox.sendDue(Instant.now().plus(Duration.ofHours(3)));
        List<MimeMessage> mails = mailsTo(reader);
        assertThat(mails).hasSize(2);
        assertThat(part(mails.get(1), "text/plain")).contains(corrected).doesNotContain("Corrected on");
    }

    @Test
    void aCommitmentFollowedFromItsPageIsMailedWhenAnItemReportsItOrChangesItsStatus() throws Exception {
        String reader = newReader(Role.ANALYST);
        SignedInBrowser browser = signIn(reader);
        String slug = "alert-commitment-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Alert test commitment " + slug;
        long source = publish("The first report of " + slug, null, null);
        long commitment = transaction.execute(t -> {
            var sourceBriefing = briefings.findById(source).orElseThrow();
            Commitment c = new Commitment(slug, sourceBriefing);
            c.describe(name, actors.findAll().get(0), null, CommitmentCategory.FINANCIAL, null);
            c.schedule(null, null, LocalDate.now());
            c.report(CommitmentStatus.PLEDGED, null, null, null, LocalDate.now(), sourceBriefing, Instant.now());
            c.reportedIn(briefings.findById(source).orElseThrow());
            return commitments.saveAndFlush(c).getId();
        });

        // "Follow by e-mail" on its page (it has no feed), the follow page, the list of alerts
        String page = browser.get("/commitments/" + slug).body();
        assertThat(page).contains("/me/alerts/follow?kind=commitment&amp;slug=" + slug);
        assertThat(browser.get("/me/alerts/follow?kind=commitment&slug=" + slug).body()).contains(name);
        assertThat(browser.get("/me/alerts/follow?kind=commitment&slug=no-such-commitment").statusCode()).isEqualTo(404);
        browser.postForm("/me/alerts/follow", List.of(Map.entry("kind", "commitment"), Map.entry("slug", slug)));
        assertThat(browser.get("/me/alerts").body()).contains("Commitment", name);
        List<MimeMessage> mails = mailsTo(reader);
        assertThat(mails).hasSize(1);
        confirm(mails.get(0));

        // an item reporting it is mailed, with why; an item that does not is not
        long other = publish("Nothing about the commitment " + UUID.randomUUID(), null, null);
        long report = publishReporting("Reports " + slug + " " + UUID.randomUUID(), commitment);
        outbox.sendDue(Instant.now());
        mails = mailsTo(reader);
        assertThat(mails).hasSize(2);
        String text = part(mails.get(1), "text/plain");
        assertThat(text).contains("You follow the commitment " + name, title(report), "It reports the commitment.")
                .doesNotContain(title(other));

        // a change of its status and amount, kept for an item's publication, is mailed when the item becomes public
        long change = transaction.execute(t -> {
            String itemSlug = "alert-test-" + UUID.randomUUID();
            Briefing draft = new Briefing(itemSlug, itemSlug);
            draft.write(new BriefingContent("Delivered: " + slug, BriefingKind.PRESS_RELEASE, "en", itemSlug,
                    LocalDate.now(), "Brussels", null, "It was delivered.", null, List.of("Delivered.")));
            long id = briefings.saveAndFlush(draft).getId();
            pendingChanges.save(new PendingChange(id, PendingChange.Target.COMMITMENT, commitment, slug,
                    "{\"slug\": \"" + slug + "\", \"status\": \"DELIVERED\", \"amount\": 2000000,"
                            + " \"currency\": \"EUR\", \"qualifier\": \"EXACT\"}", Instant.now()));
            return id;
        });
        outbox.sendDue(Instant.now());
        assertThat(mailsTo(reader)).hasSize(2);
        transaction.executeWithoutResult(t -> {
            Briefing draft = briefings.findById(change).orElseThrow();
            draft.publish(null, Instant.now());
            briefings.saveAndFlush(draft);
        });
        assertThat(jdbc.sql("select status from commitment where id = ?").param(commitment).query(String.class).single())
                .isEqualTo("DELIVERED");
        outbox.sendDue(Instant.now());
        mails = mailsTo(reader);
        assertThat(mails).hasSize(3);
        assertThat(part(mails.get(2), "text/plain")).contains(title(change),
                "It changes the commitment: now Delivered, EUR 2,000,000.");
    }

    @Test
    void aCommitmentChangedThroughAPublicItemIsMailedOnceSayingWhatChangedAndADraftsChangeAtItsPublication()
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String slug = "alert-change-" + run;
        String base = "alert-change-base-" + run;
        String reported = "\"commitments\":[{\"slug\":\"" + slug + "\",\"title\":\"Changing support " + run
                + "\",\"donor\":\"eu\",\"category\":\"military\",\"announced\":\"2026-05-01\",";
        importOk(importLine(base, "\"status\":\"published\"," + reported
                + "\"amount\":\"100000000\",\"currency\":\"EUR\",\"status\":\"proposed\"}]"));
        String reader = confirmedReaderFollowingCommitment(slug);
        long commitment = jdbc.sql("select id from commitment where slug = ?").param(slug).query(Long.class).single();
        long item = jdbc.sql("select id from briefing where external_id = ?").param(base).query(Long.class).single();

        // a re-import through the public item changes its status and amount: one mail saying what changed
        String agreed = importLine(base, "\"status\":\"published\"," + reported
                + "\"amount\":\"150000000\",\"currency\":\"EUR\",\"status\":\"agreed\"}]");
        importOk(agreed);
        outbox.sendDue(Instant.now());
        List<MimeMessage> mails = mailsTo(reader);
        assertThat(mails).hasSize(2);
        assertThat(part(mails.get(1), "text/plain")).contains(title(item), BASE + "/briefings/" + slug(item),
                "It changes the commitment: now Agreed, EUR 150,000,000. Before: Proposed, EUR 100,000,000.");
        assertThat(part(mails.get(1), "text/html")).contains("now Agreed, EUR 150,000,000");
        // the same line again changes nothing: no mail
        importOk(agreed);
        outbox.sendDue(Instant.now().plus(Duration.ofHours(3)));
        assertThat(mailsTo(reader)).hasSize(2);

        // the editor changes its status at the desk through the public item: one mail; saving it again, none
        ActingUser editor = new ActingUser("editor@newsroom.example", "127.0.0.1");
        CommitmentForm form = commitmentEditor.form(item, commitment);
        form.setStatus(CommitmentStatus.ALLOCATED);
        commitmentEditor.update(item, commitment, form, editor);
        outbox.sendDue(Instant.now().plus(Duration.ofHours(4)));
        mails = mailsTo(reader);
        assertThat(mails).hasSize(3);
        assertThat(part(mails.get(2), "text/plain")).contains(title(item),
                "It changes the commitment: now Allocated, EUR 150,000,000. Before: Agreed, EUR 150,000,000.");
        CommitmentForm again = commitmentEditor.form(item, commitment);
        commitmentEditor.update(item, commitment, again, editor);
        outbox.sendDue(Instant.now().plus(Duration.ofHours(5)));
        assertThat(mailsTo(reader)).hasSize(3);

        // a change through a draft is mailed at the draft's publication, not before, once, with the item
        String draft = "alert-change-draft-" + run;
        String delivered = "\"commitments\":[{\"slug\":\"" + slug + "\",\"amount\":\"150000000\",\"currency\":\"EUR\","
                + "\"status\":\"delivered\"}]";
        importOk(importLine(draft, "\"status\":\"draft\"," + delivered));
        outbox.sendDue(Instant.now().plus(Duration.ofHours(6)));
        assertThat(mailsTo(reader)).hasSize(3);
        importOk(importLine(draft, "\"status\":\"published\"," + delivered));
        outbox.sendDue(Instant.now().plus(Duration.ofHours(7)));
        outbox.sendDue(Instant.now().plus(Duration.ofHours(8)));
        mails = mailsTo(reader);
        assertThat(mails).hasSize(4);
        long published = jdbc.sql("select id from briefing where external_id = ?").param(draft).query(Long.class).single();
        assertThat(part(mails.get(3), "text/plain")).contains(title(published),
                "It changes the commitment: now Delivered, EUR 150,000,000. Before: Allocated, EUR 150,000,000.");
        assertThat(StringUtils.countOccurrencesOf(part(mails.get(3), "text/plain"), BASE + "/briefings/" + slug(published)))
                .isEqualTo(1);

        // the item the reader had corrected and changing the commitment again, in one mail: one entry, marked
        // corrected, saying what changed
        String corrected = "Corrected and changed " + run;
        correct(item, corrected);
        CommitmentForm later = commitmentEditor.form(item, commitment);
        later.setStatus(CommitmentStatus.PLEDGED);
        later.setReportedOn(LocalDate.now().plusDays(1));
        commitmentEditor.update(item, commitment, later, editor);
        outbox.sendDue(Instant.now().plus(Duration.ofHours(9)));
        mails = mailsTo(reader);
        assertThat(mails).hasSize(5);
        String text = part(mails.get(4), "text/plain");
        assertThat(text).contains("Corrected on", corrected,
                "It changes the commitment: now Pledged, EUR 150,000,000. Before: Delivered, EUR 150,000,000.");
        assertThat(StringUtils.countOccurrencesOf(text, BASE + "/briefings/" + slug(item))).isEqualTo(1);
    }

    @Test
    void aHardBounceAtRcptOrDataPausesTheAlertAtOnceAndTheReaderSeesWhyAndResumesIt() throws Exception {
        String atRecipient = confirmedReaderFollowingActor(Role.JOURNALIST);
        String atData = confirmedReaderFollowingActor(Role.ANALYST);
        String busy = confirmedReaderFollowingActor(Role.JOURNALIST);
        long first = publish("Bounce at RCPT " + UUID.randomUUID(), followedActor(atRecipient), null);
        publish("Bounce at DATA " + UUID.randomUUID(), followedActor(atData), null);
        publish("Mailbox busy " + UUID.randomUUID(), followedActor(busy), null);
        Instant now = Instant.now();
        RefusingSmtpServer refusing = new RefusingSmtpServer(mailbox.port())
                .refuseRecipient(atRecipient, "550 5.1.1 <" + atRecipient + ">: no such mailbox")
                .refuseData(atData, "554 5.7.1 message refused for this recipient")
                .refuseRecipient(busy, "450 4.2.1 mailbox busy, try again later");
        mailbox.stop();
        try {
            refusing.start();
            assertThat(outbox.sendDue(now)).isZero();
            // paused at once: not tried again, however long the sender keeps running; a temporary refusal is retried
            outbox.sendDue(now.plus(Duration.ofHours(3)));
            assertThat(refusing.getReceivedMessages()).isEmpty();
        } finally {
            refusing.stop();
            mailbox.start();
        }
        assertThat(pause(atRecipient)).containsExactly("BOUNCED", "550 5.1.1 <" + atRecipient + ">: no such mailbox");
        assertThat(pause(atData).get(0)).isEqualTo("BOUNCED");
        assertThat(pause(atData).get(1)).startsWith("554 5.7.1 message refused");
        assertThat(pause(busy)).containsExactly(null, null);
        assertThat(attempts(atRecipient)).isEqualTo(1);
        assertThat(attempts(atData)).isEqualTo(1);
        assertThat(attempts(busy)).isEqualTo(2);

        // the reader sees it on the site, with the server's answer, and resumes it: the waiting item is mailed once
        SignedInBrowser browser = signIn(atRecipient);
        String alerts = browser.get("/me/alerts").body();
        assertThat(alerts).contains("Paused at once: the mail server refuses your address for good",
                "The mail server answered: 550 5.1.1");
        long alert = jdbc.sql("select a.id from alert a join account acc on acc.id = a.account_id where acc.username = ?")
                .param(atRecipient).query(Long.class).single();
        assertThat(alerts).contains("action=\"/me/alerts/" + alert + "/resume\"");
        assertThat(browser.postForm("/me/alerts/" + alert + "/resume", List.of()).statusCode()).isEqualTo(302);
        assertThat(pause(atRecipient)).containsExactly(null, null);
        outbox.sendDue(now.plus(Duration.ofHours(6)));
        outbox.sendDue(now.plus(Duration.ofHours(9)));
        // (the restarted demo mailbox holds only what it received since)
        List<MimeMessage> mails = mailsTo(atRecipient);
        assertThat(mails).hasSize(1);
        assertThat(part(mails.get(0), "text/plain")).contains(title(first));
        assertThat(mailsTo(busy)).hasSize(1);
        assertThat(mailsTo(atData)).isEmpty();
    }

    @Test
    void anSmtpOutageDelaysTheMailsAndLosesNone() throws Exception {
        String first = confirmedReaderFollowingActor(Role.JOURNALIST);
        String second = confirmedReaderFollowingActor(Role.EDITOR);
        long firstActor = followedActor(first);
        long secondActor = followedActor(second);
        Instant now = Instant.now();
        mailbox.stop();
        long a;
        long b;
        long c;
        try {
            a = publish("During the outage A " + UUID.randomUUID(), firstActor, null);
            b = publish("During the outage B " + UUID.randomUUID(), secondActor, null);
            assertThat(outbox.sendDue(now)).isZero();
            c = publish("During the outage C " + UUID.randomUUID(), firstActor, null);
            assertThat(outbox.sendDue(now.plus(Duration.ofMinutes(1)))).isZero();
        } finally {
            mailbox.start();
        }
        // back-off: not due yet at the same instant; due later, every item once (the restarted server holds only
        // what it received since)
        assertThat(outbox.sendDue(now)).isZero();
        outbox.sendDue(now.plus(Duration.ofHours(3)));
        outbox.sendDue(now.plus(Duration.ofHours(6)));
        List<MimeMessage> toFirst = mailsTo(first);
        List<MimeMessage> toSecond = mailsTo(second);
        assertThat(toFirst).hasSize(1);
        assertThat(toSecond).hasSize(1);
        assertThat(part(toFirst.get(0), "text/plain")).contains(title(a), title(c)).doesNotContain(title(b));
        assertThat(part(toSecond.get(0), "text/plain")).contains(title(b));
        assertThat(jdbc.sql("select count(*) from alert_delivery where briefing_id in (?, ?, ?) and state <> 'SENT'")
                .param(a).param(b).param(c).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from alert where paused is not null and account_id in"
                + " (select id from account where username in (?, ?))").param(first).param(second)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aFollowedSearchWithItsFiltersMatchesInTheReadersLanguage() throws Exception {
        String reader = newReader(Role.ANALYST);
        SignedInBrowser browser = signIn(reader);
        String word = "zeitenwende" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        assertThat(browser.get("/search?q=" + word).body()).contains("action=\"/me/alerts/search\"");
        browser.postForm("/me/alerts/search?locale=de", List.of(Map.entry("q", word), Map.entry("type", "briefing"),
                Map.entry("lang", ""), Map.entry("from", ""), Map.entry("to", "")));
        assertThat(browser.get("/me/alerts").body()).contains(word, "Suche");
        List<MimeMessage> mails = mailsTo(reader);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Bestätigen Sie Ihre Adresse für Benachrichtigungen");
        confirm(mails.get(0));

        long other = publish("Nothing to do with it " + UUID.randomUUID(), null, null);
        long item = publish("Die " + word + " in Brüssel", null, null);
        outbox.sendDue(Instant.now());
        mails = mailsTo(reader);
        assertThat(mails).hasSize(2);
        String text = part(mails.get(1), "text/plain");
        assertThat(text).contains(title(item), "Sie folgen der Suche", word, "Pressemitteilung")
                .doesNotContain(title(other));
    }

    @Test
    void aDailyDigestWaitsForTheReadersHourInBrussels() throws Exception {
        String reader = confirmedReaderFollowingActor(Role.JOURNALIST);
        long actor = followedActor(reader);
        long alert = jdbc.sql("select a.id from alert a join account acc on acc.id = a.account_id where acc.username = ?")
                .param(reader).query(Long.class).single();
        var changed = signIn(reader).postForm("/me/alerts/" + alert, List.of(Map.entry("cadence", "DAILY"),
                Map.entry("hour", "7")));
        assertThat(changed.statusCode()).isEqualTo(302);
        long first = publish("Digest one " + UUID.randomUUID(), actor, null);
        long second = publish("Digest two " + UUID.randomUUID(), actor, null);
        Instant matched = Instant.now();
        ZonedDateTime brussels = matched.atZone(ZoneId.of("Europe/Brussels"));
        ZonedDateTime seven = brussels.toLocalDate().atTime(7, 0).atZone(brussels.getZone());
        Instant hour = (seven.toInstant().isAfter(matched) ? seven : seven.plusDays(1)).toInstant();
        assertThat(jdbc.sql("select distinct due_at from alert_delivery where alert_id = ?").param(alert)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).list()).containsExactly(hour);

        // the alert's page previews the next mail from what waits for it
        assertThat(signIn(reader).get("/me/alerts/" + alert + "/preview").body()).contains(title(first), title(second));
        outbox.sendDue(hour.minusSeconds(1));
        assertThat(mailsTo(reader)).hasSize(1);
        outbox.sendDue(hour);
        List<MimeMessage> mails = mailsTo(reader);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject()).contains("daily digest, 2 new items");
        assertThat(part(mails.get(1), "text/plain")).contains(title(first), title(second));
    }

    @Test
    void publishingAtTheDeskMailsTheFollowerOfItsSpeakerWithoutAnyoneAnnouncingIt() throws Exception {
        String reader = confirmedReaderFollowingActor(Role.JOURNALIST);
        String speaker = jdbc.sql("select slug from actor where id = ?").param(followedActor(reader))
                .query(String.class).single();
        DeskOverHttp desk = DeskOverHttp.asEditor(http, jdbc);
        String word = "Deskalarm" + UUID.randomUUID().toString().substring(0, 6);
        long id = desk.draft("Desk alert " + word, "The desk wrote " + word + ".");
        desk.quote(id, speaker, "We said " + word + ".");

        // a draft and an item in review are not mailed
        outbox.sendDue(Instant.now());
        assertThat(mailsTo(reader)).hasSize(1);
        assertThat(desk.step(id, "SUBMIT").statusCode()).isEqualTo(302);
        outbox.sendDue(Instant.now());
        assertThat(mailsTo(reader)).hasSize(1);

        // publishing at the desk announces the item; the alert matches it after the commit
        assertThat(desk.step(id, "PUBLISH").statusCode()).isEqualTo(302);
        outbox.sendDue(Instant.now());
        List<MimeMessage> mails = mailsTo(reader);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject()).contains("Desk alert " + word);
        assertThat(part(mails.get(1), "text/plain")).contains(BASE + "/briefings/" + slug(id));
    }

    // --- helpers

    /** Corrects what a published item says, as the desk saves it (the repository announces the correction). */
    @Test
    void theLanguageVersionsOfAnItemAreOneEntryInTheReadersLanguageAndTheItemIsNotMailedAgainInAnother()
            throws Exception {
        String reader = confirmedReaderFollowingActor(Role.JOURNALIST);
        long actor = followedActor(reader);
        String group = "alert-group-" + UUID.randomUUID();
        String run = UUID.randomUUID().toString().substring(0, 8);
        long german = publishVersion("Munition für die Ukraine " + run, "de", group, actor);
        long french = publishVersion("Munitions pour l’Ukraine " + run, "fr", group, actor);
        long english = publishVersion("Ammunition for Ukraine " + run, "en", group, actor);
        outbox.sendDue(Instant.now());
        List<MimeMessage> mails = mailsTo(reader);
        assertThat(mails).hasSize(2);
        // one entry, in the reader's language (English), with the other versions linked
        assertThat(mails.get(1).getSubject()).endsWith(title(english));
        assertThat(part(mails.get(1), "text/plain")).contains(title(english), "Also in",
                        "French: " + BASE + "/briefings/" + slug(french), "German: " + BASE + "/briefings/" + slug(german))
                .doesNotContain(title(german), title(french));
        assertThat(part(mails.get(1), "text/html")).contains("Also in",
                "href=\"" + BASE + "/briefings/" + slug(german) + "\">German</a>");

        // a reader who follows the actor in German now
        String germanReader = newReader(Role.JOURNALIST);
        String actorSlug = jdbc.sql("select slug from actor where id = ?").param(actor).query(String.class).single();
        signIn(germanReader).postForm("/me/alerts/follow?locale=de", List.of(Map.entry("kind", "actor"),
                Map.entry("slug", actorSlug)));
        confirm(mailsTo(germanReader).get(0));

        // a version in another language later: the first reader had the item; the new one gets it, in German
        long italian = publishVersion("Munizioni per l’Ucraina " + run, "it", group, actor);
        outbox.sendDue(Instant.now());
        outbox.sendDue(Instant.now().plus(Duration.ofHours(3)));
        assertThat(mailsTo(reader)).hasSize(2);
        List<MimeMessage> toGerman = mailsTo(germanReader);
        assertThat(toGerman).hasSize(2);
        assertThat(part(toGerman.get(1), "text/plain")).contains(title(german), "Auch auf",
                        "Englisch: " + BASE + "/briefings/" + slug(english),
                        "Italienisch: " + BASE + "/briefings/" + slug(italian))
                .doesNotContain(title(italian), title(english));
        assertThat(jdbc.sql("select count(*) from alert_delivery d join alert a on a.id = d.alert_id"
                        + " join account acc on acc.id = a.account_id where acc.username = ?")
                .param(reader).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPermanentFailureReportedByMailPausesTheReadersAlertsAndTheReaderSeesWhy() throws Exception {
        String bounced = confirmedReaderFollowingActor(Role.JOURNALIST);
        String delayed = confirmedReaderFollowingActor(Role.JOURNALIST);
        // the bounce mailbox: an IMAP server in the JVM (GreenMail) holding what the mail system sent back
        GreenMail imap = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        imap.start();
        try {
            GreenMailUser box = imap.setUser("bounces@newsroom.test", "bounces", "bounce-password");
            box.deliver(report(bounced, "failed", "5.1.1", "smtp; 550 5.1.1 <" + bounced + ">: User unknown"));
            box.deliver(report(delayed, "delayed", "4.4.7", "smtp; 450 4.2.0 mailbox busy"));
            MimeMessage outOfOffice = new MimeMessage((jakarta.mail.Session) null);
            outOfOffice.setFrom(delayed);
            outOfOffice.setSubject("Out of office");
            outOfOffice.setText("Back on Monday. " + bounced);
            box.deliver(outOfOffice);
            BounceMailbox mailbox = new BounceMailbox(new BounceMailboxProperties("127.0.0.1",
                    imap.getImap().getPort(), "imap", "bounces", "bounce-password", "INBOX", Duration.ofMinutes(5),
                    Map.of()), bounces);
            assertThat(mailbox.read()).isEqualTo(1);
            // each message is read once
            assertThat(mailbox.read()).isZero();
        } finally {
            imap.stop();
        }
        assertThat(pause(bounced)).containsExactly("BOUNCED",
                "5.1.1 smtp; 550 5.1.1 <" + bounced + ">: User unknown");
        assertThat(pause(delayed)).containsExactly(null, null);
        String alerts = signIn(bounced).get("/me/alerts").body();
        assertThat(alerts).contains("Paused at once: the mail server refuses your address for good",
                "User unknown");
    }

    /** A delivery status notification (RFC 3464) as a mail system sends it back, about one recipient. */
    private static MimeMessage report(String recipient, String action, String status, String diagnostic)
            throws Exception {
        String raw = String.join("\r\n",
                "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>",
                "To: bounces@newsroom.test",
                "Subject: Undelivered Mail Returned to Sender",
                "MIME-Version: 1.0",
                "Content-Type: multipart/report; report-type=delivery-status; boundary=\"report\"",
                "",
                "--report",
                "Content-Type: text/plain; charset=us-ascii",
                "",
                "Your message could not be delivered to one or more recipients.",
                "",
                "--report",
                "Content-Type: message/delivery-status",
                "",
                "Reporting-MTA: dns; mx.example.org",
                "Arrival-Date: Mon, 7 Dec 2026 09:00:00 +0100",
                "",
                "Final-Recipient: rfc822; " + recipient,
                "Original-Recipient: rfc822;" + recipient,
                "Action: " + action,
                "Status: " + status,
                "Diagnostic-Code: " + diagnostic,
                "",
                "--report",
                "Content-Type: text/rfc822-headers",
                "",
                "From: newsroom@localhost",
                "To: " + recipient,
                "Subject: An alert",
                "",
                "--report--",
                "");
        return new MimeMessage(null, new java.io.ByteArrayInputStream(raw.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    @Test
    void aMatchThatFailedAfterTheCommitIsRunAgainFromTheRegistryAndMailedOnce() throws Exception {
        String reader = confirmedReaderFollowingActor(Role.JOURNALIST);
        long actor = followedActor(reader);
        // the outbox write fails, as a database error would make it: a trigger refuses this test's item
        jdbc.sql("""
                create function refuse_lost_match() returns trigger language plpgsql as $$
                begin
                    if exists (select 1 from briefing where id = new.briefing_id and title like 'Lost match %') then
                        raise exception 'the outbox refuses the item';
                    end if;
                    return new;
                end $$""").update();
        jdbc.sql("create trigger refuse_lost_match before insert on alert_delivery for each row"
                + " execute function refuse_lost_match()").update();
        long item;
        try {
            item = publish("Lost match " + UUID.randomUUID(), actor, null);
        } finally {
            jdbc.sql("drop trigger refuse_lost_match on alert_delivery").update();
            jdbc.sql("drop function refuse_lost_match()").update();
        }
        // the publication committed, the match did not: nothing mailed, the event left incomplete in the registry
        assertThat(briefings.findById(item).orElseThrow().getStatus().name()).isEqualTo("PUBLISHED");
        outbox.sendDue(Instant.now());
        assertThat(mailsTo(reader)).hasSize(1);
        assertThat(incompletePublications(item)).isPositive();

        // not run again while it may still be under way
        matchingRetry.resubmit(Instant.now());
        assertThat(incompletePublications(item)).isPositive();
        // a node that stopped while it ran them again left them resubmitted an hour ago: still run again
        jdbc.sql("update event_publication set status = 'RESUBMITTED', last_resubmission_date = now() - interval '1 hour'"
                + " where completion_date is null and cast(serialized_event as jsonb) ->> 'briefingId' = ?")
                .param(String.valueOf(item)).update();
        // then run again and mailed, once
        matchingRetry.resubmit(Instant.now().plus(Duration.ofMinutes(2)));
        assertThat(incompletePublications(item)).isZero();
        outbox.sendDue(Instant.now());
        List<MimeMessage> mails = mailsTo(reader);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject()).contains(title(item));

        // nothing left to run again, nothing mailed twice
        matchingRetry.resubmit(Instant.now().plus(Duration.ofMinutes(5)));
        outbox.sendDue(Instant.now().plus(Duration.ofHours(3)));
        assertThat(mailsTo(reader)).hasSize(2);
    }

    /** The registry's publications of events about this item that no listener has completed. */
    private long incompletePublications(long item) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null"
                + " and cast(serialized_event as jsonb) ->> 'briefingId' = ?").param(String.valueOf(item))
                .query(Long.class).single();
    }

    private void correct(long item, String title) {
        transaction.executeWithoutResult(t -> {
            Briefing briefing = briefings.findById(item).orElseThrow();
            briefing.write(new BriefingContent(title, BriefingKind.PRESS_RELEASE, "en", briefing.getTranslationGroup(),
                    briefing.getEventDate(), "Brussels", null, "The corrected body of " + title + ".", null,
                    List.of("In short: " + title)));
            briefings.saveAndFlush(briefing);
        });
    }

    /** Publishes a new briefing that reports the commitment. */
    private long publishReporting(String title, long commitment) {
        long id = transaction.execute(t -> {
            String slug = "alert-test-" + UUID.randomUUID();
            Briefing briefing = new Briefing(slug, slug);
            briefing.write(new BriefingContent(title, BriefingKind.PRESS_RELEASE, "en", slug, LocalDate.now(), "Brussels",
                    null, "The body of " + title + ".", null, List.of("In short: " + title)));
            briefing.publish(null, Instant.now());
            Briefing saved = briefings.saveAndFlush(briefing);
            commitments.findById(commitment).orElseThrow().reportedIn(saved);
            return saved.getId();
        });
        return id;
    }

    /** A new reader who follows the commitment from its page and confirmed the address. */
    private String confirmedReaderFollowingCommitment(String slug) throws Exception {
        String reader = newReader(Role.ANALYST);
        signIn(reader).postForm("/me/alerts/follow", List.of(Map.entry("kind", "commitment"), Map.entry("slug", slug)));
        List<MimeMessage> mails = mailsTo(reader);
        assertThat(mails).hasSize(1);
        confirm(mails.get(0));
        return reader;
    }

    /** An import line of a small English press release with this external id and the rest of its fields. */
    private static String importLine(String externalId, String statusAndMore) {
        return "{\"externalId\":\"" + externalId + "\",\"lang\":\"en\",\"kind\":\"press-release\",\"title\":\"Item "
                + externalId + "\",\"date\":\"2026-06-01\",\"body\":\"Text of " + externalId + ".\"," + statusAndMore + "}";
    }

    /** Imports the line as the demo editor; every part of it is taken. */
    private void importOk(String line) {
        var response = http.importNdjson(line + "\n", "editor@newsroom.example");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).as(response.body()).contains("\"rejected\":0");
    }

    /** Why the reader's one alert is paused, and the server's answer: [paused, paused_detail]. */
    private List<String> pause(String reader) {
        return jdbc.sql("select a.paused, a.paused_detail from alert a join account acc on acc.id = a.account_id"
                + " where acc.username = ?").param(reader)
                .query((rs, n) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2))).single();
    }

    private int attempts(String reader) {
        return jdbc.sql("select max(d.attempts) from alert_delivery d join alert a on a.id = d.alert_id"
                + " join account acc on acc.id = a.account_id where acc.username = ?").param(reader)
                .query(Integer.class).single();
    }

    private String newReader(Role role) {
        String username = "alerts-" + UUID.randomUUID().toString().substring(0, 8) + "@newsroom.example";
        accounts.save(new Account(username, "Alert reader", passwords.encode(PASSWORD), role));
        return username;
    }

    private SignedInBrowser signIn(String username) {
        return SignedInBrowser.as(http.base(), username, PASSWORD);
    }

    /** A new reader who follows a new actor of their own (no other test's items match) and confirmed the address. */
    private String confirmedReaderFollowingActor(Role role) throws Exception {
        String reader = newReader(role);
        String slug = "alert-actor-" + UUID.randomUUID().toString().substring(0, 8);
        // a public directory entry (only what readers may see can be followed)
        jdbc.sql("insert into actor (slug, kind, name, public_from) values (?, 'PERSON', ?, now() - interval '1 day')")
                .param(slug).param("Actor " + slug).update();
        SignedInBrowser browser = signIn(reader);
        browser.postForm("/me/alerts/follow", List.of(Map.entry("kind", "actor"), Map.entry("slug", slug)));
        List<MimeMessage> mails = mailsTo(reader);
        assertThat(mails).hasSize(1);
        confirm(mails.get(0));
        return reader;
    }

    private long followedActor(String reader) {
        return jdbc.sql("select a.target_id from alert a join account acc on acc.id = a.account_id where acc.username = ?")
                .param(reader).query(Long.class).single();
    }

    /** Publishes a new briefing as the desk does, then announces it as the publishing paths do. */
    private long publish(String title, Long speaker, Instant embargo) {
        return publish(title, "en", null, speaker, embargo);
    }

    /** Publishes one language version of an item (a translation group). */
    private long publishVersion(String title, String lang, String group, long speaker) {
        return publish(title, lang, group, speaker, null);
    }

    private long publish(String title, String lang, String group, Long speaker, Instant embargo) {
        Instant now = Instant.now();
        long id = transaction.execute(t -> {
            String slug = "alert-test-" + UUID.randomUUID();
            Briefing briefing = new Briefing(slug, slug);
            briefing.write(new BriefingContent(title, BriefingKind.PRESS_RELEASE, lang, group == null ? slug : group,
                    LocalDate.now(), "Brussels",
                    null, "The body of " + title + ".", null, List.of("In short: " + title)));
            if (speaker != null) {
                briefing.attribute(null, actors.findById(speaker).orElseThrow());
            }
            briefing.publish(embargo, now);
            return briefings.saveAndFlush(briefing).getId();
        });
        events(id, embargo);
        return id;
    }

    private void events(long id, Instant embargo) {
        Instant now = Instant.now();
        transaction.executeWithoutResult(t -> events.publishEvent(embargo == null ? new BriefingBecamePublic(id, now)
                : new BriefingPublishedUnderEmbargo(id, now, embargo)));
    }

    private String title(long briefing) {
        return jdbc.sql("select title from briefing where id = ?").param(briefing).query(String.class).single();
    }

    private String slug(long briefing) {
        return jdbc.sql("select slug from briefing where id = ?").param(briefing).query(String.class).single();
    }

    /** Follows the confirmation mail's link as the reader does: the page, then its button (no session needed). */
    private void confirm(MimeMessage mail) throws Exception {
        Matcher link = CONFIRM.matcher(part(mail, "text/plain"));
        assertThat(link.find()).isTrue();
        assertThat(part(mail, "text/html")).contains(link.group().replace("&", "&amp;"));
        HttpClient client = HttpClient.newHttpClient();
        assertThat(client.send(HttpRequest.newBuilder(URI.create(http.base() + link.group(1))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(client.send(HttpRequest.newBuilder(URI.create(http.base() + link.group(1)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
    }

    /** The RFC 8058 request: a POST to the List-Unsubscribe address with List-Unsubscribe=One-Click, no cookie. */
    private HttpResponse<String> oneClick(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<MimeMessage> mailsTo(String reader) throws Exception {
        return mailbox.received().stream().filter(m -> {
            try {
                Address[] to = m.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(reader));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String header(MimeMessage mail, String name) throws Exception {
        String[] values = mail.getHeader(name);
        assertThat(values).as(name).hasSize(1);
        return values[0];
    }

    private static String part(MimeMessage mail, String type) throws Exception {
        String found = find(mail.getContent(), type);
        assertThat(found).as(type + " part").isNotNull();
        return found;
    }

    private static String find(Object content, String type) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return String.valueOf(part.getContent());
                }
                String nested = find(part.getContent(), type);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
