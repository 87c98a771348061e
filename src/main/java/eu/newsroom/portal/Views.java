package eu.newsroom.portal;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.time.LocalDate;
import java.util.List;

/** Read models for pages and the JSON API: plain records, never entities with lazy collections. */
public final class Views {

    private Views() {
    }

    public record Link(String slug, String name) {
    }

    public record LangLink(String slug, String name, String lang) {
    }

    /**
     * A briefing in a list. {@code embargoUntil} (Brussels time) is set while the briefing is under embargo, for the
     * accredited readers who get it that early; every read model that carries it means the same.
     */
    public record BriefingCard(String slug, String title, String kind, String lang, LocalDate date, String place,
            Link institution, List<String> summary, String url, ZonedDateTime embargoUntil) {
    }

    public record BriefingDetail(String slug, String externalId, String title, String kind, String lang,
            LocalDate date, String place, Link institution, Link speaker, String event, List<String> summary,
            List<String> paragraphs,
            // the body rendered by MarkdownRenderer.toSafeHtml (sanitised); the API keeps its established name
            @com.fasterxml.jackson.annotation.JsonProperty("bodyHtml") String sanitizedBodyHtml, String sourceUrl, String translationGroup, List<LangLink> versions,
            List<StatementView> statements, List<CommitmentView> commitments, List<InitiativeCard> initiatives,
            List<Link> topics, String citation, String url, ZonedDateTime embargoUntil) {
    }

    /** A withdrawn briefing: its permalink stays and tells the reader when and why it was withdrawn. */
    public record WithdrawnBriefing(String slug, String title, String lang, LocalDate date, ZonedDateTime withdrawnAt,
            String notice) {
    }

    public record StatementView(String slug, String text, String kind, String lang, LocalDate date, String place,
            Link speaker, String role, Link briefing, List<Link> topics, String url, List<Version> alsoIn,
            ZonedDateTime embargoUntil) {

        /** The same statement with its other language versions, for a list that shows one entry per statement. */
        public StatementView withVersions(List<Version> versions) {
            return new StatementView(slug, text, kind, lang, date, place, speaker, role, briefing, topics, url, versions,
                    embargoUntil);
        }

        /**
         * Whether the page sets quotation marks around the text: only for a quote that is the speaker's words alone;
         * a text that carries its own marks (a sentence with a quoted phrase) is shown as written.
         */
        public boolean quotedWords() {
            return "quote".equals(kind) && text != null && text.chars().noneMatch(c -> "\"„“”«»".indexOf(c) >= 0);
        }
    }

    /**
     * A commitment: {@code amount} in units of {@code currency} (187 billion is 187000000000),
     * {@code amountEur} its euro value where known, {@code display} the figure for the reader;
     * {@code figure} what the amount measures ("new", "cumulative": a running total as of
     * {@code asOf}, or "ceiling"), which decides how totals count it; {@code embargoUntil} the
     * embargo of its source briefing while it lasts.
     */
    public record CommitmentView(String slug, String title, Link donor, Link recipient, String category,
            BigDecimal amount, BigDecimal amountHigh, String currency, String qualifier, BigDecimal amountEur,
            String status, LocalDate periodFrom, LocalDate periodTo, LocalDate announced, String display,
            String url, String figure, LocalDate asOf, ZonedDateTime embargoUntil) {
    }

    public record HistoryStep(LocalDate date, String status, String display) {
    }

    /**
     * A commitment with its history and sources. {@code eurRate} (euro per unit) and {@code rateDate} are the
     * rate its euro value used; {@code rate} says whose rate it was and shows it for the reader;
     * {@code partOf} the public commitment it is part of, {@code parts} the public ones part of it.
     */
    public record CommitmentDetail(CommitmentView commitment, List<HistoryStep> history, Link source,
            List<StatementView> statements, BigDecimal eurRate, LocalDate rateDate, RateView rate, Link partOf,
            List<Link> parts) {
    }

    /**
     * The rate behind a euro value: {@code source} "ecb" (the ECB reference rate of the announcement date)
     * or "given" (by the source); {@code display} says it in the reader's language.
     */
    public record RateView(String source, LocalDate date, BigDecimal eurPerUnit, BigDecimal unitsPerEuro,
            String display) {
    }

    /** A commitment in another currency on the tracker: what it was stated in and the rate that made it euro. */
    public record ConversionView(String slug, String title, String stated, String euro, RateView rate, String url,
            ZonedDateTime embargoUntil) {
    }

    /** The entries of a timeline in one month, oldest first; {@code month} is the first day of the month. */
    public record TimelineMonth(LocalDate month, List<TimelineEntry> entries) {
    }

    /** An actor's or initiative's timeline: statements and briefings in date order, grouped by month. */
    public record Timeline(Link subject, String kind, List<TimelineMonth> months, int entries, boolean truncated) {
    }

    /** What two actors said on one topic, side by side. */
    public record Comparison(Link left, Link right, Link topic, List<StatementView> leftStatements,
            long leftTotal, List<StatementView> rightStatements, long rightTotal) {
    }

    public record InitiativeCard(String slug, String name, String kind, String status, List<Link> leads, String url) {
    }

    /**
     * A timeline entry; {@code alsoIn} the other language versions of the same statement or briefing;
     * {@code embargoUntil} the embargo of the briefing it is or comes from, while it lasts.
     */
    public record TimelineEntry(LocalDate date, String type, String text, String lang, String url, Link speaker,
            List<Version> alsoIn, ZonedDateTime embargoUntil) {

        /** An entry that is neither under embargo nor in other languages (an initiative's change of status). */
        public TimelineEntry(LocalDate date, String type, String text, String lang, String url, Link speaker) {
            this(date, type, text, lang, url, speaker, List.of(), null);
        }
    }

    /** Another language version of an item: its language code, the language's name for the reader, its address. */
    public record Version(String lang, String name, String url) {
    }

    public record InitiativeDetail(InitiativeCard initiative, List<LangLink> aliases, String description,
            String descriptionLang, LocalDate startDate, LocalDate endDate, List<Link> topics,
            List<TimelineEntry> timeline, List<CommitmentView> commitments, LocalDate firstReported) {
    }

    public record RoleView(String title, Link organisation, LocalDate from, LocalDate to) {
    }

    public record ActorCard(String slug, String name, String kind, String country, String url) {
    }

    public record ActorDetail(ActorCard actor, List<LangLink> names, List<RoleView> roles,
            List<StatementView> statements, List<CommitmentView> commitments) {
    }

    public record TopicCard(String slug, String label, List<LangLink> labels, String url) {
    }
}
