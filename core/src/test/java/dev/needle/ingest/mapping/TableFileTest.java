package dev.needle.ingest.mapping;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableFileTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String PEOPLE = "Name,City\r\nMüller,Köln\r\nCafé résumé,Zürich\r\n";

    @TempDir
    Path dir;

    // ---- encodings ----

    @Test
    void readsUtf8WithoutByteOrderMark() throws IOException {
        Path file = write("people.csv", PEOPLE.getBytes(StandardCharsets.UTF_8));

        Read read = readAll(file, null);

        assertThat(read.header).containsExactly("Name", "City");
        assertThat(read.fields()).containsExactly(List.of("Müller", "Köln"), List.of("Café résumé", "Zürich"));
        assertThat(read.encoding).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void readsUtf8WithByteOrderMarkAndKeepsItOutOfTheHeader() throws IOException {
        Path file = write("people.csv", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PEOPLE.getBytes(StandardCharsets.UTF_8)));

        Read read = readAll(file, null);

        assertThat(read.header).containsExactly("Name", "City");
        assertThat(read.fields().get(0)).containsExactly("Müller", "Köln");
    }

    @Test
    void readsUtf16LittleEndianWithByteOrderMark() throws IOException {
        Path file = write("people.csv", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, PEOPLE.getBytes(StandardCharsets.UTF_16LE)));

        Read read = readAll(file, null);

        assertThat(read.header).containsExactly("Name", "City");
        assertThat(read.fields()).containsExactly(List.of("Müller", "Köln"), List.of("Café résumé", "Zürich"));
        assertThat(read.encoding).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void readsUtf16BigEndianWithByteOrderMark() throws IOException {
        Path file = write("people.csv", bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, PEOPLE.getBytes(StandardCharsets.UTF_16BE)));

        Read read = readAll(file, null);

        assertThat(read.fields()).containsExactly(List.of("Müller", "Köln"), List.of("Café résumé", "Zürich"));
        assertThat(read.encoding).isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void readsUtf16WithoutByteOrderMarkWhenItsNulBytesGiveItAway() throws IOException {
        Path file = write("people.csv", PEOPLE.getBytes(StandardCharsets.UTF_16LE));

        Read read = readAll(file, null);

        assertThat(read.fields().get(1)).containsExactly("Café résumé", "Zürich");
        assertThat(read.encoding).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void refusesLatin1TextWhenNoEncodingIsDeclared_namingTheLineTheByteAndTheFix() throws IOException {
        Path file = write("Task.csv", "Subject,Owner\nCall,Anna\nVisit,Müller\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> readAll(file, null))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("Task.csv, line 3: not UTF-8 (byte 0xFC)")
                .hasMessageContaining("--encoding windows-1252");
    }

    @Test
    void readsTheRowsBeforeTheBadLineBeforeRefusingTheFile() throws IOException {
        Path file = write("Task.csv", "Subject,Owner\nCall,Anna\nVisit,Müller\n".getBytes(StandardCharsets.ISO_8859_1));

        try (TableFile table = TableFile.open(file, null)) {
            Iterator<TableRow> rows = table.rows();
            assertThat(rows.next().fields()).containsExactly("Call", "Anna");
            assertThatThrownBy(rows::hasNext).isInstanceOf(UnreadableFileException.class).hasMessageContaining("line 3");
        }
    }

    @Test
    void refusesLatin1TextFarIntoALargeFileAtTheRightLine() throws IOException {
        StringBuilder text = new StringBuilder("Subject,Owner\n");
        for (int i = 0; i < 5000; i++) text.append("Call number ").append(i).append(",\"Anna\r\nSmith\"\n");
        text.append("Visit,Café\n");
        Path file = write("Task.csv", text.toString().getBytes(StandardCharsets.ISO_8859_1));

        // 1 header line + 5000 records of 2 lines each: the bad record starts on line 10002
        assertThatThrownBy(() -> readAll(file, null))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("Task.csv, line 10002: not UTF-8 (byte 0xE9)");
    }

    @Test
    void readsLatin1TextRightWhenWindows1252IsDeclared() throws IOException {
        Path file = write("people.csv", PEOPLE.getBytes(StandardCharsets.ISO_8859_1));

        Read read = readAll(file, WINDOWS_1252);

        assertThat(read.fields()).containsExactly(List.of("Müller", "Köln"), List.of("Café résumé", "Zürich"));
        assertThat(read.encoding).isEqualTo(WINDOWS_1252);
    }

    @Test
    void refusesAFileThatIsNotInTheDeclaredEncodingEither() throws IOException {
        Path file = write("people.csv", PEOPLE.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> readAll(file, StandardCharsets.US_ASCII))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("people.csv, line 2: not US-ASCII as declared with --encoding (byte 0xC3)");
    }

    @Test
    void refusesBytesTheDeclaredEncodingHasNoCharacterFor() throws IOException {
        // 0x81 is unassigned in Windows-1252: a lenient decoder would store U+FFFD
        Path file = write("people.csv", "Name,City\nAnna,Berlin\nBen,X\u0081Y\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> readAll(file, WINDOWS_1252))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("people.csv, line 3: not windows-1252 as declared with --encoding (byte 0x81)");
    }

    // ---- not text ----

    @Test
    void refusesRandomBytesAsNotText() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path file = write("Account.csv", noise);

        assertThatThrownBy(() -> TableFile.open(file, null))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("Account.csv: not a text/CSV file");
    }

    @Test
    void refusesRandomBytesAsNotTextEvenWithADeclaredEncoding() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path file = write("Account.csv", noise);

        assertThatThrownBy(() -> TableFile.open(file, WINDOWS_1252)).hasMessageContaining("not a text/CSV file");
    }

    @Test
    void refusesAWorkbookRenamedToCsvAsNotText() throws IOException {
        Path workbook = writeWorkbook("deals.xlsx", sheet -> sheet.value(0, 0, "Name"));
        Path renamed = Files.move(workbook, dir.resolve("deals.csv"));

        assertThatThrownBy(() -> TableFile.open(renamed, null))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("deals.csv: not a text/CSV file")
                .hasMessageContaining(".xlsx");
    }

    @Test
    void refusesAPdfAsNotText() throws IOException {
        Path file = write("report.csv", bytes("%PDF-1.7\n%".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'}));

        assertThatThrownBy(() -> TableFile.open(file, null)).hasMessageContaining("not a text/CSV file: it is a PDF");
    }

    // ---- empty files ----

    @Test
    void opensAnEmptyFileWithAnEmptyHeaderAndNoRows() throws IOException {
        for (byte[] content : List.of(new byte[0], new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "  \r\n\n \n".getBytes(StandardCharsets.US_ASCII))) {
            Path file = write("empty.csv", content);

            Read read = readAll(file, null);

            assertThat(read.header).isEmpty();
            assertThat(read.rows).isEmpty();
            assertThat(read.footer).isEmpty();
        }
    }

    // ---- CSV shapes ----

    @Test
    void readsASemicolonSeparatedFileAsEuropeanExcelWritesIt() throws IOException {
        Path file = write("deals.csv", "Name;Amount;Close Date\nAcme, Inc.;1.234,50;05.03.2024\n".getBytes(StandardCharsets.UTF_8));

        try (TableFile table = TableFile.open(file, null)) {
            assertThat(table.delimiter()).contains(Delimiter.SEMICOLON);
            assertThat(table.header()).containsExactly("Name", "Amount", "Close Date");
            assertThat(table.rows().next().fields()).containsExactly("Acme, Inc.", "1.234,50", "05.03.2024");
        }
    }

    @Test
    void readsATabSeparatedFile() throws IOException {
        Path file = write("deals.tsv", "Name\tAmount\nAcme\t100\n".getBytes(StandardCharsets.UTF_8));

        try (TableFile table = TableFile.open(file, null)) {
            assertThat(table.delimiter()).contains(Delimiter.TAB);
            assertThat(table.rows().next().fields()).containsExactly("Acme", "100");
        }
    }

    @Test
    void takesCommasAsTheDelimiterWhenOnlyQuotedTextHasSemicolons() throws IOException {
        Path file = write("deals.csv", "\"Name; legal\",Amount\nAcme,100\n".getBytes(StandardCharsets.UTF_8));

        try (TableFile table = TableFile.open(file, null)) {
            assertThat(table.delimiter()).contains(Delimiter.COMMA);
            assertThat(table.header()).containsExactly("Name; legal", "Amount");
        }
    }

    @Test
    void numbersEachRowByTheLineItStartsOn() throws IOException {
        Path file = write("notes.csv", "Id,Body\n1,\"two\nlines\"\n2,one line\n".getBytes(StandardCharsets.UTF_8));

        Read read = readAll(file, null);

        assertThat(read.rows).extracting(TableRow::line).containsExactly(2L, 4L);
    }

    @Test
    void trimsTheHeader() throws IOException {
        Path file = write("deals.csv", " Name , Amount\nAcme,100\n".getBytes(StandardCharsets.UTF_8));

        assertThat(readAll(file, null).header).containsExactly("Name", "Amount");
    }

    // ---- report footers ----

    @Test
    void splitsOffTheFooterOfASalesforceReport() throws IOException {
        Path file = write("report1704449520000.csv", """
                "Opportunity Name","Amount","Stage"
                "Acme renewal","12000","Closed Won"
                "Globex pilot","3500","Prospecting"
                
                "Confidential Information - Do Not Distribute"
                "Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved."
                
                "Generated By:  Jane Doe  1/5/2024 10:12 AM"
                "Acme Inc."
                """.getBytes(StandardCharsets.UTF_8));

        Read read = readAll(file, null);

        assertThat(read.fields()).containsExactly(List.of("Acme renewal", "12000", "Closed Won"),
                List.of("Globex pilot", "3500", "Prospecting"));
        assertThat(read.footer).containsExactly("Confidential Information - Do Not Distribute",
                "Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved.",
                "Generated By:  Jane Doe  1/5/2024 10:12 AM", "Acme Inc.");
    }

    @Test
    void skipsABlankLineInTheMiddleOfTheDataWithoutTakingWhatFollowsForAFooter() throws IOException {
        Path file = write("deals.csv", """
                Name,Amount,Stage
                Acme,100,Won
                
                Globex,,
                Initech,300,Lost
                ,,
                Umbrella,400,Won
                """.getBytes(StandardCharsets.UTF_8));

        Read read = readAll(file, null);

        assertThat(read.fields()).extracting(fields -> fields.get(0)).containsExactly("Acme", "Globex", "Initech", "Umbrella");
        assertThat(read.rows).extracting(TableRow::line).containsExactly(2L, 4L, 5L, 7L);
        assertThat(read.footer).isEmpty();
    }

    @Test
    void takesALongRunOfOneFieldRowsAfterABlankLineAsData() throws IOException {
        StringBuilder text = new StringBuilder("Name,Amount\nAcme,100\n\n");
        for (int i = 0; i < FooterSplitter.LONGEST_FOOTER + 5; i++) text.append("Lead ").append(i).append(",\n");
        Path file = write("leads.csv", text.toString().getBytes(StandardCharsets.UTF_8));

        Read read = readAll(file, null);

        assertThat(read.rows).hasSize(1 + FooterSplitter.LONGEST_FOOTER + 5);
        assertThat(read.footer).isEmpty();
    }

    @Test
    void neverTakesRowsOfAOneColumnFileForAFooter() throws IOException {
        Path file = write("emails.csv", "Email\nanna@example.com\n\nben@example.com\n".getBytes(StandardCharsets.UTF_8));

        Read read = readAll(file, null);

        assertThat(read.fields()).containsExactly(List.of("anna@example.com"), List.of("ben@example.com"));
        assertThat(read.footer).isEmpty();
    }

    @Test
    void knowsTheFooterOnlyOnceTheRowsAreRead() throws IOException {
        Path file = write("deals.csv", "Name,Amount\nAcme,100\n".getBytes(StandardCharsets.UTF_8));

        try (TableFile table = TableFile.open(file, null)) {
            assertThatThrownBy(table::footer).isInstanceOf(IllegalStateException.class);
        }
    }

    // ---- xlsx ----

    @Test
    void readsTheFirstSheetOfAWorkbookAsACsvExportWouldHaveIt() throws IOException {
        Path file = writeWorkbook("deals.xlsx", sheet -> {
            sheet.value(0, 0, "Deal");
            sheet.value(0, 1, "Amount");
            sheet.value(0, 2, "Probability");
            sheet.value(0, 3, "Close Date");
            sheet.value(0, 4, "Last Activity");
            sheet.value(0, 5, "Won");
            sheet.value(0, 6, "Tiny");
            sheet.value(1, 0, "Acme renewal");
            sheet.value(1, 1, 12000);
            sheet.value(1, 2, new BigDecimal("0.25"));
            sheet.value(1, 3, LocalDate.of(2024, 3, 5));
            sheet.style(1, 3).format("yyyy-mm-dd").set();
            sheet.value(1, 4, LocalDateTime.of(2024, 3, 5, 14, 0));
            sheet.style(1, 4).format("dd/mm/yyyy hh:mm").set();
            sheet.value(1, 5, true);
            sheet.value(1, 6, 0.000001);
            sheet.value(2, 0, "Globex");
            sheet.value(2, 1, 1e15);
            sheet.value(2, 5, false);
        });

        Read read = readAll(file, null);

        assertThat(read.header).containsExactly("Deal", "Amount", "Probability", "Close Date", "Last Activity", "Won", "Tiny");
        assertThat(read.fields()).containsExactly(
                List.of("Acme renewal", "12000", "0.25", "2024-03-05", "2024-03-05T14:00:00", "true", "0.000001"),
                List.of("Globex", "1000000000000000", "", "", "", "false", ""));
        assertThat(read.rows).extracting(TableRow::line).containsExactly(2L, 3L);
        assertThat(read.encoding).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void readsAWorkbookWhoseHeaderIsBelowEmptyRows() throws IOException {
        Path file = writeWorkbook("contacts.xlsx", sheet -> {
            sheet.value(2, 0, "Email");
            sheet.value(2, 1, "Name");
            sheet.value(3, 0, "anna@example.com");
            sheet.value(3, 1, "Anna");
        });

        try (TableFile table = TableFile.open(file, null)) {
            assertThat(table.header()).containsExactly("Email", "Name");
            assertThat(table.delimiter()).isEmpty();
            TableRow row = table.rows().next();
            assertThat(row.line()).isEqualTo(4);
            assertThat(row.fields()).containsExactly("anna@example.com", "Anna");
        }
    }

    @Test
    void splitsOffAReportFooterInAWorkbookToo() throws IOException {
        Path file = writeWorkbook("report.xlsx", sheet -> {
            sheet.value(0, 0, "Opportunity Name");
            sheet.value(0, 1, "Amount");
            sheet.value(1, 0, "Acme renewal");
            sheet.value(1, 1, 12000);
            sheet.value(3, 0, "Confidential Information - Do Not Distribute");
        });

        Read read = readAll(file, null);

        assertThat(read.rows).hasSize(1);
        assertThat(read.footer).containsExactly("Confidential Information - Do Not Distribute");
    }

    @Test
    void refusesAnOldBinaryExcelWorkbook() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
        Path file = write("deals.xls", ole2);

        assertThatThrownBy(() -> TableFile.open(file, null))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("deals.xls: ")
                .hasMessageContaining("save it as .xlsx or .csv");
    }

    @Test
    void refusesAFileNamedXlsxThatIsNotAWorkbook() throws IOException {
        Path file = write("deals.xlsx", "Name,Amount\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> TableFile.open(file, null))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("deals.xlsx: not an .xlsx workbook");
    }

    // ---- helpers ----

    /** Everything a table file gives, read to the end. */
    private record Read(List<String> header, List<TableRow> rows, List<String> footer, Charset encoding) {
        List<List<String>> fields() {
            return rows.stream().map(row -> List.of(row.fields())).toList();
        }
    }

    private static Read readAll(Path file, Charset declared) {
        try (TableFile table = TableFile.open(file, declared)) {
            List<TableRow> rows = new ArrayList<>();
            for (Iterator<TableRow> it = table.rows(); it.hasNext(); ) rows.add(it.next());
            return new Read(table.header(), rows, table.footer(), table.encoding());
        }
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] bytes(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }

    private interface SheetContent {
        void fill(Worksheet sheet) throws IOException;
    }

    private Path writeWorkbook(String name, SheetContent content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Needle tests", "1.0");
            content.fill(workbook.newWorksheet("Sheet1"));
            workbook.newWorksheet("Second sheet, not read").value(0, 0, "Ignored");
            workbook.finish();
        }
        return file;
    }
}
