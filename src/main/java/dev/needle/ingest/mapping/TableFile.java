package dev.needle.ingest.mapping;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/** TEMPORARY stand-in until the table reader lands: UTF-8 CSV only. */
public final class TableFile implements AutoCloseable {
    private final CsvReader<CsvRecord> csv;
    private final Iterator<CsvRecord> records;
    private final List<String> header;

    private TableFile(CsvReader<CsvRecord> csv) {
        this.csv = csv;
        this.records = csv.iterator();
        this.header = records.hasNext() ? records.next().getFields().stream().map(String::trim).toList() : List.of();
    }

    public static TableFile open(Path file, Charset declared) {
        try {
            return new TableFile(CsvReader.builder().detectBomHeader(true).allowExtraFields(true).allowMissingFields(true)
                    .skipEmptyLines(true).ofCsvRecord(file, declared == null ? StandardCharsets.UTF_8 : declared));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> header() {
        return header;
    }

    public Iterator<TableRow> rows() {
        return new Iterator<>() {
            public boolean hasNext() {
                return records.hasNext();
            }

            public TableRow next() {
                CsvRecord record = records.next();
                return new TableRow(record.getStartingLineNumber(), record.getFields().toArray(String[]::new));
            }
        };
    }

    public List<String> footer() {
        return List.of();
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
