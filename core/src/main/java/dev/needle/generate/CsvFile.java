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
 * Writers always add every field of the full header; when only some columns are written (a user's
 * chosen columns), the row is held until {@link #end} and the chosen fields written in their order,
 * so that the writers stay the same for every shape. I/O failures surface as
 * {@link UncheckedIOException}; {@link Generator} unwraps them.
 */
final class CsvFile implements Closeable {
    private final Writer out;
    private final boolean quoteEveryField;
    private final String lineEnd;
    /** For each written column, its position in the full row; null when every column is written as added. */
    private final int[] chosen;
    private final String[] held;
    private int fieldsAdded;
    private boolean rowStarted;
    private long rows;

    private CsvFile(Writer out, Format format, int[] chosen, int fullWidth) {
        this.out = out;
        this.quoteEveryField = format.quoteEveryField();
        this.lineEnd = format.lineEnd();
        this.chosen = chosen;
        this.held = chosen == null ? null : new String[fullWidth];
    }

    static CsvFile create(Path file, Format format, List<String> header) throws IOException {
        return create(file, format, header, header);
    }

    /** A file whose rows are added with every field of {@code header} and written with {@code columns}. */
    static CsvFile create(Path file, Format format, List<String> header, List<String> columns) throws IOException {
        int[] chosen = null;
        if (!columns.equals(header)) {
            chosen = new int[columns.size()];
            for (int index = 0; index < chosen.length; index++) {
                chosen[index] = header.indexOf(columns.get(index));
                if (chosen[index] < 0) throw new IllegalArgumentException("not in the header: " + columns.get(index));
            }
        }
        Writer writer = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        CsvFile csv = new CsvFile(writer, format, chosen, header.size());
        for (String column : columns) csv.write(format.headerName(column));
        csv.endHeader();
        return csv;
    }

    /** Appends one field; null is written as the empty string, as exports write a missing value. */
    CsvFile add(String value) {
        if (held != null) {
            held[fieldsAdded++] = value;
            return this;
        }
        write(value);
        return this;
    }

    CsvFile add(long value) {
        return add(Long.toString(value));
    }

    void end() {
        if (held != null) {
            if (fieldsAdded != held.length) {
                throw new IllegalStateException("row of " + fieldsAdded + " fields, header of " + held.length);
            }
            for (int position : chosen) write(held[position]);
            fieldsAdded = 0;
        }
        endHeader();
        rows++;
    }

    long rows() {
        return rows;
    }

    private void write(String value) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
