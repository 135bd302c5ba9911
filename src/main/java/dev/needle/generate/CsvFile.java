package dev.needle.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One CSV file streamed to disk, row by row, in the quoting and line endings of the export style.
 * I/O failures surface as {@link UncheckedIOException}; {@link Generator} unwraps them.
 */
final class CsvFile implements Closeable {
    private final Writer out;
    private final boolean quoteEveryField;
    private final String lineEnd;
    private boolean rowStarted;
    private long rows;

    private CsvFile(Writer out, Format format) {
        this.out = out;
        this.quoteEveryField = format.quoteEveryField();
        this.lineEnd = format.lineEnd();
    }

    static CsvFile create(Path file, Format format, List<String> header) throws IOException {
        Writer writer = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        CsvFile csv = new CsvFile(writer, format);
        header.forEach(csv::add);
        csv.endHeader();
        return csv;
    }

    /** Appends one field; null is written as the empty string, as exports write a missing value. */
    CsvFile add(String value) {
        try {
            if (rowStarted) out.write(',');
            rowStarted = true;
            String text = value == null ? "" : value;
            if (quoteEveryField || needsQuotes(text)) {
                out.write('"');
                out.write(text.indexOf('"') < 0 ? text : text.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(text);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CsvFile add(long value) {
        return add(Long.toString(value));
    }

    void end() {
        endHeader();
        rows++;
    }

    long rows() {
        return rows;
    }

    private void endHeader() {
        try {
            out.write(lineEnd);
            rowStarted = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean needsQuotes(String text) {
        if (text.isEmpty()) return false;
        if (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ') return true;
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (character == ',' || character == '"' || character == '\n' || character == '\r') return true;
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
