package dev.needle.ingest;

import dev.needle.app.Needle;
import dev.needle.store.StoreCounts;
import dev.needle.testing.Backend;
import dev.needle.testing.Imports;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.needle.testing.SharedData.path;
import static org.assertj.core.api.Assertions.assertThat;

/** Re-import changes nothing; a bad row stores nothing unless --skip-bad; nothing stored is ever lost. */
class AllOrNothingImportTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void reimportingTheSameExportChangesNothing(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.creatingMissingOwners(), path("salesforce-dev-org-export-sample"));
            StoreCounts first = needle.store().stats();
            String deals = DealDigest.of(needle);

            ImportReport again = Imports.run(needle, Imports.creatingMissingOwners(), path("salesforce-dev-org-export-sample"));

            assertThat(again.committed()).isTrue();
            assertThat(needle.store().stats()).isEqualTo(first);
            assertThat(DealDigest.of(needle)).isEqualTo(deals);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aBadRowStoresNothingAndNamesFileLineAndColumn(Backend backend) throws IOException {
        Path export = exportWithBadAmountOnLine(4);
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.creatingMissingOwners(), export);

            assertThat(report.committed()).isFalse();
            assertThat(report.errors()).singleElement().satisfies(error -> {
                assertThat(error.file()).endsWith("Opportunity.csv");
                assertThat(error.line()).isEqualTo(4);
                assertThat(error.column()).isEqualTo("Amount");
                assertThat(error.reason()).contains("not an amount").contains("12x00");
            });
            assertThat(needle.store().stats().deals()).isZero();
            assertThat(needle.store().stats().accounts()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void skipBadStoresTheGoodRowsAndReportsTheBadOne(Backend backend) throws IOException {
        Path export = exportWithBadAmountOnLine(4);
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.skipBad().withCreateMissing(true), export);

            assertThat(report.committed()).isTrue();
            assertThat(report.errors()).hasSize(1);
            assertThat(needle.store().stats().deals()).isEqualTo(30);
            assertThat(needle.store().stats().accounts()).isEqualTo(12);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aFailedImportLeavesWhatWasStoredAsItWas(Backend backend) throws IOException {
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.creatingMissingOwners(), path("salesforce-dev-org-export-sample"));
            StoreCounts before = needle.store().stats();
            String deals = DealDigest.of(needle);
            Path export = exportWithBadAmountOnLine(20);
            // the good rows of the bad file change amounts of stored deals: none of that may land
            rewriteAllAmounts(export.resolve("Opportunity.csv"));

            ImportReport report = Imports.run(needle, Imports.allOrNothing(), export);

            assertThat(report.committed()).isFalse();
            assertThat(needle.store().stats()).isEqualTo(before);
            assertThat(DealDigest.of(needle)).isEqualTo(deals);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aRowCutShortIsRejectedWithTheStoreUnchanged(Backend backend) throws IOException {
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.creatingMissingOwners(), path("salesforce-dev-org-export-sample"));
            StoreCounts before = needle.store().stats();
            Path dir = Files.createDirectories(temp.resolve("corrupt"));
            List<String> lines = Files.readAllLines(path("salesforce-dev-org-export-sample", "Opportunity.csv"), StandardCharsets.UTF_8);
            lines.set(5, toCsv(csvFields(lines.get(5)).subList(0, 10))); // a row cut short: too few fields
            Files.write(dir.resolve("Opportunity.csv"), lines, StandardCharsets.UTF_8);

            ImportReport report = Imports.run(needle, Imports.allOrNothing(), dir);

            assertThat(report.committed()).isFalse();
            assertThat(report.errors()).anySatisfy(error -> {
                assertThat(error.line()).isEqualTo(6);
                assertThat(error.reason()).contains("the row has 10 fields but the header has 40");
            });
            assertThat(needle.store().stats()).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aFileThatIsNotValidCsvIsRejectedAtTheLineWhereItBreaks(Backend backend) throws IOException {
        try (Needle needle = Imports.needle(backend)) {
            Path dir = Files.createDirectories(temp.resolve("broken"));
            List<String> lines = Files.readAllLines(path("salesforce-dev-org-export-sample", "Opportunity.csv"), StandardCharsets.UTF_8);
            lines.set(5, lines.get(5).substring(0, 60)); // a quote left open in the middle of a row
            Files.write(dir.resolve("Opportunity.csv"), lines, StandardCharsets.UTF_8);

            ImportReport report = Imports.run(needle, Imports.allOrNothing(), dir);

            assertThat(report.committed()).isFalse();
            assertThat(report.errors()).anySatisfy(error -> {
                assertThat(error.line()).isEqualTo(6);
                assertThat(error.reason()).startsWith("not valid CSV");
            });
            assertThat(needle.store().stats().deals()).isZero();
        }
    }

    /** The Salesforce sample export with Opportunity.csv's given line's Amount made unreadable. */
    private Path exportWithBadAmountOnLine(int line) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("export-" + line));
        for (String name : List.of("Account.csv", "Opportunity.csv")) {
            Files.copy(path("salesforce-dev-org-export-sample", name), dir.resolve(name));
        }
        Path opportunities = dir.resolve("Opportunity.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(opportunities, StandardCharsets.UTF_8));
        List<String> header = csvFields(lines.get(0));
        int amount = header.indexOf("Amount");
        List<String> fields = csvFields(lines.get(line - 1));
        fields.set(amount, "12x00");
        lines.set(line - 1, toCsv(fields));
        Files.write(opportunities, lines, StandardCharsets.UTF_8);
        return dir;
    }

    private static void rewriteAllAmounts(Path opportunities) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(opportunities, StandardCharsets.UTF_8));
        int amount = csvFields(lines.get(0)).indexOf("Amount");
        for (int i = 1; i < lines.size(); i++) {
            List<String> fields = csvFields(lines.get(i));
            if (!fields.get(amount).equals("12x00")) fields.set(amount, "1");
            lines.set(i, toCsv(fields));
        }
        Files.write(opportunities, lines, StandardCharsets.UTF_8);
    }

    /** The sample quotes every field and has no embedded quotes or newlines, so a split is exact here. */
    private static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        for (String quoted : line.split("\",\"", -1)) fields.add(quoted.replace("\"", ""));
        return fields;
    }

    private static String toCsv(List<String> fields) {
        return "\"" + String.join("\",\"", fields) + "\"";
    }
}
