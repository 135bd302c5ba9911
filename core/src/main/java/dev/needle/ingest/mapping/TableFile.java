package dev.needle.ingest.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A table in a file: CSV (UTF-8, UTF-16, or a declared encoding) or the first sheet of an .xlsx workbook.
 *
 * <p>Text is decoded strictly: bytes that are not valid in the encoding stop the reading with an
 * {@link UnreadableFileException} naming the line and the bytes, instead of turning into U+FFFD in the database.
 * Files are read in one streaming pass; only the first few kilobytes are looked at up front.
 *
 * <p>The header is the first row with content. {@link #rows()} gives the data rows after it, without blank rows and
 * without a report footer, which {@link #footer()} gives once the rows have been read to the end.
 */
public final class TableFile implements AutoCloseable {
    private final RowSource source;
    private final Charset encoding;
    private final Delimiter delimiter;
    private final List<String> header;
    private final FooterSplitter rows;

    private TableFile(RowSource source, Charset encoding, Delimiter delimiter) {
        this.source = source;
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.header = headerOf(firstNonBlank(source));
        boolean workbook = delimiter == null;
        Iterator<TableRow> data = workbook ? padded(source, header.size()) : source;
        this.rows = new FooterSplitter(data, header.size() > 1);
    }

    /**
     * A sheet row stops at its last non-empty cell, where a CSV export writes every column; padding to the header's
     * width lets readers check the field count the same way for both.
     */
    private static Iterator<TableRow> padded(Iterator<TableRow> rows, int width) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public TableRow next() {
                TableRow row = rows.next();
                if (row.fields().length >= width) return row;
                String[] fields = Arrays.copyOf(row.fields(), width);
                Arrays.fill(fields, row.fields().length, width, "");
                return new TableRow(row.line(), fields);
            }
        };
    }

    /**
     * Opens {@code file} for reading.
     *
     * @param declaredEncoding the encoding the user says the file is in (--encoding), or null to detect it: a
     *                         byte-order mark or UTF-16's NUL pattern, else UTF-8. A byte-order mark wins over a
     *                         declared encoding, since the file itself is the better witness.
     * @throws UnreadableFileException when the file is not a table Needle can read: not text, an old .xls workbook,
     *                                 not valid in its encoding (where the header is)
     */
    public static TableFile open(Path file, Charset declaredEncoding) {
        String name = file.getFileName().toString();
        String extension = extensionOf(name);
        FileSignature signature = FileSignature.of(sampleOf(file, name));
        if (extension.equals("xls") || signature.kind() == FileSignature.Kind.OLE2) {
            throw new UnreadableFileException(name + ": an old binary Excel workbook (.xls), which Needle does not read;"
                    + " open it in Excel and save it as .xlsx or .csv");
        }
        if (extension.equals("xlsx") || extension.equals("xlsm")) {
            if (signature.kind() != FileSignature.Kind.ZIP) {
                throw new UnreadableFileException(name + ": not an .xlsx workbook, although it is named like one;"
                        + " if it is a CSV file, give it the .csv extension");
            }
            return new TableFile(XlsxTable.open(file), StandardCharsets.UTF_8, null);
        }
        TextEncoding encoding = textEncoding(name, signature, declaredEncoding);
        InputStream in = openAfterBom(file, name, signature.bomLength());
        CsvTable csv = CsvTable.open(name, in, encoding);
        try {
            return new TableFile(csv, encoding.charset(), csv.delimiter());
        } catch (RuntimeException e) {
            csv.close();
            throw e;
        }
    }

    /** The column names, trimmed, without a byte-order mark; empty when the file has no content (the file is empty). */
    public List<String> header() {
        return header;
    }

    /** The data rows after the header, in file order, without blank rows or a report footer. One pass only. */
    public Iterator<TableRow> rows() {
        return rows;
    }

    /**
     * The lines of the report footer after the last data row (e.g. Salesforce's "Confidential Information - Do Not
     * Distribute"), each as its one field; empty when there is none.
     *
     * @throws IllegalStateException before {@link #rows()} has been read to the end, when it cannot be known yet
     */
    public List<String> footer() {
        if (!rows.exhausted()) throw new IllegalStateException("the footer is known once rows() has been read to the end");
        return rows.footer();
    }

    /** The encoding the text was decoded with; UTF-8 for an .xlsx workbook, whose XML is Unicode. */
    public Charset encoding() {
        return encoding;
    }

    /** The field separator of a CSV file, found from its header line; empty for an .xlsx workbook, which has none. */
    public Optional<Delimiter> delimiter() {
        return Optional.ofNullable(delimiter);
    }

    @Override
    public void close() {
        source.close();
    }

    private static TableRow firstNonBlank(RowSource source) {
        while (source.hasNext()) {
            TableRow row = source.next();
            if (!row.isBlank()) return row;
        }
        return null;
    }

    private static List<String> headerOf(TableRow row) {
        if (row == null) return List.of();
        List<String> names = new ArrayList<>(row.fields().length);
        for (String field : row.fields()) names.add(field == null ? "" : field.replace("\uFEFF", "").trim());
        return Collections.unmodifiableList(names);
    }

    private static TextEncoding textEncoding(String name, FileSignature signature, Charset declared) {
        switch (signature.kind()) {
            case TEXT_KNOWN_ENCODING:
                return new TextEncoding(signature.charset(), TextEncoding.Source.FILE_SAYS);
            case TEXT:
                return declared == null ? new TextEncoding(StandardCharsets.UTF_8, TextEncoding.Source.ASSUMED_UTF8)
                        : new TextEncoding(declared, TextEncoding.Source.DECLARED);
            case BINARY:
                // NULs are what UTF-16 and UTF-32 text is made of, when the user says the file is such
                if (declared != null && isWide(declared)) return new TextEncoding(declared, TextEncoding.Source.DECLARED);
                throw notText(name, "its first bytes are binary data, not text");
            case ZIP:
                throw notText(name, "it is a zip archive (an .xlsx workbook renamed?); if it is an Excel workbook,"
                        + " give it the .xlsx extension");
            case PDF:
                throw notText(name, "it is a PDF document; export the data as CSV or .xlsx instead");
            default:
                throw notText(name, "an unknown format");
        }
    }

    private static UnreadableFileException notText(String name, String why) {
        return new UnreadableFileException(name + ": not a text/CSV file: " + why);
    }

    private static boolean isWide(Charset charset) {
        String charsetName = charset.name().toUpperCase(Locale.ROOT);
        return charsetName.startsWith("UTF-16") || charsetName.startsWith("UTF-32");
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static InputStream openAfterBom(Path file, String name, int bomLength) {
        InputStream in = null;
        try {
            in = Files.newInputStream(file);
            in.skipNBytes(bomLength);
            return in;
        } catch (IOException e) {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // the read error is the one to report
                }
            }
            throw new UnreadableFileException(name + ": could not be read (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] sampleOf(Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(FileSignature.SAMPLE_SIZE);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(name + ": no such file (" + file + ")", e);
        } catch (IOException e) {
            throw new UnreadableFileException(name + ": could not be read (" + e.getMessage() + ")", e);
        }
    }
}
