package dev.needle.cli;

import picocli.CommandLine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** --as-of: a date means through the end of that day (UTC); an ISO instant or offset date-time means exactly then. */
final class AsOf implements CommandLine.ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
        if (value.length() == 10) return LocalDate.parse(value).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return java.time.OffsetDateTime.parse(value).toInstant();
    }
}
