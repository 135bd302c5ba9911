package dev.needle.ingest.mapping;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.ingest.RowError;

import java.util.List;

/**
 * Maps the rows of one file into records. Everything that depends only on the file (column positions, its value
 * conventions, its lookups) is worked out once here; {@link #map} depends on nothing else and changes nothing, so
 * rows can be mapped on several threads at once.
 */
final class RowMapper {
    private final String fileName;
    private final Mapping mapping;
    private final Columns columns;
    private final int width;
    private final Lookups lookups;
    private final ValueFormat format;
    private final RecordReader reader;
    private final List<Conditions> skipWhen;
    private final List<Route> entityWhen;

    /** Rows the conditions hold for become {@code entity} records. */
    private record Route(Conditions conditions, EntityKind entity) {
    }

    RowMapper(String fileName, Mapping mapping, List<String> header, Lookups lookups, ValueFormat format,
              ActivityCatalog catalog) {
        this.fileName = fileName;
        this.mapping = mapping;
        this.columns = Columns.of(ColumnNames.index(header)).resolving(mapping.columnNames());
        this.width = header.size();
        this.lookups = lookups;
        this.format = format;
        this.reader = new RecordReader(catalog);
        this.skipWhen = mapping.skipWhen().stream().map(rule -> Conditions.of(rule.conditions())).toList();
        this.entityWhen = mapping.entityWhen().stream()
                .map(route -> new Route(Conditions.of(route.conditions()), route.entity())).toList();
    }

    RowOutcome map(TableRow record) {
        String[] fields = record.fields();
        if (fields.length < width || fields.length > width && !blankBeyond(fields, width)) {
            return new RowOutcome.Refused(new RowError(fileName, record.line(), null, "the row has "
                    + fields.length + " fields but the header has " + width));
        }
        try {
            SourceRow row = new SourceRow(columns, fields, record.line());
            if (skips(row)) return RowOutcome.SKIPPED;
            MappedRow mapped = new MappedRow(mapping, row, lookups, format);
            return new RowOutcome.Mapped(row.line(), reader.read(entityFor(row), mapping.system(), mapped));
        } catch (RowProblem problem) {
            return new RowOutcome.Refused(new RowError(fileName, record.line(), problem.column(), problem.getMessage()));
        } catch (RuntimeException failure) {
            return new RowOutcome.Failed(failure);
        }
    }

    private boolean skips(SourceRow row) {
        for (Conditions skip : skipWhen) if (skip.holdFor(row)) return true;
        return false;
    }

    /** The first route that holds decides; else the mapping's entity. */
    private EntityKind entityFor(SourceRow row) {
        for (Route route : entityWhen) if (route.conditions().holdFor(row)) return route.entity();
        return mapping.entity();
    }

    /** A row with more fields than the header is fine when the extra ones are empty (a trailing comma). */
    private static boolean blankBeyond(String[] fields, int width) {
        for (int i = width; i < fields.length; i++) if (fields[i] != null && !fields[i].isBlank()) return false;
        return true;
    }
}
