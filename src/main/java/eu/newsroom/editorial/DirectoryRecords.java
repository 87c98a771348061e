package eu.newsroom.editorial;

import eu.newsroom.shared.ActingUser;
import eu.newsroom.shared.Slugs;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What saving an actor, topic or initiative at the desk shares: choosing a free permalink slug, and
 * keeping a revision and an audit event of every save.
 */
@Component
class DirectoryRecords {

    private final RevisionLog revisions;
    private final AuditLog audit;
    private final JsonMapper json;

    DirectoryRecords(RevisionLog revisions, AuditLog audit, JsonMapper json) {
        this.revisions = revisions;
        this.audit = audit;
        this.json = json;
    }

    /** The slug an editor gave (checked and free), or one derived from the name when none was given. */
    static String newSlug(String given, String name, Predicate<String> taken) {
        String wanted = BriefingForm.blankToNull(given);
        if (wanted != null) {
            if (!Slugs.isValid(wanted)) {
                throw new InvalidFieldException("slug", "editorial.directory.slugInvalid");
            }
            if (taken.test(wanted)) {
                throw new InvalidFieldException("slug", "editorial.directory.slugTaken", wanted);
            }
            return wanted;
        }
        String base = Slugs.of(name);
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** A text of a row checked for its length, stripped; null when empty. */
    static String text(String field, String value, int max) {
        String given = BriefingForm.blankToNull(value);
        if (given != null && given.strip().length() > max) {
            throw new InvalidFieldException(field, "editorial.field.tooLong");
        }
        return given == null ? null : given.strip();
    }

    /** A required text of a non-empty row. */
    static String required(String field, String value, int max) {
        String given = text(field, value, max);
        if (given == null) {
            throw new InvalidFieldException(field, "editorial.field.required");
        }
        return given;
    }

    void keep(RevisionLog.EntityType type, long id, Object snapshot, ActingUser editor, String action) {
        int revision = revisions.record(type, id, json.writeValueAsString(snapshot), editor.username());
        audit.record(editor.username(), editor.clientAddress(), action, type, id, "{\"revision\": " + revision + "}");
    }
}
