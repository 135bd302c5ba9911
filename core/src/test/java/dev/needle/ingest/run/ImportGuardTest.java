package dev.needle.ingest.run;

import dev.needle.app.Needle;
import dev.needle.ingest.ImportProgress;
import dev.needle.ingest.ImportReport;
import dev.needle.ingest.ImportSession;
import dev.needle.ingest.RowError;
import dev.needle.ingest.mapping.MappingLibrary;
import dev.needle.testing.Backend;
import dev.needle.testing.Imports;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bounds a server puts around an import: past any of them nothing is stored. */
class ImportGuardTest {
    private static final String REPS = """
            id,name,email,team,manager_id,time_zone,quota
            r1,Ann One,ann@guard.example,East,,Europe/Berlin,1
            r2,Bob Two,bob@guard.example,East,,Europe/Berlin,1
            r3,Cy Three,cy@guard.example,East,,Europe/Berlin,1
            r4,Di Four,di@guard.example,East,,Europe/Berlin,1
            """;

    @TempDir
    Path export;

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void anImportOfMoreRowsThanItsCapStopsNamingTheCapAndStoresNothing(Backend backend) throws IOException {
        Files.writeString(export.resolve("reps.csv"), REPS);
        try (Needle needle = Imports.needle(backend)) {
            assertThatThrownBy(() -> run(needle, new ImportGuard(3, Long.MAX_VALUE, () -> false)))
                    .isInstanceOf(ImportStoppedException.TooManyRows.class)
                    .hasMessage("the import holds more than 3 rows; nothing was stored");
            assertThat(needle.store().stats().reps()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void anImportWithinItsCapIsStored(Backend backend) throws IOException {
        Files.writeString(export.resolve("reps.csv"), REPS);
        try (Needle needle = Imports.needle(backend)) {
            assertThat(run(needle, new ImportGuard(4, Long.MAX_VALUE, () -> false)).committed()).isTrue();
            assertThat(needle.store().stats().reps()).isEqualTo(4);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void anImportNobodyWaitsForAnyMoreStopsAndStoresNothing(Backend backend) throws IOException {
        Files.writeString(export.resolve("reps.csv"), REPS);
        try (Needle needle = Imports.needle(backend)) {
            assertThatThrownBy(() -> run(needle, new ImportGuard(Long.MAX_VALUE, Long.MAX_VALUE, () -> true)))
                    .isInstanceOf(ImportStoppedException.Abandoned.class);
            assertThat(needle.store().stats().reps()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aCalendarLargerThanTheBoundIsRefusedAsABadFileAndNothingIsStored(Backend backend) throws IOException {
        Files.writeString(export.resolve("reps.csv"), REPS);
        Path calendar = Files.writeString(export.resolve("ann@guard.example.ics"), String.join("\r\n", "BEGIN:VCALENDAR",
                "VERSION:2.0", "BEGIN:VEVENT", "UID:a", "DTSTART:20261201T090000Z", "SUMMARY:Call", "END:VEVENT", "END:VCALENDAR", ""));
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = run(needle, new ImportGuard(Long.MAX_VALUE, 100, () -> false));

            assertThat(report.committed()).isFalse();
            assertThat(report.errors()).extracting(RowError::toString).containsExactly(calendar + ": the calendar is "
                    + Files.size(calendar) + " bytes, more than the 100 one import may read (it is parsed whole in memory);"
                    + " import it with needle import");
            assertThat(needle.store().stats().reps()).isZero();
        }
    }

    private ImportReport run(Needle needle, ImportGuard guard) {
        try (ImportSession session = needle.store().beginImport()) {
            return needle.importer(MappingLibrary.shipped()).run(List.of(export), Imports.allOrNothing(), session,
                    ImportProgress.NONE, guard);
        }
    }
}
