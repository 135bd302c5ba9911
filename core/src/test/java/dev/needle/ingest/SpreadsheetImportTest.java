package dev.needle.ingest;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.needle.app.Needle;
import dev.needle.testing.Backend;
import dev.needle.testing.ExportFixtures;
import dev.needle.testing.Imports;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export saved as .xlsx — as HubSpot and Pipedrive offer, or as a spreadsheet round-trip leaves it,
 * amounts as number cells — imports to the same records as the CSV it came from.
 */
class SpreadsheetImportTest {
    @TempDir
    Path workbooks;

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aDataLoaderExtractSavedAsWorkbooksGivesTheSameRecordsAsItsCsvs(Backend backend) throws IOException {
        Path csvs = ExportFixtures.folder("salesforce", "dataloader-chosen-columns");
        try (Stream<Path> files = Files.list(csvs)) {
            for (Path csv : files.toList()) toWorkbook(csv, workbooks.resolve(csv.getFileName().toString().replace(".csv", ".xlsx")));
        }
        String fromCsv;
        long activitiesFromCsv;
        try (Needle needle = Imports.needle(backend)) {
            assertThat(Imports.run(needle, Imports.allOrNothing(), csvs).errors()).isEmpty();
            fromCsv = DealDigest.of(needle);
            activitiesFromCsv = needle.store().stats().activities();
        }
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), workbooks);

            assertThat(report.errors()).isEmpty();
            assertThat(report.files()).hasSize(7).allSatisfy(file -> assertThat(file.file()).endsWith(".xlsx"));
            assertThat(DealDigest.of(needle)).isEqualTo(fromCsv);
            assertThat(needle.store().stats().activities()).isEqualTo(activitiesFromCsv).isPositive();
        }
    }

    /** Plain numbers become number cells, the rest text, the way a spreadsheet keeps an opened CSV. */
    private static void toWorkbook(Path csv, Path xlsx) throws IOException {
        try (OutputStream out = Files.newOutputStream(xlsx); CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
            Workbook workbook = new Workbook(out, "Needle test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Export");
            int row = 0;
            for (CsvRecord record : reader) {
                for (int column = 0; column < record.getFieldCount(); column++) {
                    String value = record.getField(column);
                    if (row > 0 && value.matches("-?\\d{1,9}(\\.\\d+)?")) sheet.value(row, column, new BigDecimal(value));
                    else if (!value.isEmpty()) sheet.value(row, column, value);
                }
                row++;
            }
            workbook.finish();
        }
    }
}
