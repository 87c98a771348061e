package eu.newsroom.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One line of the NDJSON import format (docs/import-format.md), as read, before validation.
 * Dates, enums and languages stay strings here so that a wrong value gets a clear message.
 * Public so that a module that builds a line itself (the import assistant) hands it over as it is,
 * through {@link BriefingImport#importLine}, instead of writing JSON for the importer to parse again.
 */
public record BriefingLine(
        String externalId, String lang, String kind, String title, String date, String body,
        String slug, String place, String institution, String event, String speaker, String group,
        List<String> summary, List<Object> thesaurus, List<Object> topics, String sourceUrl, String status, String embargoUntil,
        String publishedAt, List<ActorEntry> actors, List<InitiativeEntry> initiatives,
        List<CommitmentEntry> commitments, List<StatementEntry> statements) {

    /** See docs/import-format.md. */
    public record ActorEntry(String slug, String kind, String name, Map<String, String> names, String country,
            List<RoleEntry> roles) {
    }

    /** See docs/import-format.md. */
    public record RoleEntry(String title, String organisation, String from, String to) {
    }

    /** See docs/import-format.md. */
    public record TopicEntry(String slug, Map<String, String> labels, Map<String, List<String>> altLabels) {
    }

    /** See docs/import-format.md. */
    public record InitiativeEntry(String slug, String name, String kind, String status, List<String> leads,
            Map<String, List<String>> aliases, String description, String descriptionLang, String startDate,
            String endDate, List<Object> topics) {

        boolean isReference() {
            return name == null && kind == null && status == null && leads == null && aliases == null
                    && description == null && startDate == null && endDate == null && topics == null;
        }
    }

    /** See docs/import-format.md. */
    public record CommitmentEntry(String slug, String title, String donor, String recipient, String category,
            BigDecimal amount, BigDecimal amountHigh, String currency, String qualifier, BigDecimal amountEur,
            BigDecimal eurRate, String rateDate, String status, String from, String to, String announced,
            String initiative, String figure, String partOf) {

        boolean isReference() {
            return title == null && donor == null && recipient == null && category == null && amount == null
                    && currency == null && qualifier == null && status == null && from == null && to == null
                    && announced == null && initiative == null && figure == null && partOf == null;
        }
    }

    /** See docs/import-format.md. */
    public record StatementEntry(String speaker, String role, String kind, String text, String lang, String date,
            String place, List<Object> topics, List<String> commitments, List<String> initiatives) {
    }
}
