package eu.newsroom.portal;

import eu.newsroom.commitment.CommitmentCategory;
import eu.newsroom.commitment.CommitmentFilter;
import eu.newsroom.commitment.CommitmentStatus;
import eu.newsroom.web.BadRequestException;
import java.util.Locale;

/** Reads the commitment filters of a request (donor, recipient, category, status, year), or explains a 400. */
final class CommitmentParams {

    private CommitmentParams() {
    }

    static CommitmentFilter filter(String donor, String recipient, String category, String status, Integer year) {
        if (year != null && (year < 1900 || year > 2200)) {
            throw new BadRequestException("error.param.year");
        }
        return new CommitmentFilter(RequestValues.slug("donor", donor), RequestValues.slug("recipient", recipient),
                choice("category", category, CommitmentCategory.class), choice("status", status, CommitmentStatus.class),
                year);
    }

    private static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("error.param.value", name);
        }
    }
}
