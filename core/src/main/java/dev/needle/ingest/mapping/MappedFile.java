package dev.needle.ingest.mapping;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.ingest.ImportSession;
import dev.needle.ingest.RowError;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
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
     * Reads every row into the session, in file order. Rows are mapped into records on several threads, a batch
     * at a time; the session gets them, and {@code errors} the bad ones, on the calling thread in file order.
     * Bad rows are not stored.
     *
     * @param locale     the convention of amounts (decimal comma or point) unless the mapping says
     * @param typeSeen   called with the activity type of each stored activity
     * @param rowRead    called once before each row is taken in, with its approximate size in bytes (progress);
     *                   it may throw to stop the import, and the exception leaves this method as it is
     */
    public Counts read(ImportSession session, ActivityCatalog catalog, Locale locale, Consumer<RowError> errors,
                       Consumer<String> typeSeen, LongConsumer rowRead) {
        return read(session, catalog, locale, errors, typeSeen, rowRead, OrderedBatches.Parallelism.ofThisMachine());
    }

    Counts read(ImportSession session, ActivityCatalog catalog, Locale locale, Consumer<RowError> errors,
                Consumer<String> typeSeen, LongConsumer rowRead, OrderedBatches.Parallelism parallelism) {
        Lookups lookups = Lookups.load(mapping, file);
        String name = file.toString();
        Intake intake = new Intake(session, name, this::columnOf, errors, typeSeen);
        List<String> footer = List.of();
        boolean unreadable = false;
        try (TableFile table = TableFile.open(file, encoding)) {
            RowMapper mapper = new RowMapper(name, mapping, table.header(), lookups, ValueFormat.of(mapping, locale), catalog);
            try (OrderedBatches<TableRow, RowOutcome> rows = new OrderedBatches<>(mapper::map, intake::take, parallelism)) {
                try {
                    Iterator<TableRow> records = table.rows();
                    while (records.hasNext()) {
                        TableRow record = records.next();
                        rowRead.accept(approximateBytes(record.fields()));
                        rows.add(record);
                    }
                } catch (UnreadableFileException e) {
                    // the rows before a break in the file are still taken in, and reported before it
                    rows.finish();
                    throw e;
                }
                rows.finish();
                footer = table.footer();
            }
        } catch (UnreadableFileException e) {
            errors.accept(RowError.ofFile(file, e.line(), e.getMessage() + " (nothing after this point was read)"));
            unreadable = true;
        }
        return new Counts(intake.stored(), intake.skipped(), intake.bad(), footer.size(), unreadable);
    }

    /**
     * Rows stored, rows left out on purpose (e.g. deleted records), rows rejected, report footer lines
     * ignored; {@code unreadable} when reading broke down part-way (an encoding error deep in the file).
     */
    public record Counts(long stored, long skipped, long bad, long footerLines, boolean unreadable) {
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
