package dev.needle.ingest.mapping;

import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * The rows of the first sheet of an .xlsx workbook, streamed (the sheet is never held whole in memory).
 * Rows the sheet leaves out, because they are empty, come back as blank rows, as they would in a CSV export,
 * so that a gap before a report footer is seen the same way in both formats.
 */
final class XlsxTable implements RowSource {
    /** With cell formats, which tell a date from a number; a cell that does not parse becomes an error cell. */
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, true);

    private final String fileName;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private int lastRowNumber;
    private Row waiting;

    private XlsxTable(String fileName, ReadableWorkbook workbook, Stream<Row> stream) {
        this.fileName = fileName;
        this.workbook = workbook;
        this.stream = stream;
        this.rows = stream.iterator();
    }

    static XlsxTable open(Path file) {
        String fileName = file.getFileName().toString();
        ReadableWorkbook workbook = null;
        try {
            workbook = new ReadableWorkbook(file.toFile(), OPTIONS);
            Sheet first = workbook.getSheet(0).orElse(null);
            Stream<Row> stream = first == null ? Stream.empty() : first.openStream();
            return new XlsxTable(fileName, workbook, stream);
        } catch (IOException | RuntimeException e) {
            if (workbook != null) closeQuietly(workbook);
            throw unreadable(fileName, e);
        }
    }

    @Override
    public boolean hasNext() {
        return waiting != null || advance();
    }

    @Override
    public TableRow next() {
        if (!hasNext()) throw new NoSuchElementException();
        if (waiting.getRowNum() > lastRowNumber + 1) {
            lastRowNumber++;
            return new TableRow(lastRowNumber, new String[0]);
        }
        Row row = waiting;
        waiting = null;
        lastRowNumber = row.getRowNum();
        String[] fields = new String[row.getCellCount()];
        for (int i = 0; i < fields.length; i++) fields[i] = XlsxCellText.of(row.getCell(i));
        return new TableRow(row.getRowNum(), fields);
    }

    private boolean advance() {
        try {
            if (!rows.hasNext()) return false;
            waiting = rows.next();
            return true;
        } catch (RuntimeException e) {
            throw unreadable(fileName, e);
        }
    }

    private static UnreadableFileException unreadable(String fileName, Exception e) {
        String reason = e instanceof ExcelReaderException || e instanceof UncheckedIOException || e instanceof IOException
                ? String.valueOf(e.getMessage()) : e.toString();
        return new UnreadableFileException(fileName + ": not a readable .xlsx workbook (" + reason + "); open it in Excel"
                + " and save it again as .xlsx, or export the data as CSV", e);
    }

    @Override
    public void close() {
        stream.close();
        closeQuietly(workbook);
    }

    private static void closeQuietly(ReadableWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // closing a workbook that was only read loses nothing
        }
    }
}
