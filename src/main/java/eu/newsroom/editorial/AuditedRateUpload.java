package eu.newsroom.editorial;

import eu.newsroom.shared.ActingUser;
import eu.newsroom.commitment.RateFileProblem;
import eu.newsroom.commitment.ReferenceRateUploads;
import java.util.Map;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** An upload of ECB reference rates, from the page or the API, with its audit event (who, from where, what it did). */
@Service
class AuditedRateUpload {

    private final ReferenceRateUploads uploads;
    private final AuditLog audit;
    private final JsonMapper json;

    AuditedRateUpload(ReferenceRateUploads uploads, AuditLog audit, JsonMapper json) {
        this.uploads = uploads;
        this.audit = audit;
        this.json = json;
    }

    ReferenceRateUploads.Outcome upload(byte[] content, String fileName, ActingUser editor) throws RateFileProblem {
        var outcome = uploads.upload(content);
        audit.record(editor.username(), editor.clientAddress(), "reference-rates.uploaded", null, null,
                json.writeValueAsString(Map.of("file", String.valueOf(fileName), "outcome", outcome)));
        return outcome;
    }
}
