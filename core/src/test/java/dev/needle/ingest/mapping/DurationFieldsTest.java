package dev.needle.ingest.mapping;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.ingest.Incoming;
import dev.needle.ingest.RowError;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** An activity's duration, read the way an import reads a row: a cell that cannot be one refuses the row, never the import. */
class DurationFieldsTest {
    private static final Mapping MAPPING = MappingLibrary.parse(new ByteArrayInputStream("""
            {
              "name": "test-calls", "description": "test", "system": "test", "entity": "ACTIVITY",
              "match": {"headers": ["Id"]},
              "fields": {"externalId": "Id", "repRef": "Owner", "type": "Type", "start": "Date", "durationMinutes": "Minutes"}
            }
            """.getBytes(StandardCharsets.UTF_8)), "test");

    private static final List<String> HEADER = List.of("Id", "Owner", "Type", "Date", "Minutes");

    @Test
    void aDurationInMinutesIsTheActivitysLength() {
        assertThat(map("45")).isInstanceOfSatisfying(RowOutcome.Mapped.class, mapped ->
                assertThat(((Incoming.Activity) mapped.record()).durationMinutes()).isEqualTo(45));
    }

    @Test
    void aDurationTooLargeToBeOneRefusesTheRowNamingItsColumn() {
        assertThat(map("99999999999")).isEqualTo(new RowOutcome.Refused(
                new RowError("calls.csv", 2, "Minutes", "duration longer than a year: 99999999999")));
    }

    private static RowOutcome map(String minutes) {
        RowMapper mapper = new RowMapper("calls.csv", MAPPING, HEADER, null, ValueFormat.of(MAPPING, Locale.US),
                ActivityCatalog.defaults());
        return mapper.map(new TableRow(2, new String[] {"a1", "005A", "Call", "2026-11-02T10:00:00Z", minutes}));
    }
}
