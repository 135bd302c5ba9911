package dev.needle.ingest;

import dev.needle.app.Needle;
import dev.needle.store.StoreCounts;
import dev.needle.testing.Backend;
import dev.needle.testing.Imports;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.needle.testing.SharedData.path;
import static org.assertj.core.api.Assertions.assertThat;

/** Calendars import for a rep into the store; what is not a calendar is refused with the store unchanged. */
class CalendarImportTest {
    private static final String SAMPLE_OWNER = "00546000001l1cJAAQ"; // the user owning the Salesforce sample's deals

    @TempDir
    Path temp;

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void everySampleCalendarImportsForARep(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.creatingMissingOwners(), path("salesforce-dev-org-export-sample"));

            ImportReport report = Imports.run(needle, Imports.calendarOf(SAMPLE_OWNER), path("ical-samples"));

            assertThat(report.errors()).isEmpty();
            assertThat(report.files()).hasSize(35).allSatisfy(file -> assertThat(file.format()).isEqualTo("icalendar"));
            assertThat(needle.store().stats().calendarEvents()).isGreaterThan(300);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void reimportingACalendarReplacesItsEventsInsteadOfAddingThem(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.creatingMissingOwners(), path("salesforce-dev-org-export-sample"));
            Path calendar = path("ical-samples", "ical4j", "valid", "THFC.ics");
            Imports.run(needle, Imports.calendarOf(SAMPLE_OWNER), calendar);
            long once = needle.store().stats().calendarEvents();

            Imports.run(needle, Imports.calendarOf(SAMPLE_OWNER), calendar);

            assertThat(once).isPositive();
            assertThat(needle.store().stats().calendarEvents()).isEqualTo(once);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aFileThatIsNotACalendarFailsCleanlyWithTheStoreUnchanged(Backend backend) throws IOException {
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.creatingMissingOwners(), path("salesforce-dev-org-export-sample"));
            Imports.run(needle, Imports.calendarOf(SAMPLE_OWNER), path("ical-samples", "ical.js", "daily_recur.ics"));
            StoreCounts before = needle.store().stats();
            Path fake = temp.resolve("meetings.ics");
            Files.copy(path("salesforce-dev-org-export-sample", "Account.csv"), fake);

            ImportReport report = Imports.run(needle, Imports.calendarOf(SAMPLE_OWNER), fake);

            assertThat(report.committed()).isFalse();
            assertThat(report.errors()).singleElement().satisfies(error -> {
                assertThat(error.file()).endsWith("meetings.ics");
                assertThat(error.reason()).containsIgnoringCase("calendar");
            });
            assertThat(needle.store().stats()).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void textAfterTheCalendarIsIgnoredWithAWarningInTheReport(Backend backend) throws IOException {
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.creatingMissingOwners(), path("salesforce-dev-org-export-sample"));
            Path podio = temp.resolve("podio.ics");
            Files.writeString(podio, Files.readString(path("ical-samples", "ical.js", "daily_recur.ics")) + "Exported by Podio\r\n");

            ImportReport report = Imports.run(needle, Imports.calendarOf(SAMPLE_OWNER), podio);

            assertThat(report.committed()).isTrue();
            assertThat(report.files()).singleElement().satisfies(file -> assertThat(file.stored()).isPositive());
            assertThat(report.warnings()).anySatisfy(warning ->
                    assertThat(warning).contains("podio.ics").endsWith("text after the last END:VCALENDAR ignored"));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aCalendarOfNobodyKnownIsRefused(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.calendarOf("nobody@example.com"),
                    path("ical-samples", "ical.js", "daily_recur.ics"));

            assertThat(report.committed()).isFalse();
            assertThat(report.errors()).singleElement()
                    .satisfies(error -> assertThat(error.reason()).contains("no rep \"nobody@example.com\""));
        }
    }
}
