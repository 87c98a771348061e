package eu.newsroom.editorial;

import eu.newsroom.statement.Statement;
import eu.newsroom.statement.StatementKind;
import eu.newsroom.topic.Topic;
import eu.newsroom.initiative.Initiative;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;

/** The form for one statement of a briefing: who said what, in which words, when, where and in which language. */
public class StatementForm extends LinkingForm {

    @NotBlank(message = "{editorial.field.required}")
    private String speaker;

    @Size(max = 300, message = "{editorial.field.tooLong}")
    private String speakerRole;

    @NotNull(message = "{editorial.field.required}")
    private StatementKind kind = StatementKind.QUOTE;

    @NotBlank(message = "{editorial.field.required}")
    @Size(max = 20_000, message = "{editorial.field.tooLong}")
    private String text;

    @NotBlank(message = "{editorial.field.required}")
    @Size(max = 35, message = "{editorial.field.tooLong}")
    private String lang;

    @NotNull(message = "{editorial.field.date}")
    private LocalDate saidOn;

    @Size(max = 200, message = "{editorial.field.tooLong}")
    private String place;

    /** The commitments (of those the briefing reports) this statement makes or speaks of. */
    private java.util.List<String> commitments = new ArrayList<>();

    /** The form filled with a stored statement. */
    static StatementForm of(Statement s) {
        StatementForm form = new StatementForm();
        form.speaker = s.getSpeaker().getSlug();
        form.speakerRole = s.getSpeakerRole();
        form.kind = s.getKind();
        form.text = s.getText();
        form.lang = s.getLang();
        form.saidOn = s.getSaidOn();
        form.place = s.getPlace();
        form.setTopics(new ArrayList<>(s.getTopics().stream().map(Topic::getSlug).sorted().toList()));
        form.setInitiatives(new ArrayList<>(s.getInitiatives().stream().map(Initiative::getSlug).sorted().toList()));
        form.commitments = new ArrayList<>(s.getCommitments().stream().map(c -> c.getSlug()).sorted().toList());
        form.setVersion(s.getVersion());
        return form;
    }

    public String getSpeaker() {
        return speaker;
    }

    public void setSpeaker(String speaker) {
        this.speaker = speaker;
    }

    public String getSpeakerRole() {
        return speakerRole;
    }

    public void setSpeakerRole(String speakerRole) {
        this.speakerRole = speakerRole;
    }

    public StatementKind getKind() {
        return kind;
    }

    public void setKind(StatementKind kind) {
        this.kind = kind;
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

    public LocalDate getSaidOn() {
        return saidOn;
    }

    public void setSaidOn(LocalDate saidOn) {
        this.saidOn = saidOn;
    }

    public java.util.List<String> getCommitments() {
        return commitments;
    }

    public void setCommitments(java.util.List<String> commitments) {
        this.commitments = commitments == null ? new ArrayList<>() : commitments;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

}
