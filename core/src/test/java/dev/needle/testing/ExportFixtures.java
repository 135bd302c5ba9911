package dev.needle.testing;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The export fixtures under src/test/resources/exports/&lt;system&gt;/&lt;variant&gt;/ (shapes from public
 * sources, see docs/export-shapes.md), and a direct count over their rows that does not go through
 * Needle's importer, for conformance tests to compare the store against.
 */
public final class ExportFixtures {
    private ExportFixtures() {
    }

    public static Path folder(String system, String variant) {
        try {
            var url = ExportFixtures.class.getResource("/exports/" + system + "/" + variant);
            if (url == null) throw new IllegalStateException("no export fixture " + system + "/" + variant);
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Rows of every CSV in a Salesforce export folder whose {@code Id} has the given key prefix
     * ({@code 005} users, {@code 00T} tasks …) and satisfy {@code wanted}: a count by object that
     * does not depend on how the files are named.
     */
    public static long countSalesforce(Path folder, Charset charset, String idPrefix, Predicate<Row> wanted) {
        try (var files = java.nio.file.Files.list(folder)) {
            return files.filter(file -> file.toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted()
                    .mapToLong(file -> count(file, charset, row -> row.get("Id").startsWith(idPrefix) && wanted.test(row)))
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 18-character ids of those rows, as Needle stores them. */
    public static java.util.List<String> salesforceIds(Path folder, String idPrefix, Predicate<Row> wanted) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        countSalesforce(folder, StandardCharsets.UTF_8, idPrefix, row -> {
            if (wanted.test(row)) ids.add(dev.needle.ingest.mapping.SalesforceIds.normalise(row.get("Id")));
            return false;
        });
        return ids;
    }

    public static long countSalesforce(Path folder, String idPrefix, Predicate<Row> wanted) {
        return countSalesforce(folder, StandardCharsets.UTF_8, idPrefix, wanted);
    }

    /** Rows of a UTF-8 CSV fixture that satisfy {@code wanted}; columns are looked up ignoring case. */
    public static long count(Path csv, Predicate<Row> wanted) {
        return count(csv, StandardCharsets.UTF_8, wanted);
    }

    public static long count(Path csv, Charset charset, Predicate<Row> wanted) {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().skipEmptyLines(true).allowMissingFields(true)
                .allowExtraFields(true).ofNamedCsvRecord(csv, charset)) {
            long count = 0;
            for (NamedCsvRecord record : reader) {
                Row row = new Row(record);
                if (!row.blank() && wanted.test(row)) count++;
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One fixture row; {@code get} ignores the column's case, as Data Loader's three casings need. */
    public static final class Row {
        private final Map<String, String> cells = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        Row(NamedCsvRecord record) {
            record.getFieldsAsMap().forEach((column, value) -> cells.putIfAbsent(column.trim(), value));
        }

        public String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.trim();
        }

        public boolean is(String column, String... values) {
            String value = get(column).toLowerCase(Locale.ROOT);
            for (String wanted : values) if (wanted.toLowerCase(Locale.ROOT).equals(value)) return true;
            return false;
        }

        boolean blank() {
            return cells.values().stream().allMatch(value -> value == null || value.isBlank());
        }
    }
}
