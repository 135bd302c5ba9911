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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file Needle cannot read fails the import, naming the file and why, and stores nothing — unless
 * the user says to skip such files; files that are no export at all are listed, not refused.
 */
class LoudImportTest {
    private static final String USERS = "Id,Name,Email\n005000000000001,Ana Silva,ana@acme.test\n";

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aCsvOfNoKnownFormatFailsTheImportNamingTheClosestFormatAndWhatItLacks(Backend backend) throws IOException {
        write("User.csv", USERS);
        write("Zoho_Potentials_2024.csv", "Potential Id,Potential Name,Potential Owner,Closing Date\nzcrm_1,Big deal,Ana,2024-01-05\n");
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), folder);

            assertThat(report.committed()).isFalse();
            assertThat(report.errors()).singleElement().satisfies(error -> {
                assertThat(error.file()).endsWith("Zoho_Potentials_2024.csv");
                assertThat(error.reason()).contains("match no known format").contains("--mapping").contains("--skip-unknown");
            });
            assertThat(needle.store().stats().reps()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void skipUnknownStoresTheRestAndSaysWhichFileWasLeftOut(Backend backend) throws IOException {
        write("User.csv", USERS);
        write("report.csv", "Opportunity Owner,Account Name,Close Date\nAna Silva,Acme,1/5/2024\n");
        write("README.md", "# our export\n");
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, options(true), folder);

            assertThat(report.committed()).isTrue();
            assertThat(needle.store().stats().reps()).isEqualTo(1);
            assertThat(report.skipped()).anySatisfy(skipped -> {
                assertThat(skipped.file()).endsWith("report.csv");
                assertThat(skipped.reason()).startsWith("skipped (--skip-unknown)");
                assertThat(skipped.leftOut()).isTrue();
            });
            assertThat(report.skipped()).anySatisfy(skipped -> {
                assertThat(skipped.file()).endsWith("README.md");
                assertThat(skipped.reason()).startsWith("not imported");
            });
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aRecognisedFileLackingARequiredColumnIsRefusedNamingTheColumn(Backend backend) throws IOException {
        // Task ids (00T…) and a Subject, but no owner: no activity can be made without its rep
        write("extract.csv", "Id,Subject,WhatId,ActivityDate\n00T000000000001,Call,001000000000001,2024-01-05\n");
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), folder);

            assertThat(report.committed()).isFalse();
            assertThat(report.errors()).singleElement().satisfies(error -> assertThat(error.reason())
                    .contains("salesforce-task").contains("Salesforce key prefix 00T").contains("lacks the column OwnerId"));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void anEmptyFileAndAnOldExcelWorkbookAreEachRefusedWithTheirOwnReason(Backend backend) throws IOException {
        write("User.csv", USERS);
        write("Account.csv", "");
        Files.write(folder.resolve("deals.xls"), new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, options(true), folder);

            assertThat(report.committed()).isFalse();
            assertThat(report.errors()).extracting(RowError::toString)
                    .anySatisfy(error -> assertThat(error).contains("Account.csv").contains("the file is empty"))
                    .anySatisfy(error -> assertThat(error).contains("deals.xls").contains("save it as .xlsx or .csv"));
            assertThat(needle.store().stats().reps()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void chosenColumnsInAnyCaseAreRecognisedByTheirSalesforceIds(Backend backend) throws IOException {
        // Data Loader extracts: the user picked the columns, the file is called extract.csv, and
        // Data Loader up to v60 writes headers in capitals, v62 in lower case
        write("extract.csv", "ID,NAME,EMAIL,MANAGERID,TIMEZONESIDKEY,ISACTIVE\n005000000000001,Ana Silva,ana@acme.test,,Europe/Berlin,true\n");
        write("extract (1).csv", "id,name,ownerid\n001000000000001,Acme,005000000000001\n");
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), folder);

            assertThat(report.errors()).isEmpty();
            assertThat(report.files()).extracting(ImportReport.FileReport::format)
                    .containsExactly("salesforce-user", "salesforce-account");
            StoreCounts stats = needle.store().stats();
            assertThat(stats.reps()).isEqualTo(1);
            assertThat(stats.accounts()).isEqualTo(1);
            assertThat(needle.store().dataset().reps().get(0).email()).isEqualTo("ana@acme.test");
            assertThat(needle.store().dataset().reps().get(0).timeZone()).isEqualTo("Europe/Berlin");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aByteThatIsNotUtf8DeepInAFileFailsTheImportEvenWithSkipBad(Backend backend) throws IOException {
        StringBuilder users = new StringBuilder("Id,Name,Email\n");
        for (int i = 1; i <= 9; i++) users.append("00500000000000").append(i).append(",Rep ").append(i).append(",rep").append(i).append("@acme.test\n");
        byte[] start = users.toString().getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "005000000000010,J\u00FCrgen M\u00FCller,juergen@acme.test\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = java.util.Arrays.copyOf(start, start.length + latin1.length);
        System.arraycopy(latin1, 0, file, start.length, latin1.length);
        Files.write(folder.resolve("User.csv"), file);
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.skipBad(), folder);

            assertThat(report.committed()).isFalse();
            assertThat(report.refusedFiles()).singleElement().asString().endsWith("User.csv");
            assertThat(report.errors()).singleElement().satisfies(error -> {
                assertThat(error.line()).isEqualTo(11);
                assertThat(error.reason()).contains("not UTF-8").contains("--encoding");
            });
            assertThat(needle.store().stats().reps()).isZero();
        }
    }

    private ImportOptions options(boolean skipUnknown) {
        return new ImportOptions(false, null, Imports.CALENDAR_FROM, Imports.CALENDAR_TO, skipUnknown, null, null);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

}
