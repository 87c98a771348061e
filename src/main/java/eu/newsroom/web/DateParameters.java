package eu.newsroom.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Dates in addresses and forms are YYYY-MM-DD with a four-digit year, everywhere: {@code from=-999999999-01-01}
 * would bind as a date PostgreSQL cannot hold and end in a 500 (issue 19 finding 6). A date that does not fit is
 * a wrong value of its parameter, answered 400 with the parameter's name (RequestErrorAdvice) or next to the
 * form's field.
 */
@ControllerAdvice
class DateParameters {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @InitBinder
    void readDates(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class, new IsoDate());
    }

    /** YYYY-MM-DD, years 0001 to 9999, real calendar dates only (not 2026-02-31); blank is no date. */
    static final class IsoDate extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            String date = text.strip();
            if (!ISO_DATE.matcher(date).matches() || date.startsWith("0000")) {
                throw new IllegalArgumentException("not a date YYYY-MM-DD");
            }
            try {
                setValue(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a date YYYY-MM-DD", e);
            }
        }

        @Override
        public String getAsText() {
            return getValue() instanceof LocalDate date ? date.toString() : "";
        }
    }
}
