package dev.needle.ingest;

import dev.needle.app.Needle;
import dev.needle.generate.Generator;
import dev.needle.generate.GeneratorSettings;
import dev.needle.store.StoreCounts;
import dev.needle.testing.Backend;
import dev.needle.testing.Imports;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Salesforce's two export styles of one org — weekly Data Export (18-character ids, 1/0, spaced
 * timestamps) and Data Loader (15-character ids, true/false, ISO instants, Start/EndDateTime) —
 * import to the same records, so either can follow the other.
 */
class SalesforceExportStylesTest {
    private static final GeneratorSettings EXPORT =
            new GeneratorSettings(5, 40, 9, LocalDate.of(2026, 5, 29), GeneratorSettings.Style.EXPORT);

    @TempDir
    Path temp;

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void dataLoaderStyleImportsToTheSameRecordsAsDataExportStyle(Backend backend) throws Exception {
        Path export = temp.resolve("export");
        Path loader = temp.resolve("loader");
        new Generator(EXPORT).writeTo(export, rows -> { });
        new Generator(new GeneratorSettings(EXPORT.reps(), EXPORT.days(), EXPORT.seed(), EXPORT.until(),
                GeneratorSettings.Style.LOADER)).writeTo(loader, rows -> { });
        try (Needle needle = Imports.needle(backend)) {
            ImportReport first = Imports.run(needle, Imports.allOrNothing(), export);
            assertThat(first.errors()).isEmpty();
            StoreCounts fromExport = needle.store().stats();
            String deals = DealDigest.of(needle);

            ImportReport second = Imports.run(needle, Imports.allOrNothing(), loader);

            assertThat(second.errors()).isEmpty();
            assertThat(needle.store().stats()).isEqualTo(fromExport);
            assertThat(DealDigest.of(needle)).isEqualTo(deals);
            assertThat(fromExport.activities()).isGreaterThan(1_000);
            assertThat(fromExport.nextActions()).isPositive();
        }
    }
}
