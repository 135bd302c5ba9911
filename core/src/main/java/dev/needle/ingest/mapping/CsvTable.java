package dev.needle.ingest.mapping;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;

/** The records of a CSV file, decoded strictly, with the delimiter its header line uses. */
final class CsvTable implements RowSource {
    /** How far ahead the delimiter is looked for: a header line longer than this is not a header. */
    private static final int HEADER_PEEK_LIMIT = 1 << 20;

    private final String fileName;
    private final TextEncoding encoding;
    private final StrictDecodingReader decoder;
    private final Delimiter delimiter;
    private final CsvReader<CsvRecord> csv;
    private final Iterator<CsvRecord> records;

    private CsvTable(String fileName, TextEncoding encoding, StrictDecodingReader decoder) throws IOException {
        this.fileName = fileName;
        this.encoding = encoding;
        this.decoder = decoder;
        BufferedReader text = new BufferedReader(decoder, 64 * 1024);
        this.delimiter = Delimiter.of(firstNonBlankLine(text));
        // Blank lines are kept (skipEmptyLines false): the blank line before a report footer is what announces it.
        this.csv = CsvReader.builder().fieldSeparator(delimiter.symbol()).allowExtraFields(true)
                .allowMissingFields(true).skipEmptyLines(false).ofCsvRecord(text);
        this.records = csv.iterator();
    }

    /** Reads {@code in}, positioned after any byte-order mark, as CSV in {@code encoding}. Closes it on failure. */
    static CsvTable open(String fileName, InputStream in, TextEncoding encoding) {
        StrictDecodingReader decoder = new StrictDecodingReader(in, encoding.charset());
        try {
            return new CsvTable(fileName, encoding, decoder);
        } catch (IOException | RuntimeException e) {
            closeQuietly(decoder);
            throw translate(fileName, encoding, decoder, e);
        }
    }

    Delimiter delimiter() {
        return delimiter;
    }

    /** Peeks at the first line with content and rewinds, so the parser still sees the whole file. */
    private static String firstNonBlankLine(BufferedReader text) throws IOException {
        text.mark(HEADER_PEEK_LIMIT);
        StringBuilder line = new StringBuilder();
        int read = 0;
        for (int c = text.read(); c >= 0 && read < HEADER_PEEK_LIMIT - 1; c = text.read(), read++) {
            if (c != '\n' && c != '\r') line.append((char) c);
            else if (!line.toString().isBlank()) break;
            else line.setLength(0);
        }
        text.reset();
        return line.toString();
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (RuntimeException e) {
            throw translate(fileName, encoding, decoder, e);
        }
    }

    @Override
    public TableRow next() {
        try {
            CsvRecord record = records.next();
            // field by field: getFields() wraps the fields in two lists, and their toArray copies reflectively
            String[] fields = new String[record.getFieldCount()];
            for (int i = 0; i < fields.length; i++) fields[i] = record.getField(i);
            return new TableRow(record.getStartingLineNumber(), fields);
        } catch (RuntimeException e) {
            throw translate(fileName, encoding, decoder, e);
        }
    }

    /**
     * The parser may wrap the decoder's error in its own exceptions; the decoder keeps it, so the user is told about
     * the encoding rather than about a parse error that is only its consequence.
     */
    /** FastCSV names the line only in its message ("record starting at line 6"). */
    private static long lineNamedIn(String message) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(message));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    private static RuntimeException translate(String fileName, TextEncoding encoding, StrictDecodingReader decoder, Exception e) {
        if (e instanceof UnreadableFileException unreadable) return unreadable;
        if (decoder.failure() != null) {
            return new UnreadableFileException(encoding.refusal(fileName, decoder.failure()), decoder.failure().line(), e);
        }
        if (e instanceof CsvParseException) {
            return new UnreadableFileException(fileName + ": not valid CSV (" + e.getMessage() + "); check that the file"
                    + " is a complete CSV export, with every quote closed", lineNamedIn(e.getMessage()), e);
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            return new UnreadableFileException(fileName + ": could not be read (" + e.getMessage() + ")", e);
        }
        return (RuntimeException) e;
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException ignored) {
            // closing a file that was only read loses nothing
        }
    }

    private static void closeQuietly(StrictDecodingReader decoder) {
        try {
            decoder.close();
        } catch (IOException ignored) {
            // the file was unreadable already; that error is the one to report
        }
    }
}
