package eu.newsroom.portal;

import eu.newsroom.shared.LanguageTags;
import eu.newsroom.shared.Slugs;
import eu.newsroom.web.BadRequestException;
import java.time.LocalDate;

/** Checks the optional values of a list's filters: a blank value is no filter, a wrong one a clear 400. */
final class RequestValues {

    private RequestValues() {
    }

    static String slug(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!Slugs.isValid(value)) {
            throw new BadRequestException("error.param.slug", name);
        }
        return value;
    }

    static String language(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return LanguageTags.canonical(value).orElseThrow(() -> new BadRequestException("error.param.lang", value));
    }

    static void dateRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadRequestException("error.param.dateRange");
        }
    }
}
