package dev.cvtailor.platform.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import dev.cvtailor.platform.boundary.ApplicationProblem;

/**
 * Reads query parameters so that a malformed one is a 400 naming the parameter (JAX-RS's own conversion
 * answers 404 for those, which tells the caller nothing).
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static int integer(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApplicationProblem.invalidField(name, "must be a whole number");
        }
    }

    /** A look-ahead: an ISO-8601 duration from {@code PT0S} (the default) to {@code longest}. */
    public static java.time.Duration horizon(String name, String value, java.time.Duration longest) {
        java.time.Duration horizon;
        try {
            horizon = value == null || value.isBlank() ? java.time.Duration.ZERO : java.time.Duration.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApplicationProblem.invalidField(name, "must be an ISO-8601 duration such as P3D");
        }
        if (horizon.isNegative() || horizon.compareTo(longest) > 0) {
            throw ApplicationProblem.invalidField(name, "must be between PT0S and " + longest.toDays() + " days");
        }
        return horizon;
    }

    public static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ApplicationProblem.invalidField(name, "must be an id");
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApplicationProblem.invalidField(name, "must be a date such as 2024-03-01");
        }
    }

    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApplicationProblem.invalidField(name, "must be an instant such as 2024-03-01T10:00:00Z");
        }
    }

    public static <E extends Enum<E>> E constant(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApplicationProblem.invalidField(name, "is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
