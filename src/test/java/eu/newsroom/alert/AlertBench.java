package eu.newsroom.alert;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.actor.ActorRepository;
import eu.newsroom.briefing.Briefing;
import eu.newsroom.briefing.BriefingBecamePublic;
import eu.newsroom.briefing.BriefingContent;
import eu.newsroom.briefing.BriefingKind;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.support.NewsroomTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures of docs/alerts.md (not part of the suite: its name does not end in Test). Run with
 * {@code /work/wt/build -B -o -q test -Dtest=AlertBench -Dsurefire.failIfNoSpecifiedTests=false}; it prints lines
 * starting with BENCH. On the test application: embedded PostgreSQL, the demo mailbox (GreenMail) as SMTP server.
 */
@NewsroomTest
class AlertBench {

    private static final int READERS = 10_000;
    private static final int ACTORS = 1_000;
    private static final int PER_READER = 10;

    @Autowired
    JdbcClient jdbc;
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

    @Test
    void figures() {
        long setUp = System.nanoTime();
        jdbc.sql("""
                insert into account (username, display_name, password_hash, role)
                select 'bench-' || g || '@bench.example', 'Bench ' || g, '{noop}unused', 'JOURNALIST'
                from generate_series(1, :n) g""").param("n", READERS).update();
        jdbc.sql("""
                insert into alert_address (account_id, email, confirmed_at)
                select id, username, now() from account where username like 'bench-%@bench.example'""").update();
        jdbc.sql("""
                insert into actor (slug, kind, name) select 'bench-actor-' || g, 'PERSON', 'Bench actor ' || g
                from generate_series(1, :n) g""").param("n", ACTORS).update();
        jdbc.sql("""
                insert into alert (account_id, kind, target_id, label, locale)
                select acc.id, 'ACTOR', act.id, act.name, 'en'
                from account acc cross join generate_series(0, :per - 1) k
                join actor act on act.slug = 'bench-actor-'
                    || ((cast(substring(acc.username from 'bench-([0-9]+)@') as int) * :per + k) % :actors + 1)
                where acc.username like 'bench-%@bench.example'""")
                .param("per", PER_READER).param("actors", ACTORS).update();
        long stored = jdbc.sql("select count(*) from alert").query(Long.class).single();
        jdbc.sql("analyze").update();
        System.out.printf("BENCH set-up: %d stored alerts (%d readers x %d actors) in %d ms%n", stored, READERS,
                PER_READER, (System.nanoTime() - setUp) / 1_000_000);

        // matching cost per published item against the stored alerts (each item's actor is followed by 100)
        List<Long> matchMillis = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            long actor = actorId("bench-actor-" + (i * 37));
            long item = publish("Bench item " + i, actor);
            long start = System.nanoTime();
            announce(item);
            matchMillis.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(matchMillis);
        System.out.printf("BENCH matching one item against %d stored alerts: median %d ms, max %d ms (20 items, 100"
                + " matches each)%n", stored, matchMillis.get(10), matchMillis.get(19));
        // followed searches: each distinct search runs once against the item in the index
        jdbc.sql("""
                insert into alert (account_id, kind, query, label, locale)
                select acc.id, 'SEARCH', 'ammunition ' || (cast(substring(acc.username from 'bench-([0-9]+)@') as int) % 100),
                    'bench search', 'en'
                from account acc where acc.username like 'bench-%@bench.example'
                  and cast(substring(acc.username from 'bench-([0-9]+)@') as int) <= 1000""").update();
        List<Long> searchMillis = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            long item = publish("Bench ammunition item " + i, actorId("bench-actor-" + (i * 41)));
            long start = System.nanoTime();
            announce(item);
            searchMillis.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(searchMillis);
        System.out.printf("BENCH matching one item against %d stored alerts of which 1000 searches (100 distinct):"
                + " median %d ms, max %d ms (10 items)%n", stored + 1000, searchMillis.get(5), searchMillis.get(9));
        jdbc.sql("delete from alert where kind = 'SEARCH' and label = 'bench search'").update();

        long rows = jdbc.sql("select count(*) from alert_delivery where state = 'PENDING'").query(Long.class).single();
        long sendStart = System.nanoTime();
        int sent = outbox.sendDue(Instant.now());
        System.out.printf("BENCH sending %d outbox rows: %d items mailed in %d ms%n", rows, sent,
                (System.nanoTime() - sendStart) / 1_000_000);

        // 10 000 alerts matching one item: publication to the last mail handed to SMTP
        jdbc.sql("insert into actor (slug, kind, name) values ('bench-everyone', 'PERSON', 'Followed by everyone')").update();
        long everyone = actorId("bench-everyone");
        jdbc.sql("""
                insert into alert (account_id, kind, target_id, label, locale)
                select id, 'ACTOR', :actor, 'Followed by everyone', 'en' from account
                where username like 'bench-%@bench.example'""").param("actor", everyone).update();
        mailbox.empty();
        long item = publish("Bench item for everyone " + UUID.randomUUID(), everyone);
        long start = System.nanoTime();
        announce(item);
        long matched = (System.nanoTime() - start) / 1_000_000;
        int mailed = outbox.sendDue(Instant.now());
        long total = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("BENCH %d alerts matching one item: matched in %d ms, %d mails handed to SMTP %d ms after"
                + " publication (%d received)%n", READERS, matched, mailed, total, mailbox.received().size());
        assertThat(mailed).isEqualTo(READERS);
    }

    private long actorId(String slug) {
        return jdbc.sql("select id from actor where slug = ?").param(slug).query(Long.class).single();
    }

    private long publish(String title, long speaker) {
        Instant now = Instant.now();
        return transaction.execute(t -> {
            String slug = "bench-" + UUID.randomUUID();
            Briefing briefing = new Briefing(slug, slug);
            briefing.write(new BriefingContent(title, BriefingKind.PRESS_RELEASE, "en", slug, LocalDate.now(), "Brussels",
                    null, "The body of " + title + ".", null, List.of("In short: " + title)));
            briefing.attribute(null, actors.findById(speaker).orElseThrow());
            briefing.publish(null, now);
            return briefings.saveAndFlush(briefing).getId();
        });
    }

    /** The publication event as a publishing path sends it; matching runs when this transaction commits. */
    private void announce(long item) {
        transaction.executeWithoutResult(t -> events.publishEvent(new BriefingBecamePublic(item, Instant.now())));
    }
}
