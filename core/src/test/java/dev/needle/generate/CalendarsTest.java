package dev.needle.generate;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarsTest {
    @TempDir
    static Path directory;
    static GeneratedOrg org;

    @BeforeAll
    static void generate() throws IOException {
        org = GeneratedOrg.generate(new GeneratorSettings(16, 60, 9L), directory);
    }

    @Test
    void calendarsHaveRecurringAndCancelledEvents() throws Exception {
        List<NamedCsvRecord> reps = org.reps();
        assertThat(reps).hasSize(16);
        for (NamedCsvRecord rep : reps) {
            Calendar calendar = parse(rep.getField("Email"));
            List<VEvent> events = calendar.getComponents("VEVENT");

            assertThat(calendar.getComponent("VTIMEZONE")).isPresent();
            assertThat(events).filteredOn(event -> has(event, "RRULE") && has(event, "EXDATE")).hasSize(1);
            assertThat(events).filteredOn(event -> has(event, "RECURRENCE-ID")).hasSize(1);
            assertThat(events).filteredOn(event -> value(event, "STATUS").equals("CANCELLED")).hasSize(1);
            assertThat(events).filteredOn(event -> value(event, "TRANSP").equals("TRANSPARENT")).hasSize(1);
            assertThat(events).filteredOn(event -> event.getProperty("DTSTART").orElseThrow()
                    .getParameter("VALUE").map(Object::toString).orElse("").contains("DATE")).hasSize(1);
            assertThat(value(events.get(0), "DTSTART")).matches("\\d{8}T080000");
            assertThat(events.get(0).getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow()
                    .getValue()).isEqualTo(rep.getField("TimeZoneSidKey"));
        }
    }

    @Test
    void calendarMeetingsAreTheRepsEventsInTheirOwnZone() throws Exception {
        Map<String, NamedCsvRecord> eventRows = org.byId("Event.csv");
        int matched = 0;
        for (NamedCsvRecord rep : org.reps()) {
            for (VEvent event : parse(rep.getField("Email")).<VEvent>getComponents("VEVENT")) {
                String uid = value(event, "UID");
                if (!uid.startsWith("00U")) continue;
                NamedCsvRecord row = eventRows.get(uid.substring(0, uid.indexOf('@')));
                DtStart<Temporal> start = event.getDateTimeStart();
                assertThat(row.getField("OwnerId")).isEqualTo(rep.getField("Id"));
                assertThat(Instant.from(start.getDate())).isEqualTo(GeneratedOrg.instant(GeneratedOrg.start(row)));
                matched++;
            }
        }
        assertThat(matched).isGreaterThan(16 * 20);
    }

    @Test
    void calendarLinesAreFoldedAt75OctetsWithCrlf() throws IOException {
        Path calendars = directory.resolve("calendars");
        List<Path> files;
        try (var list = Files.list(calendars)) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSize(16);
        boolean folded = false;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
            assertThat(text.replace("\r\n", "")).doesNotContain("\n");
            for (String line : text.split("\r\n")) {
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
                folded |= line.startsWith(" ");
            }
        }
        assertThat(folded).isTrue();
    }

    private static Calendar parse(String email) throws Exception {
        String text = Files.readString(directory.resolve("calendars").resolve(email + ".ics"), StandardCharsets.UTF_8);
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static boolean has(VEvent event, String property) {
        return event.getProperty(property).isPresent();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse("");
    }

}
