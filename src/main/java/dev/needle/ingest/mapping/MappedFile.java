package dev.needle.ingest.mapping;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.ingest.ImportSession;
import dev.needle.ingest.RowError;
import dev.needle.ingest.UnresolvedReferenceException;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** One table file (CSV or a spreadsheet) read through its mapping, row by row, into an import session. */
public final class MappedFile {
    private final Path file;
    private final Mapping mapping;
    private final String recognisedBy;
    private final Charset encoding;

    private MappedFile(Path file, Mapping mapping, String recognisedBy, Charset encoding) {
        this.file = file;
        this.mapping = mapping;
        this.recognisedBy = recognisedBy;
        this.encoding = encoding;
    }

    /**
     * The file's name, header and first rows, for recognition.
     *
     * @throws UnreadableFileException when the file is not text in a known encoding, or not a table
     */
    public static FileSample sample(Path file, Charset encoding) {
        try (TableFile table = TableFile.open(file, encoding)) {
            List<String[]> rows = new ArrayList<>();
            Iterator<TableRow> iterator = table.rows();
            while (rows.size() < FileSample.ROWS && iterator.hasNext()) rows.add(iterator.next().fields());
            return FileSample.of(file.getFileName().toString(), table.header(), rows);
        }
    }

    public static MappedFile of(Path file, Recognition.Recognised recognised, Charset encoding) {
        return new MappedFile(file, recognised.mapping(), recognised.how(), encoding);
    }

    public Mapping mapping() {
        return mapping;
    }

    public Path file() {
        return file;
    }

    /** What recognised the file: its columns, its ids or its name. */
    public String recognisedBy() {
        return recognisedBy;
    }

    /** The earliest kind of record this file yields, which decides its place in the import order. */
    public EntityKind firstEntity() {
        return mapping.entityWhen().stream().map(Mapping.EntityRoute::entity)
                .reduce(mapping.entity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }

    /**
     * Reads every row into the session. Bad rows go to {@code errors} and are not stored.
     *
     * @param locale     the convention of amounts (decimal comma or point) unless the mapping says
     * @param typeSeen   called with the activity type of each stored activity
     * @param rowRead    called once before each row is taken in, with its approximate size in bytes (progress);
     *                   it may throw to stop the import, and the exception leaves this method as it is
     */
    public Counts read(ImportSession session, ActivityCatalog catalog, Locale locale, Consumer<RowError> errors,
                       Consumer<String> typeSeen, LongConsumer rowRead) {
        RecordReader reader = new RecordReader(catalog);
        Lookups lookups = Lookups.load(mapping, file);
        String name = file.toString();
        long stored = 0;
        long skipped = 0;
        long bad = 0;
        List<String> footer = List.of();
        boolean unreadable = false;
        try (TableFile table = TableFile.open(file, encoding)) {
            Map<String, Integer> header = ColumnNames.index(table.header());
            int width = table.header().size();
            Iterator<TableRow> rows = table.rows();
            while (rows.hasNext()) {
                TableRow record = rows.next();
                rowRead.accept(approximateBytes(record.fields()));
                if (record.fields().length < width || record.fields().length > width && !blankBeyond(record.fields(), width)) {
                    errors.accept(new RowError(name, record.line(), null, "the row has "
                            + record.fields().length + " fields but the header has " + width));
                    bad++;
                    continue;
                }
                SourceRow row = new SourceRow(header, record.fields(), record.line());
                if (mapping.skips(row)) {
                    skipped++;
                    continue;
                }
                session.reading(name, row.line());
                try {
                    String type = reader.read(mapping.entityFor(row), mapping.system(),
                            new MappedRow(mapping, row, lookups, locale), session);
                    if (type != null) typeSeen.accept(type);
                    stored++;
                } catch (RowProblem problem) {
                    errors.accept(new RowError(name, row.line(), problem.column(), problem.getMessage()));
                    bad++;
                } catch (UnresolvedReferenceException problem) {
                    errors.accept(new RowError(name, row.line(), columnOf(problem.field()), problem.getMessage()));
                    bad++;
                }
            }
            footer = table.footer();
        } catch (UnreadableFileException e) {
            errors.accept(RowError.ofFile(file, e.line(), e.getMessage() + " (nothing after this point was read)"));
            unreadable = true;
        }
        return new Counts(stored, skipped, bad, footer.size(), unreadable);
    }

    /**
     * Rows stored, rows left out on purpose (e.g. deleted records), rows rejected, report footer lines
     * ignored; {@code unreadable} when reading broke down part-way (an encoding error deep in the file).
     */
    public record Counts(long stored, long skipped, long bad, long footerLines, boolean unreadable) {
    }

    /** A row with more fields than the header is fine when the extra ones are empty (a trailing comma). */
    private static boolean blankBeyond(String[] fields, int width) {
        for (int i = width; i < fields.length; i++) if (fields[i] != null && !fields[i].isBlank()) return false;
        return true;
    }

    private String columnOf(String field) {
        FieldSpec spec = mapping.fields().get(field);
        return spec == null || spec.columns().isEmpty() ? field : String.join("|", spec.columns());
    }

    private static long approximateBytes(String[] fields) {
        long bytes = fields.length;
        for (String field : fields) bytes += field == null ? 0 : field.length();
        return bytes;
    }
}
