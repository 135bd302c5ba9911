package dev.needle.ingest.ical;

import dev.needle.testing.DeepCalendar;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Components nest at most 20 deep (VCALENDAR counts): deeper files are refused before they are parsed. */
class CalendarNestingTest {
    private final CalendarReader reader = new CalendarReader(ZoneId.of("Europe/Berlin"),
            Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));

    @Test
    void twentyThousandNestedComponentsAreRefusedNamingTheFileAndTheLineThatWentTooDeep() {
        assertThatThrownBy(() -> read(DeepCalendar.nested(20_000, false), "deep.ics"))
                .isInstanceOf(UnableToParseCalendarException.class)
                .hasMessage("deep.ics line 26: components nest deeper than 20 levels (BEGIN:X-NEST); not a calendar Needle reads");
    }

    @Test
    void componentsNestedTwentyDeepAreRead() {
        // VCALENDAR and 19 components inside it: the event is the outermost of them, line 4
        CalendarRead read = read(DeepCalendar.nested(19, true), "twenty.ics");

        assertThat(read.events()).extracting(event -> event.summary()).containsExactly("Deep inside");
    }

    @Test
    void aFoldedLineThatStartsWithBeginDoesNotCountAsAComponent() {
        String folded = DeepCalendar.nested(19, true).replace("SUMMARY:Deep inside", "SUMMARY:Deep inside\r\n BEGIN:VEVENT");

        assertThat(read(folded, "folded.ics").events()).hasSize(1);
    }

    private CalendarRead read(String text, String name) {
        return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
    }
}
