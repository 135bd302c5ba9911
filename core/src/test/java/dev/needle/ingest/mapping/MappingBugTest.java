package dev.needle.ingest.mapping;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.ingest.RowError;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Only a value the row holds can refuse a row; a fault in the mapping or in Needle fails the read for what it is. */
class MappingBugTest {
    private static final List<String> HEADER = List.of("Id", "Owner", "Type", "Start");

    @Test
    void aFieldThatCannotBeComputedWhateverTheRowHoldsIsABugNotABadRow() {
        // minutesBetween names one column: reading its second column is a fault in the mapping, the same on every row
        Mapping broken = mapping("{\"minutesBetween\": [\"Start\"]}");

        RowOutcome outcome = map(broken, "2026-11-02T10:00:00Z");

        assertThat(outcome).isInstanceOfSatisfying(RowOutcome.Failed.class, failed ->
                assertThat(failed.failure()).isInstanceOf(IndexOutOfBoundsException.class));
    }

    @Test
    void aBugReachesTheImportAsItselfAndIsNotCountedAsABadRow() {
        RuntimeException bug = new IllegalArgumentException("a bug, not a bad value");
        List<RowError> rowErrors = new ArrayList<>();
        Intake intake = new Intake(null, "calls.csv", field -> null, rowErrors::add, type -> { });

        assertThatThrownBy(() -> intake.take(new RowOutcome.Failed(bug))).isSameAs(bug);
        assertThat(rowErrors).isEmpty();
        assertThat(intake.bad()).isZero();
    }

    @Test
    void aValueOfNoKnownShapeStillRefusesOnlyItsRow() {
        RowOutcome outcome = map(mapping(null), "not a date");

        assertThat(outcome).isEqualTo(new RowOutcome.Refused(new RowError("calls.csv", 2, "Start",
                "not a date and time: \"not a date\"; expected a date and time such as 2024-03-05 14:00:00, 2024-03-05T14:00:00Z or 3/5/2024 2:00 PM")));
    }

    private static Mapping mapping(String duration) {
        return MappingLibrary.parse(new ByteArrayInputStream(("""
                {
                  "name": "test-calls", "description": "test", "system": "test", "entity": "ACTIVITY",
                  "match": {"headers": ["Id"]},
                  "fields": {"externalId": "Id", "repRef": "Owner", "type": "Type", "start": "Start"%s}
                }
                """.formatted(duration == null ? "" : ", \"durationMinutes\": " + duration)).getBytes(StandardCharsets.UTF_8)), "test");
    }

    private static RowOutcome map(Mapping mapping, String start) {
        RowMapper mapper = new RowMapper("calls.csv", mapping, HEADER, null, ValueFormat.of(mapping, Locale.US),
                ActivityCatalog.defaults());
        return mapper.map(new TableRow(2, new String[] {"a1", "005A", "Call", start}));
    }
}
