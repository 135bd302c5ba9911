package dev.needle.ingest.mapping;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.NextAction.Status;
import dev.needle.ingest.Incoming;
import dev.needle.ingest.RowError;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A field that takes one of a fixed set of values (here a next action's status), read the way an import reads a row. */
class ChoiceFieldsTest {
    private static final Mapping MAPPING = MappingLibrary.parse(new ByteArrayInputStream("""
            {
              "name": "test-tasks", "description": "test", "system": "test", "entity": "NEXT_ACTION",
              "match": {"headers": ["Id"]},
              "fields": {"externalId": "Id", "dealRef": "Deal", "what": "Subject", "status": "Status"}
            }
            """.getBytes(StandardCharsets.UTF_8)), "test");

    private static final List<String> HEADER = List.of("Id", "Deal", "Subject", "Status");

    @Test
    void aValueNamingAChoiceInAnyCaseIsThatChoice() {
        RowOutcome outcome = map(" done ");

        assertThat(outcome).isInstanceOfSatisfying(RowOutcome.Mapped.class, mapped ->
                assertThat(((Incoming.NextAction) mapped.record()).status()).isEqualTo(Status.DONE));
    }

    @Test
    void aValueNamingNoChoiceRefusesTheRowNamingItsColumnAndTheChoices() {
        RowOutcome outcome = map("someday");

        assertThat(outcome).isEqualTo(new RowOutcome.Refused(
                new RowError("tasks.csv", 2, "Status", "\"someday\" is not one of [OPEN, DONE]")));
    }

    private static RowOutcome map(String status) {
        RowMapper mapper = new RowMapper("tasks.csv", MAPPING, HEADER, null, ValueFormat.of(MAPPING, Locale.US),
                ActivityCatalog.defaults());
        return mapper.map(new TableRow(2, new String[] {"t1", "d1", "Send the proposal", status}));
    }
}
