package eu.newsroom.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the import assistant proposes for one raw press text. Every proposal carries the offsets
 * ({@code start} inclusive, {@code end} exclusive) of the passage it was read from, counted in
 * {@link #text()}: the text as read, with HTML stripped and line breaks and spaces normalised.
 * Nothing here is stored: the editor accepts, edits or drops each proposal first.
 */
public record Extraction(String text, String lang, String langSource, Dateline dateline, Passage title,
        List<Passage> points, List<StatementProposal> statements, List<Amount> amounts,
        List<CommitmentProposal> commitments, List<InitiativeProposal> initiatives, List<TopicProposal> topics) {

    /** A passage of the text, such as the title or an "in short" point. */
    public record Passage(String text, int start, int end) {
    }

    /** Where and when the item was issued, as its first line says ("Brüssel, 1. Dezember 2025"). */
    public record Dateline(String place, LocalDate date, int start, int end) {
    }

    /**
     * A sum of money as written: the value in units (187 billion is 187000000000), the ISO 4217 currency,
     * the euro value only when the currency is EUR, and how it was qualified: exact, over, about, up-to,
     * or one bound of a range (range-low, range-high).
     */
    public record Amount(String raw, BigDecimal amount, String currency, BigDecimal amountEur, String qualifier,
            int start, int end) {
    }

    /**
     * Something said by a speaker: a quote (their own words in quotation marks: {@code text} is the words inside the
     * marks, a quotation split by its frame joined with " … ") or a paraphrase (reported speech: {@code text} is its
     * sentence). {@code context} is the whole sentence, frame included; {@code start}/{@code end} are its offsets.
     * {@code speakerKind} is person, institution or anonymous, or null when the text does not tell who speaks (then
     * {@code speaker} is null too and {@code note} says why); {@code speaker} is the name or description as written
     * (or the known actor's name); {@code actor} the slug of the known actor (for an anonymous source: of the known
     * institution it speaks for), null for a speaker the newsroom does not know yet; {@code role} the office held on
     * the day or as the text gives it. {@code note} is also "anaphora" when the speaker was found through a pronoun or
     * a dropped subject. {@code commitments} and {@code initiatives} index the proposals mentioned inside it.
     */
    public record StatementProposal(String kind, String text, String speaker, String actor, String role, int start,
            int end, List<Integer> commitments, List<Integer> initiatives, String speakerKind, String context,
            String note) {
    }

    /**
     * A commitment the text reports: with its amount (and the upper bound of a range), or without one
     * ("a two-year financing package"); donor and recipient are actor slugs where they could be told, and
     * {@code donorName} / {@code recipientName} the party as the text names it when the newsroom does not know it
     * (free text the editor confirms, or maps to an actor at the desk).
     */
    public record CommitmentProposal(String title, Amount amount, Amount amountHigh, String donor, String recipient,
            String category, String status, int start, int end, String donorName, String recipientName) {
    }

    /** A named initiative: a known one ({@code known}, by its slug) or a new name worth adding. */
    public record InitiativeProposal(String name, String slug, boolean known, String kind, int start, int end) {
    }

    /** A thesaurus topic the text is about, found through one of its labels. */
    public record TopicProposal(String slug, String label, int start, int end) {
    }
}
