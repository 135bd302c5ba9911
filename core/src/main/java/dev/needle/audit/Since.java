package dev.needle.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Where a read of the trail starts: a date (its first moment, UTC) or an instant with an offset, as the API and CLI take it. */
public final class Since {
    private Since() {
    }

    /** @throws IllegalArgumentException naming the forms accepted */
    public static Instant parse(String text) {
        String value = text.trim();
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("since must be a date like 2026-12-01 or a time like 2026-12-01T09:30:00Z, got \"" + text + "\"");
        }
    }
}
