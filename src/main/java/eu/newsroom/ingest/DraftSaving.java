package eu.newsroom.ingest;

import eu.newsroom.shared.ActingUser;
import eu.newsroom.actor.ActorRepository;
import eu.newsroom.briefing.Briefing;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.briefing.PublicationStatus;
import eu.newsroom.importer.BriefingImport;
import eu.newsroom.importer.BriefingLine;
import eu.newsroom.importer.BriefingLine.ActorEntry;
import eu.newsroom.importer.BriefingLine.CommitmentEntry;
import eu.newsroom.importer.BriefingLine.InitiativeEntry;
import eu.newsroom.importer.BriefingLine.StatementEntry;
import eu.newsroom.importer.ImportReport;
import eu.newsroom.initiative.InitiativeRepository;
import eu.newsroom.shared.Slugs;
import eu.newsroom.web.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Saves what the editor accepted as a DRAFT briefing, through the importer's own path (one import line,
 * docs/import-format.md, built as a {@link BriefingLine}), so the briefing, its statements, commitments,
 * initiatives and topics are written, linked, revisioned and audited exactly as an import would. The body
 * is always the whole pasted text. The same text saved again updates the same draft (its externalId is a
 * digest of the text), never a published item.
 */
@Service
class DraftSaving {

    private final BriefingImport importer;
    private final BriefingRepository briefings;
    private final InitiativeRepository initiatives;
    private final ActorRepository actors;

    DraftSaving(BriefingImport importer, BriefingRepository briefings, InitiativeRepository initiatives,
            ActorRepository actors) {
        this.importer = importer;
        this.briefings = briefings;
        this.initiatives = initiatives;
        this.actors = actors;
    }

    /** Stores the accepted proposals as a draft; returns the briefing's slug. */
    String save(DraftForm form, ActingUser editor) {
        String text = PressTextReader.plainText(form.getText());
        String lang = PressTextReader.language(form.getLang());
        if (lang == null) {
            throw new BadRequestException("ingest.error.langRequired");
        }
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            throw new BadRequestException("ingest.error.title");
        }
        if (form.getDate() == null) {
            throw new BadRequestException("ingest.error.date");
        }
        String externalId = "assistant-" + digest(lang + "\n" + text).substring(0, 24);
        briefings.findByExternalId(externalId).filter(b -> b.getStatus() != PublicationStatus.DRAFT).ifPresent(b -> {
            throw new BadRequestException("ingest.error.notDraft", b.getSlug());
        });
        ImportReport report = importer.importLine(line(form, text, lang, externalId), editor);
        if (report.rejected() > 0) {
            throw new BadRequestException("ingest.error.import", report.errors().get(0).reason());
        }
        return briefings.findByExternalId(externalId).map(Briefing::getSlug).orElseThrow();
    }

    private BriefingLine line(DraftForm form, String text, String lang, String externalId) {
        List<String> summary = form.getPoints().stream().filter(DraftForm.PointField::isAccepted)
                .map(DraftForm.PointField::getText).filter(p -> p != null && !p.isBlank()).toList();
        List<Object> topics = form.getTopics().stream().filter(DraftForm.TopicField::isAccepted)
                .map(DraftForm.TopicField::getSlug).distinct().map(slug -> (Object) slug).toList();
        List<ActorEntry> newActors = new ArrayList<>();
        List<InitiativeEntry> initiatives = initiatives(form, lang);
        List<CommitmentEntry> commitments = commitments(form, externalId, newActors);
        List<StatementEntry> statements = statements(form, externalId, newActors);
        // the body is the whole pasted text: what the editor unticks is never cut out of it (issue 18)
        return new BriefingLine(externalId, lang, form.getKind(), form.getTitle().strip(), form.getDate().toString(),
                text, null, blankToNull(form.getPlace()), null, null, null, null, summary, null, topics, null, "draft",
                null, null, newActors, initiatives, commitments, statements);
    }

    private List<InitiativeEntry> initiatives(DraftForm form, String lang) {
        List<InitiativeEntry> result = new ArrayList<>();
        for (DraftForm.InitiativeField field : form.getInitiatives()) {
            if (!field.isAccepted()) {
                continue;
            }
            String slug = field.isKnown() ? field.getSlug() : Slugs.of(required(field.getName(), "ingest.error.initiative"));
            // an initiative already stored is only referenced: a draft never rewrites it
            boolean define = !field.isKnown() && initiatives.findBySlug(slug).isEmpty();
            result.add(define ? new InitiativeEntry(slug, field.getName().strip(),
                    field.getKind() == null ? "project" : field.getKind(), "proposed", null,
                    Map.of(lang, List.of(field.getName().strip())), null, null, null, null, null)
                    : new InitiativeEntry(slug, null, null, null, null, null, null, null, null, null, null));
        }
        return result;
    }

    private List<CommitmentEntry> commitments(DraftForm form, String externalId, List<ActorEntry> newActors) {
        List<CommitmentEntry> result = new ArrayList<>();
        for (DraftForm.CommitmentField field : form.getCommitments()) {
            if (!field.isAccepted()) {
                continue;
            }
            boolean withAmount = field.getAmount() != null;
            boolean range = "range".equals(field.getQualifier());
            result.add(new CommitmentEntry(commitmentSlug(field, externalId),
                    required(field.getTitle(), "ingest.error.commitmentTitle").strip(),
                    party(field.getDonor(), required(blankToNull(field.getDonor()) != null ? field.getDonor()
                            : field.getNewDonor(), "ingest.error.donor"), newActors),
                    party(field.getRecipient(), field.getNewRecipient(), newActors),
                    field.getCategory(), field.getAmount(), withAmount && range ? field.getAmountHigh() : null,
                    withAmount ? field.getCurrency() : null, withAmount ? field.getQualifier() : null, null, null, null,
                    field.getStatus(), null, null, null, null, null, null));
        }
        return result;
    }

    private List<StatementEntry> statements(DraftForm form, String externalId, List<ActorEntry> newActors) {
        List<StatementEntry> result = new ArrayList<>();
        for (DraftForm.StatementField field : form.getStatements()) {
            if (!field.isAccepted()) {
                continue;
            }
            List<String> commitments = field.getCommitmentRefs().stream().filter(i -> accepted(form.getCommitments(), i))
                    .map(i -> commitmentSlug(form.getCommitments().get(i), externalId)).toList();
            List<String> initiatives = field.getInitiativeRefs().stream().filter(i -> accepted(form.getInitiatives(), i))
                    .map(i -> form.getInitiatives().get(i))
                    .map(i -> i.isKnown() ? i.getSlug() : Slugs.of(i.getName())).toList();
            result.add(new StatementEntry(speaker(field, newActors), blankToNull(field.getRole()), field.getKind(),
                    required(field.getText(), "ingest.error.statementText"), null, null, null, null, commitments,
                    initiatives));
        }
        return result;
    }

    /** A known speaker by slug, or a new person (or institution) defined in the same line (referenced if already stored). */
    private String speaker(DraftForm.StatementField field, List<ActorEntry> newActors) {
        if (field.getSpeaker() != null && !field.getSpeaker().isBlank()) {
            return field.getSpeaker();
        }
        String kind = "institution".equals(field.getSpeakerKind()) ? "institution" : "person";
        return newActor(required(field.getNewSpeaker(), "ingest.error.speaker"), kind, newActors);
    }

    /**
     * A commitment's party: the known actor chosen, else the party as the text names it, added as a new institution
     * (the editor confirmed it by ticking the commitment; the desk can map it to another actor later), else none.
     */
    private String party(String chosen, String named, List<ActorEntry> newActors) {
        if (chosen != null && !chosen.isBlank()) {
            return chosen;
        }
        return named == null || named.isBlank() ? null : newActor(named, "institution", newActors);
    }

    /** A new actor defined in the same line, unless the line or the newsroom has it already: its slug. */
    private String newActor(String name, String kind, List<ActorEntry> newActors) {
        String slug = Slugs.of(name.strip());
        boolean defined = newActors.stream().anyMatch(a -> slug.equals(a.slug()));
        if (!defined && actors.findBySlug(slug).isEmpty()) {
            newActors.add(new ActorEntry(slug, kind, name.strip(), null, null, null));
        }
        return slug;
    }

    private static boolean accepted(List<? extends Object> fields, Integer index) {
        if (index == null || index < 0 || index >= fields.size()) {
            return false;
        }
        Object field = fields.get(index);
        return field instanceof DraftForm.CommitmentField c ? c.isAccepted()
                : field instanceof DraftForm.InitiativeField i && i.isAccepted() && i.getName() != null;
    }

    /** Stable for the same text and the same place in it, so saving again updates the same commitment. */
    private static String commitmentSlug(DraftForm.CommitmentField field, String externalId) {
        List<String> words = List.of(Slugs.of(field.getTitle() == null ? "commitment" : field.getTitle()).split("-"));
        String readable = String.join("-", words.subList(0, Math.min(6, words.size())));
        return readable + "-" + digest(externalId + ":" + field.getStart()).substring(0, 8);
    }

    private static String required(String value, String messageKey) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(messageKey);
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String digest(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
