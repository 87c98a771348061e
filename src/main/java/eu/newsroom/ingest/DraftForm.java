package eu.newsroom.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The review form of the import assistant: the briefing's fields and every proposal with an "accept"
 * box and its editable values. Bound from a plain HTML form, so it works without JavaScript.
 */
public class DraftForm {

    private String text;
    private String lang;
    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    private String place;
    private String kind = "press-release";
    private List<PointField> points = new ArrayList<>();
    private List<StatementField> statements = new ArrayList<>();
    private List<CommitmentField> commitments = new ArrayList<>();
    private List<InitiativeField> initiatives = new ArrayList<>();
    private List<TopicField> topics = new ArrayList<>();

    /** An "in short" point. */
    public static class PointField {
        private boolean accepted;
        private String text;

        public boolean isAccepted() {
            return accepted;
        }

        public void setAccepted(boolean accepted) {
            this.accepted = accepted;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /**
     * A statement: its words, kind, speaker (a known actor's slug, or the name of a new one) and links;
     * {@code speakerKind} (person, institution, anonymous) and {@code note} say how the assistant found the speaker.
     */
    public static class StatementField {
        private boolean accepted;
        private String kind;
        private String text;
        private String speaker;
        private String newSpeaker;
        private String role;
        private String speakerKind;
        private String note;
        private List<Integer> commitmentRefs = new ArrayList<>();
        private List<Integer> initiativeRefs = new ArrayList<>();

        public boolean isAccepted() {
            return accepted;
        }

        public void setAccepted(boolean accepted) {
            this.accepted = accepted;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getSpeaker() {
            return speaker;
        }

        public void setSpeaker(String speaker) {
            this.speaker = speaker;
        }

        public String getNewSpeaker() {
            return newSpeaker;
        }

        public void setNewSpeaker(String newSpeaker) {
            this.newSpeaker = newSpeaker;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getSpeakerKind() {
            return speakerKind;
        }

        public void setSpeakerKind(String speakerKind) {
            this.speakerKind = speakerKind;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public List<Integer> getCommitmentRefs() {
            return commitmentRefs;
        }

        public void setCommitmentRefs(List<Integer> commitmentRefs) {
            this.commitmentRefs = commitmentRefs;
        }

        public List<Integer> getInitiativeRefs() {
            return initiativeRefs;
        }

        public void setInitiativeRefs(List<Integer> initiativeRefs) {
            this.initiativeRefs = initiativeRefs;
        }
    }

    /** A commitment: title, amount (a range has amountHigh), currency, qualifier, donor, recipient, category, status. */
    public static class CommitmentField {
        private boolean accepted;
        private int start;
        private String title;
        private BigDecimal amount;
        private BigDecimal amountHigh;
        private String currency;
        private String qualifier;
        private String donor;
        private String recipient;
        /** A donor the newsroom does not know yet, as the text names it: saving adds it when no donor is chosen. */
        private String newDonor;
        /** A recipient the newsroom does not know yet, as the text names it. */
        private String newRecipient;
        private String category;
        private String status;

        public boolean isAccepted() {
            return accepted;
        }

        public void setAccepted(boolean accepted) {
            this.accepted = accepted;
        }

        public int getStart() {
            return start;
        }

        public void setStart(int start) {
            this.start = start;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public BigDecimal getAmountHigh() {
            return amountHigh;
        }

        public void setAmountHigh(BigDecimal amountHigh) {
            this.amountHigh = amountHigh;
        }

        public String getCurrency() {
            return currency;
        }

        public void setCurrency(String currency) {
            this.currency = currency;
        }

        public String getQualifier() {
            return qualifier;
        }

        public void setQualifier(String qualifier) {
            this.qualifier = qualifier;
        }

        public String getDonor() {
            return donor;
        }

        public void setDonor(String donor) {
            this.donor = donor;
        }

        public String getRecipient() {
            return recipient;
        }

        public void setRecipient(String recipient) {
            this.recipient = recipient;
        }

        public String getNewDonor() {
            return newDonor;
        }

        public void setNewDonor(String newDonor) {
            this.newDonor = newDonor;
        }

        public String getNewRecipient() {
            return newRecipient;
        }

        public void setNewRecipient(String newRecipient) {
            this.newRecipient = newRecipient;
        }

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }
    }

    /** An initiative: a known one by slug, or a new name with its kind. */
    public static class InitiativeField {
        private boolean accepted;
        private boolean known;
        private String slug;
        private String name;
        private String kind;

        public boolean isAccepted() {
            return accepted;
        }

        public void setAccepted(boolean accepted) {
            this.accepted = accepted;
        }

        public boolean isKnown() {
            return known;
        }

        public void setKnown(boolean known) {
            this.known = known;
        }

        public String getSlug() {
            return slug;
        }

        public void setSlug(String slug) {
            this.slug = slug;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }
    }

    /** A thesaurus topic, by slug. */
    public static class TopicField {
        private boolean accepted;
        private String slug;
        private String label;

        public boolean isAccepted() {
            return accepted;
        }

        public void setAccepted(boolean accepted) {
            this.accepted = accepted;
        }

        public String getSlug() {
            return slug;
        }

        public void setSlug(String slug) {
            this.slug = slug;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public List<PointField> getPoints() {
        return points;
    }

    public void setPoints(List<PointField> points) {
        this.points = points;
    }

    public List<StatementField> getStatements() {
        return statements;
    }

    public void setStatements(List<StatementField> statements) {
        this.statements = statements;
    }

    public List<CommitmentField> getCommitments() {
        return commitments;
    }

    public void setCommitments(List<CommitmentField> commitments) {
        this.commitments = commitments;
    }

    public List<InitiativeField> getInitiatives() {
        return initiatives;
    }

    public void setInitiatives(List<InitiativeField> initiatives) {
        this.initiatives = initiatives;
    }

    public List<TopicField> getTopics() {
        return topics;
    }

    public void setTopics(List<TopicField> topics) {
        this.topics = topics;
    }
}
