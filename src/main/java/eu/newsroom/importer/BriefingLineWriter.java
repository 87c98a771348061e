package eu.newsroom.importer;

import static eu.newsroom.importer.LineFields.choice;
import static eu.newsroom.importer.LineFields.instant;
import static eu.newsroom.importer.LineFields.optional;
import static eu.newsroom.importer.LineFields.required;
import static eu.newsroom.importer.LineFields.requiredDate;
import static eu.newsroom.importer.LineFields.requiredLanguage;
import static eu.newsroom.importer.LineFields.slug;

import eu.newsroom.briefing.Briefing;
import eu.newsroom.briefing.BriefingContent;
import eu.newsroom.briefing.BriefingKind;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.briefing.PublicationStatus;
import eu.newsroom.shared.ActingUser;
import eu.newsroom.shared.LanguageGuess;
import eu.newsroom.shared.Slugs;
import eu.newsroom.visibility.Visibility;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes one validated import line: the briefing and everything it defines or links, in the
 * order actors, topics, briefing, initiatives, commitments, statements. Runs inside the line's
 * transaction; any exception rolls the whole line back.
 */
@Component
class BriefingLineWriter {

    private static final int MAX_BODY = 1_000_000;
    private static final int MAX_POINTS = 20;

    private final BriefingRepository briefings;
    private final ActorAndTopicImport actorsAndTopics;
    private final InitiativeImport initiatives;
    private final CommitmentImport commitments;
    private final StatementImport statements;
    private final Clock clock;
    private final PendingChanges pendingChanges;

    BriefingLineWriter(BriefingRepository briefings, ActorAndTopicImport actorsAndTopics, InitiativeImport initiatives,
            CommitmentImport commitments, StatementImport statements, Clock clock, PendingChanges pendingChanges) {
        this.pendingChanges = pendingChanges;
        this.briefings = briefings;
        this.actorsAndTopics = actorsAndTopics;
        this.initiatives = initiatives;
        this.commitments = commitments;
        this.statements = statements;
        this.clock = clock;
    }

    /** Stores the line as written by someone; true when the briefing is new, false when an existing one was updated. */
    boolean write(BriefingLine line, ActingUser author) {
        String externalId = required("externalId", line.externalId(), 200);
        BriefingContent content = content(line, externalId);
        PublicationStatus status = choice("status", line.status(), PublicationStatus.class, PublicationStatus.PUBLISHED);
        if (status == PublicationStatus.SCHEDULED || status == PublicationStatus.WITHDRAWN) {
            // these need a publication time or a withdrawal notice, which editors give in the editorial pages
            throw new InvalidLineException("status: '" + line.status().strip()
                    + "' is set by an editor in the editorial pages; import as draft, in-review or published");
        }
        Instant embargo = instant("embargoUntil", line.embargoUntil());
        Instant publishedAt = instant("publishedAt", line.publishedAt());
        String givenSlug = slug("slug", line.slug());

        Instant now = clock.instant();
        boolean publicNow = Visibility.anonymousAt(now).admits(status == PublicationStatus.PUBLISHED, embargo);
        Briefing existing = briefings.findByExternalId(externalId).orElse(null);
        if (existing != null) {
            // the line is the whole item: what an earlier version of it kept for later is replaced by what this one says
            pendingChanges.drop(existing.getId());
        }
        LineContext context = new LineContext(!publicNow, null, author);
        actorsAndTopics.defineActors(line.actors(), context);
        // thesaurus entries are defined without tagging this briefing with them
        actorsAndTopics.topics("thesaurus", line.thesaurus(), context);
        var topics = actorsAndTopics.topics("topics", line.topics(), context);

        Briefing briefing = existing != null ? existing : new Briefing(newSlug(givenSlug, content), externalId);
        if (existing != null && givenSlug != null && !givenSlug.equals(existing.getSlug())) {
            throw new InvalidLineException("slug: '" + givenSlug + "' differs from the stored permalink '"
                    + existing.getSlug() + "'; permalinks do not change");
        }
        checkOneVersionPerLanguage(briefing, content);
        briefing.write(content);
        briefing.attribute(actorsAndTopics.optionalActor("institution", line.institution(), context),
                actorsAndTopics.optionalActor("speaker", line.speaker(), context));
        briefing.changeStatus(status, embargo, publishedAt != null ? publishedAt : now);
        briefing.checkPublicAt(now);
        briefing.editedBy(author);
        // saving announces it (BriefingSaved, BriefingBecamePublic ...): indexing and what waited for it follow
        context.briefing = briefings.saveAndFlush(briefing);

        var mentioned = initiatives.define(line.initiatives(), context);
        briefing.retag(topics, mentioned);
        commitments.define(line.commitments(), context);
        statements.define(line.statements(), context);
        pendingChanges.keepOrReveal(context, briefing.publicFrom());
        return existing == null;
    }

    private static BriefingContent content(BriefingLine line, String externalId) {
        BriefingKind kind = choice("kind", line.kind(), BriefingKind.class, null);
        String title = required("title", line.title(), 500);
        LocalDate date = requiredDate("date", line.date());
        String body = required("body", line.body(), MAX_BODY);
        String lang = line.lang() == null || line.lang().isBlank() ? detectedLanguage(title, body)
                : requiredLanguage("lang", line.lang());
        String group = optional("group", line.group(), 200);
        String sourceUrl = optional("sourceUrl", line.sourceUrl(), 2000);
        if (sourceUrl != null && !sourceUrl.matches("^https?://\\S+$")) {
            throw new InvalidLineException("sourceUrl: must be an http(s) URL");
        }
        return new BriefingContent(title, kind, lang, group != null ? group : externalId, date,
                optional("place", line.place(), 200), optional("event", line.event(), 300), body, sourceUrl,
                points(line.summary()));
    }

    /** A line without {@code lang}: the language of its title and body, told by Lingua, or the line is refused. */
    private static String detectedLanguage(String title, String body) {
        return LanguageGuess.of(title + "\n" + body).orElseThrow(() -> new InvalidLineException(
                "lang: not given, and the language of the title and body could not be told; give a BCP 47 tag"));
    }

    private static List<String> points(List<String> summary) {
        List<String> points = new ArrayList<>();
        if (summary == null) {
            return points;
        }
        if (summary.size() > MAX_POINTS) {
            throw new InvalidLineException("summary: at most " + MAX_POINTS + " points");
        }
        for (int i = 0; i < summary.size(); i++) {
            points.add(required("summary[" + i + "]", summary.get(i), 2000));
        }
        return points;
    }

    private String newSlug(String given, BriefingContent content) {
        if (given != null) {
            if (briefings.existsBySlug(given)) {
                throw new InvalidLineException("slug: '" + given + "' is already the permalink of another briefing");
            }
            return given;
        }
        return briefings.unusedSlug(content.eventDate(), content.title());
    }

    private void checkOneVersionPerLanguage(Briefing briefing, BriefingContent content) {
        briefings.findByTranslationGroupAndLang(content.translationGroup(), content.lang())
                .filter(other -> !other.getId().equals(briefing.getId()))
                .ifPresent(other -> {
                    throw new InvalidLineException("group: '" + content.translationGroup() + "' already has a '"
                            + content.lang() + "' version (externalId " + other.getExternalId() + ")");
                });
    }
}
