package dev.needle.generate;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import de.siegmar.fastcsv.writer.QuoteStrategy;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One CSV file streamed to disk by FastCSV's writer, row by row, in the quoting and line endings of
 * the export style. Writers always add every field of the full header; when only some columns are
 * written (a user's chosen columns), the row is held until {@link #end} and the chosen fields written
 * in their order, so that the writers stay the same for every shape. I/O failures surface as
 * {@link UncheckedIOException}; {@link Generator} unwraps them.
 */
final class CsvFile implements Closeable {
    /**
     * Beyond what CSV requires (separator, quote, line break), spreadsheets and Salesforce quote a
     * value with a space at either end, so that no reader trims it away.
     */
    private static final QuoteStrategy EDGE_SPACES = new QuoteStrategy() {
        @Override
        public boolean quoteValue(int lineNo, int fieldIdx, String value) {
            return !value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ');
        }
    };

    private final CsvWriter out;
    /** For each written column, its position in the full row; null when every column is written as added. */
    private final int[] chosen;
    private final String[] held;
    private int fieldsAdded;
    private CsvWriter.CsvWriterRecord row;
    private long rows;

    private CsvFile(CsvWriter out, int[] chosen, int fullWidth) {
        this.out = out;
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
        CsvWriter writer = CsvWriter.builder()
                .quoteStrategy(format.quoteEveryField() ? QuoteStrategies.ALWAYS : EDGE_SPACES)
                .lineDelimiter(LineDelimiter.of(format.lineEnd()))
                .bufferSize(1 << 16)
                .build(file, StandardCharsets.UTF_8);
        writer.writeRecord(columns.stream().map(format::headerName).toList());
        return new CsvFile(writer, chosen, header.size());
    }

    /** Appends one field; null is written as the empty string, as exports write a missing value. */
    CsvFile add(String value) {
        if (held != null) {
            held[fieldsAdded++] = value;
            return this;
        }
        if (row == null) row = out.writeRecord();
        row.writeField(value);
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
            CsvWriter.CsvWriterRecord chosenRow = out.writeRecord();
            for (int position : chosen) chosenRow.writeField(held[position]);
            chosenRow.endRecord();
            fieldsAdded = 0;
        } else if (row != null) {
            row.endRecord();
            row = null;
        }
        rows++;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
