package eu.newsroom.portal;

import eu.newsroom.statement.StatementFilter;
import eu.newsroom.web.BadRequestException;
import java.time.LocalDate;

/** Reads the statement filters of a request (speaker, role, topic, from, to, lang), or explains a 400. */
final class StatementParams {

    static final int MAX_ROLE_LENGTH = 100;

    private StatementParams() {
    }

    static StatementFilter filter(String speaker, String role, String topic, LocalDate from, LocalDate to, String lang) {
        RequestValues.dateRange(from, to);
        String roleWords = role == null || role.isBlank() ? null : role.strip();
        if (roleWords != null && roleWords.length() > MAX_ROLE_LENGTH) {
            throw new BadRequestException("statement.error.role", MAX_ROLE_LENGTH);
        }
        return new StatementFilter(RequestValues.slug("speaker", speaker), roleWords, RequestValues.slug("topic", topic),
                from, to, RequestValues.language(lang));
    }
}
