package dev.needle.app;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.generate.Generator;
import dev.needle.generate.GeneratorSettings;
import dev.needle.ingest.ImportOptions;
import dev.needle.ingest.ImportProgress;
import dev.needle.ingest.ImportReport;
import dev.needle.ingest.ImportSession;
import dev.needle.testing.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files into the store the one way needle import, POST /api/import and needle demo share. */
class ImportFilesTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-30T09:00:00Z"), ZoneOffset.UTC);
    private static final ImportOptions CHOICES = new ImportOptions(true, "ana@example.com", LocalDate.EPOCH, LocalDate.EPOCH);

    @TempDir
    Path export;

    @Test
    void withoutCalendarDaysCalendarsAreReadAYearEitherSideOfTodayAndTheOtherChoicesKept() {
        ImportOptions options = new ImportFiles.Request(List.of(export), null, null, null, CHOICES).optionsOn(TODAY);

        assertThat(options.calendarFrom()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(options.calendarTo()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(options.skipBad()).isTrue();
        assertThat(options.calendarRep()).isEqualTo("ana@example.com");
    }

    @Test
    void aCalendarDayNamedReplacesOnlyThatEndOfTheWindow() {
        ImportOptions options = new ImportFiles.Request(List.of(export), null, LocalDate.of(2024, 1, 1), null, CHOICES).optionsOn(TODAY);

        assertThat(options.calendarFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(options.calendarTo()).isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void calendarDaysInTheWrongOrderAreRefusedNamingBothFields() {
        assertThatThrownBy(() -> new ImportFiles.Request(List.of(export), null, LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), CHOICES))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).message(field -> "--" + field))
                        .isEqualTo("--calendar-to must not be before --calendar-from"));
        assertThatThrownBy(() -> new ImportFiles.Request(List.of(export), null, LocalDate.of(2028, 1, 1), null, CHOICES).optionsOn(TODAY))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aRequestWithNothingToImportIsRefused() {
        assertThatThrownBy(() -> new ImportFiles.Request(List.of(), null, null, null, CHOICES))
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("paths are required");
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aGeneratedExportIsStoredWholeInOneSession(Backend backend) throws IOException {
        new Generator(new GeneratorSettings(3, 10, 5L, LocalDate.of(2026, 6, 30), GeneratorSettings.Style.EXPORT)).writeTo(export, rows -> { });
        try (Needle needle = Needle.using(backend.freshDatabase(), ActivityCatalog.defaults())) {
            ImportFiles.Request request = new ImportFiles.Request(List.of(export), null, null, null,
                    new ImportOptions(false, null, LocalDate.EPOCH, LocalDate.EPOCH));

            ImportReport report;
            try (ImportSession session = needle.store().beginImport()) {
                report = new ImportFiles(needle::importer, TODAY).run(request, session, ImportProgress.NONE);
            }

            assertThat(report.committed()).as(report.errors().toString()).isTrue();
            long users = java.nio.file.Files.readAllLines(export.resolve("User.csv")).size() - 1;
            assertThat(needle.store().stats().reps()).as("every user of the export, managers included").isEqualTo(users);
            assertThat(needle.store().stats().calendarEvents()).as("calendars within a year of today").isPositive();
        }
    }
}
