package dev.needle.ingest.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A field's own {@code listSeparator} (one of several addresses in a cell), a condition value ending in
 * {@code *} (a label that starts with it), and {@code elseError} (a row no rule holds for is refused,
 * naming its value) — read through a small mapping, the way an import reads a row.
 */
class FieldListsAndRefusalsTest {
    private static final Mapping MAPPING = MappingLibrary.parse(new ByteArrayInputStream("""
            {
              "name": "test-deals", "description": "test", "system": "test", "entity": "DEAL",
              "match": {"headers": ["Id"]},
              "fields": {
                "externalId": "Id",
                "email": {"firstOf": ["Email", "Email - Work", "Email - Home"], "listSeparator": ","},
                "outcome": {"rules": [
                  {"if": {"Stage": ["Won", "Won *"]}, "then": "WON"},
                  {"if": {"Stage": ["Lost", "Lost *"]}, "then": "LOST"},
                  {"if": {"Stage": ["Open"]}, "then": "OPEN"}
                ], "elseError": "stage \\"{Stage}\\" is neither won, lost nor open"}
              }
            }
            """.getBytes(StandardCharsets.UTF_8)), "test");

    private static final List<String> HEADER = List.of("Id", "Email", "EMAIL - WORK", "Email - Home", "Stage");

    @Test
    void aCellListingSeveralAddressesGivesTheFirst() {
        assertThat(row("1", "", "pepper@stark.example, p.potts@stark.example", "", "Open").text("email"))
                .isEqualTo("pepper@stark.example");
        assertThat(row("1", "", " , second@x.example", "", "Open").text("email")).isEqualTo("second@x.example");
    }

    @Test
    void theFirstFilledColumnOfAFirstOfIsTakenWhateverItsCase() {
        assertThat(row("1", "", "", "home@x.example", "Open").text("email")).isEqualTo("home@x.example");
        assertThat(row("1", "", "work@x.example", "home@x.example", "Open").text("email")).isEqualTo("work@x.example");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            Won,                WON
            won – paid,         WON
            Lost to competitor, LOST
            Open,               OPEN
            """)
    void aConditionEndingInAStarMatchesLabelsStartingWithIt(String stage, String outcome) {
        assertThat(row("1", "", "", "", stage).text("outcome")).isEqualTo(outcome);
    }

    @Test
    void aRowNoRuleHoldsForIsRefusedNamingTheColumnAndItsValue() {
        assertThatThrownBy(() -> row("1", "", "", "", "Wonderful").text("outcome"))
                .isInstanceOfSatisfying(RowProblem.class, problem -> {
                    assertThat(problem.column()).isEqualTo("Stage");
                    assertThat(problem.getMessage()).isEqualTo("stage \"Wonderful\" is neither won, lost nor open");
                });
    }

    private static MappedRow row(String... cells) {
        SourceRow source = new SourceRow(ColumnNames.index(HEADER), cells, 2);
        return new MappedRow(MAPPING, source, null, Locale.US);
    }
}
