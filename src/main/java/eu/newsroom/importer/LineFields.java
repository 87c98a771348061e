package eu.newsroom.importer;

import eu.newsroom.shared.LanguageTags;
import eu.newsroom.shared.Slugs;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns the string values of an import line into typed values, or explains precisely what is wrong,
 * naming the field as a path ("commitments[0].currency") so the sender can find it.
 */
final class LineFields {

    private LineFields() {
    }

    static String required(String path, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidLineException(path + ": required");
        }
        return optional(path, value, maxLength);
    }

    static String optional(String path, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.indexOf('\0') >= 0) {
            throw new InvalidLineException(path + ": contains a NUL character");
        }
        if (value.length() > maxLength) {
            throw new InvalidLineException(path + ": longer than " + maxLength + " characters");
        }
        return value.strip();
    }

    static LocalDate date(String path, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidLineException(path + ": '" + abbreviate(value) + "' is not an ISO date (YYYY-MM-DD)");
        }
    }

    static LocalDate requiredDate(String path, String value) {
        required(path, value, 10);
        return date(path, value);
    }

    static Instant instant(String path, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidLineException(path + ": '" + abbreviate(value)
                    + "' is not an ISO instant (like 2025-12-01T15:00:00Z)");
        }
    }

    static String language(String path, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return LanguageTags.canonical(value).orElseThrow(() -> new InvalidLineException(
                path + ": '" + abbreviate(value) + "' is not a BCP 47 language tag (like de, en, fr, pt-BR)"));
    }

    static String requiredLanguage(String path, String value) {
        required(path, value, 35);
        return language(path, value);
    }

    static String slug(String path, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!Slugs.isValid(value)) {
            throw new InvalidLineException(path + ": '" + abbreviate(value)
                    + "' is not a slug (lower-case letters, digits and single hyphens)");
        }
        return value;
    }

    static String requiredSlug(String path, String value) {
        required(path, value, 200);
        return slug(path, value);
    }

    static String currency(String path, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String code = value.strip();
            if (!code.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException();
            }
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new InvalidLineException(path + ": '" + abbreviate(value)
                    + "' is not an ISO 4217 currency code (like EUR, USD)");
        }
    }

    static String country(String path, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!Arrays.asList(Locale.getISOCountries()).contains(code)) {
            throw new InvalidLineException(path + ": '" + abbreviate(value)
                    + "' is not an ISO 3166-1 alpha-2 country code");
        }
        return code;
    }

    /** Reads an enum from its documented spelling: lower case with hyphens ("press-release"). */
    static <E extends Enum<E>> E choice(String path, String value, Class<E> type, E fallback) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw new InvalidLineException(path + ": required, one of " + spellings(type));
            }
            return fallback;
        }
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new InvalidLineException(path + ": '" + abbreviate(value) + "' is not one of " + spellings(type));
    }

    static <E extends Enum<E>> String spelling(E value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> String spellings(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(LineFields::spelling).collect(Collectors.joining(", "));
    }

    static String abbreviate(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 40 ? clean : clean.substring(0, 40) + "…";
    }
}
