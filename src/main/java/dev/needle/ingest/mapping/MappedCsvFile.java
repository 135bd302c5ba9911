package dev.needle.ingest.mapping;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.ingest.ImportSession;
import dev.needle.ingest.RowError;
import dev.needle.ingest.UnresolvedReferenceException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** One CSV file read through its mapping, row by row, into an import session. */
public final class MappedCsvFile {
    private final Path file;
    private final Mapping mapping;

    private MappedCsvFile(Path file, Mapping mapping) {
        this.file = file;
        this.mapping = mapping;
    }

    /** The mapping that takes this file, if any, judged by its header and name. */
    public static java.util.Optional<MappedCsvFile> recognise(Path file, MappingLibrary library) {
        Set<String> header = new LinkedHashSet<>(readHeader(file).keySet());
        return library.forFile(file.getFileName().toString(), header).map(mapping -> new MappedCsvFile(file, mapping));
    }

    public Mapping mapping() {
        return mapping;
    }

    public Path file() {
        return file;
    }

    /** The earliest kind of record this file yields, which decides its place in the import order. */
    public EntityKind firstEntity() {
        return mapping.entityWhen().stream().map(Mapping.EntityRoute::entity)
                .reduce(mapping.entity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }

    /**
     * Reads every row into the session. Bad rows go to {@code errors} and are not stored.
     *
     * @param typeSeen   called with the activity type of each stored activity
     * @param bytesRead  progress, in approximate bytes of the file
     */
    public Counts read(ImportSession session, ActivityCatalog catalog, Consumer<RowError> errors,
                       Consumer<String> typeSeen, LongConsumer bytesRead) {
        RecordReader reader = new RecordReader(catalog);
        Lookups lookups = Lookups.load(mapping, file);
        String name = file.toString();
        long stored = 0;
        long skipped = 0;
        long bad = 0;
        try (CsvReader<CsvRecord> csv = csvReader(file)) {
            Map<String, Integer> header = null;
            int width = 0;
            for (CsvRecord record : csv) {
                bytesRead.accept(approximateBytes(record));
                if (header == null) {
                    header = headerOf(record);
                    width = record.getFieldCount();
                    continue;
                }
                if (record.getFieldCount() == 1 && record.getField(0).isEmpty()) continue;
                if (record.getFieldCount() != width) {
                    errors.accept(new RowError(name, record.getStartingLineNumber(), null, "the row has "
                            + record.getFieldCount() + " fields but the header has " + width));
                    bad++;
                    continue;
                }
                SourceRow row = new SourceRow(header, record.getFields().toArray(String[]::new), record.getStartingLineNumber());
                if (mapping.skips(row)) {
                    skipped++;
                    continue;
                }
                try {
                    String type = reader.read(mapping.entityFor(row), mapping.system(), new MappedRow(mapping, row, lookups), session);
                    if (type != null) typeSeen.accept(type);
                    stored++;
                } catch (RowProblem problem) {
                    errors.accept(new RowError(name, row.line(), problem.column(), problem.getMessage()));
                    bad++;
                } catch (UnresolvedReferenceException problem) {
                    errors.accept(new RowError(name, row.line(), columnOf(problem.field()), problem.getMessage()));
                    bad++;
                } catch (IllegalArgumentException problem) {
                    errors.accept(new RowError(name, row.line(), null, problem.getMessage()));
                    bad++;
                }
            }
        } catch (CsvParseException e) {
            errors.accept(new RowError(name, lineOf(e), null, "not valid CSV (nothing after this point was read): " + e.getMessage()));
            bad++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Counts(stored, skipped, bad);
    }

    /** Rows stored, rows left out on purpose (e.g. deleted records), rows rejected. */
    public record Counts(long stored, long skipped, long bad) {
    }

    /** FastCSV names the line in its message only. */
    private static long lineOf(CsvParseException e) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    private String columnOf(String field) {
        FieldSpec spec = mapping.fields().get(field);
        return spec == null || spec.columns().isEmpty() ? field : String.join("|", spec.columns());
    }

    static Map<String, Integer> readHeader(Path file) {
        try (CsvReader<CsvRecord> csv = csvReader(file)) {
            for (CsvRecord record : csv) return headerOf(record);
            return Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvParseException e) {
            return Map.of();
        }
    }

    private static Map<String, Integer> headerOf(CsvRecord record) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < record.getFieldCount(); i++) header.putIfAbsent(record.getField(i).trim(), i);
        return header;
    }

    private static CsvReader<CsvRecord> csvReader(Path file) throws IOException {
        return CsvReader.builder().detectBomHeader(true).allowExtraFields(true).allowMissingFields(true)
                .skipEmptyLines(true).ofCsvRecord(file);
    }

    private static long approximateBytes(CsvRecord record) {
        long bytes = record.getFieldCount();
        for (int i = 0; i < record.getFieldCount(); i++) bytes += record.getField(i).length();
        return bytes;
    }
}
