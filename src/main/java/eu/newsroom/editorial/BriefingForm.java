package eu.newsroom.editorial;

import eu.newsroom.briefing.BriefingKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The briefing editing form as the editor fills it in. Field limits match the database's, so a
 * value the form accepts is one the database stores; messages are keys of the bundles.
 */
public class BriefingForm extends LinkingForm {

    @NotBlank(message = "{editorial.field.required}")
    @Size(max = 500, message = "{editorial.field.tooLong}")
    private String title;

    @NotNull(message = "{editorial.field.required}")
    private BriefingKind kind = BriefingKind.PRESS_RELEASE;

    @NotBlank(message = "{editorial.field.required}")
    @Size(max = 35, message = "{editorial.field.tooLong}")
    private String lang;

    @Size(max = 200, message = "{editorial.field.tooLong}")
    private String translationGroup;

    @NotNull(message = "{editorial.field.date}")
    private LocalDate eventDate;

    @Size(max = 200, message = "{editorial.field.tooLong}")
    private String place;

    @Size(max = 300, message = "{editorial.field.tooLong}")
    private String eventName;

    private String institution;

    private String speaker;

    @Size(max = 20_000, message = "{editorial.field.tooLong}")
    private String points;

    @NotBlank(message = "{editorial.field.required}")
    @Size(max = 200_000, message = "{editorial.field.tooLong}")
    private String body;

    @Size(max = 2000, message = "{editorial.field.tooLong}")
    @Pattern(regexp = "^$|^https?://\\S+$", message = "{editorial.field.url}")
    private String sourceUrl;

    /** The form filled with a revision or the stored item, for editing. */
    static BriefingForm of(BriefingSnapshot s, long version) {
        BriefingForm form = new BriefingForm();
        form.title = s.title();
        form.kind = BriefingKind.valueOf(s.kind());
        form.lang = s.lang();
        form.translationGroup = s.translationGroup();
        form.eventDate = s.eventDate();
        form.place = s.place();
        form.eventName = s.eventName();
        form.institution = s.institution();
        form.speaker = s.speaker();
        form.points = String.join("\n", s.points());
        form.body = s.body();
        form.sourceUrl = s.sourceUrl();
        form.setTopics(new ArrayList<>(s.topics()));
        form.setInitiatives(new ArrayList<>(s.initiatives()));
        form.setVersion(version);
        return form;
    }

    /** The "in short" points: one per non-empty line. */
    List<String> pointList() {
        return points == null ? List.of() : points.lines().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public BriefingKind getKind() {
        return kind;
    }

    public void setKind(BriefingKind kind) {
        this.kind = kind;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getTranslationGroup() {
        return translationGroup;
    }

    public void setTranslationGroup(String translationGroup) {
        this.translationGroup = translationGroup;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public void setEventDate(LocalDate eventDate) {
        this.eventDate = eventDate;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getEventName() {
        return eventName;
    }

    public void setEventName(String eventName) {
        this.eventName = eventName;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public String getSpeaker() {
        return speaker;
    }

    public void setSpeaker(String speaker) {
        this.speaker = speaker;
    }

    public String getPoints() {
        return points;
    }

    public void setPoints(String points) {
        this.points = points;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

}
