package eu.newsroom.ingest;

import eu.newsroom.actor.ActorRepository;
import eu.newsroom.briefing.Briefing;
import eu.newsroom.briefing.BriefingRepository;
import eu.newsroom.briefing.PublicationStatus;
import eu.newsroom.importer.BriefingImport;
import eu.newsroom.importer.ImportReport;
import eu.newsroom.ingest.internal.HeadReader;
import eu.newsroom.ingest.internal.DatelineReader;
import eu.newsroom.initiative.InitiativeRepository;
import eu.newsroom.shared.Slugs;
import eu.newsroom.web.BadRequestException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saves what the editor accepted as a DRAFT briefing, through the importer's own path (one NDJSON line,
 * docs/import-format.md), so the briefing, its statements, commitments, initiatives and topics are
 * written, linked, revisioned and audited exactly as an import would. The same text saved again
 * updates the same draft (its externalId is a digest of the text), never a published item.
 */
@Service
class DraftSaving {

    private final BriefingImport importer;
    private final BriefingRepository briefings;
    private final InitiativeRepository initiatives;
    private final ActorRepository actors;
    private final JsonMapper json = JsonMapper.builder().build();

    DraftSaving(BriefingImport importer, BriefingRepository briefings, InitiativeRepository initiatives,
            ActorRepository actors) {
        this.importer = importer;
        this.briefings = briefings;
        this.initiatives = initiatives;
        this.actors = actors;
    }

    /** Stores the accepted proposals as a draft; returns the briefing's slug. */
    String save(DraftForm form, String editor, String clientAddress) {
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
        String line = json.writeValueAsString(line(form, text, lang, externalId));
        ImportReport report = importer.importFrom(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
                new BriefingImport.Sender(editor, clientAddress));
        if (report.rejected() > 0) {
            throw new BadRequestException("ingest.error.import", report.errors().get(0).reason());
        }
        return briefings.findByExternalId(externalId).map(Briefing::getSlug).orElseThrow();
    }

    private Map<String, Object> line(DraftForm form, String text, String lang, String externalId) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("externalId", externalId);
        line.put("lang", lang);
        line.put("kind", form.getKind());
        line.put("title", form.getTitle().strip());
        line.put("date", form.getDate().toString());
        line.put("place", blankToNull(form.getPlace()));
        line.put("status", "draft");
        line.put("summary", form.getPoints().stream().filter(DraftForm.PointField::isAccepted)
                .map(DraftForm.PointField::getText).filter(p -> p != null && !p.isBlank()).toList());
        line.put("body", body(text));
        line.put("topics", form.getTopics().stream().filter(DraftForm.TopicField::isAccepted)
                .map(DraftForm.TopicField::getSlug).distinct().toList());
        List<Map<String, Object>> newActors = new ArrayList<>();
        line.put("initiatives", initiatives(form, lang));
        line.put("commitments", commitments(form, externalId));
        line.put("statements", statements(form, externalId, newActors));
        line.put("actors", newActors);
        return line;
    }

    /** The body is the text without its title line and its "in short" block, which are stored apart. */
    private static String body(String text) {
        StringBuilder body = new StringBuilder(text);
        var points = HeadReader.points(text);
        points.ifPresent(p -> body.replace(p.block().start(), Math.min(body.length(), p.block().end()), ""));
        var title = HeadReader.title(text, DatelineReader.read(text));
        if (title.isPresent() && (points.isEmpty() || title.get().end() <= points.get().block().start())) {
            body.replace(title.get().start(), title.get().end(), "");
        }
        String result = body.toString().replaceAll("\n{3,}", "\n\n").strip();
        return result.isEmpty() ? text : result;
    }

    private List<Map<String, Object>> initiatives(DraftForm form, String lang) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (DraftForm.InitiativeField field : form.getInitiatives()) {
            if (!field.isAccepted()) {
                continue;
            }
            String slug = field.isKnown() ? field.getSlug() : Slugs.of(required(field.getName(), "ingest.error.initiative"));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("slug", slug);
            // an initiative already stored is only referenced: a draft never rewrites it
            if (!field.isKnown() && initiatives.findBySlug(slug).isEmpty()) {
                entry.put("name", field.getName().strip());
                entry.put("kind", field.getKind() == null ? "project" : field.getKind());
                entry.put("status", "proposed");
                entry.put("aliases", Map.of(lang, List.of(field.getName().strip())));
            }
            result.add(entry);
        }
        return result;
    }

    private List<Map<String, Object>> commitments(DraftForm form, String externalId) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (DraftForm.CommitmentField field : form.getCommitments()) {
            if (!field.isAccepted()) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("slug", commitmentSlug(field, externalId));
            entry.put("title", required(field.getTitle(), "ingest.error.commitmentTitle").strip());
            entry.put("donor", required(field.getDonor(), "ingest.error.donor"));
            entry.put("recipient", blankToNull(field.getRecipient()));
            entry.put("category", field.getCategory());
            entry.put("status", field.getStatus());
            if (field.getAmount() != null) {
                boolean range = "range".equals(field.getQualifier());
                entry.put("amount", field.getAmount());
                entry.put("amountHigh", range ? field.getAmountHigh() : null);
                entry.put("currency", field.getCurrency());
                entry.put("qualifier", field.getQualifier());
            }
            result.add(entry);
        }
        return result;
    }

    private List<Map<String, Object>> statements(DraftForm form, String externalId, List<Map<String, Object>> newActors) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (DraftForm.StatementField field : form.getStatements()) {
            if (!field.isAccepted()) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("speaker", speaker(field, newActors));
            entry.put("role", blankToNull(field.getRole()));
            entry.put("kind", field.getKind());
            entry.put("text", required(field.getText(), "ingest.error.statementText"));
            entry.put("commitments", field.getCommitmentRefs().stream().filter(i -> accepted(form.getCommitments(), i))
                    .map(i -> commitmentSlug(form.getCommitments().get(i), externalId)).toList());
            entry.put("initiatives", field.getInitiativeRefs().stream().filter(i -> accepted(form.getInitiatives(), i))
                    .map(i -> form.getInitiatives().get(i))
                    .map(i -> i.isKnown() ? i.getSlug() : Slugs.of(i.getName())).toList());
            result.add(entry);
        }
        return result;
    }

    /** A known speaker by slug, or a new person defined in the same line (referenced if already stored). */
    private String speaker(DraftForm.StatementField field, List<Map<String, Object>> newActors) {
        if (field.getSpeaker() != null && !field.getSpeaker().isBlank()) {
            return field.getSpeaker();
        }
        String name = required(field.getNewSpeaker(), "ingest.error.speaker").strip();
        String slug = Slugs.of(name);
        boolean defined = newActors.stream().anyMatch(a -> slug.equals(a.get("slug")));
        if (!defined && actors.findBySlug(slug).isEmpty()) {
            newActors.add(Map.of("slug", slug, "kind", "person", "name", name));
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
