package dev.needle.ingest.mapping;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The side tables of one mapping, read from files beside the data file (or a little above it). Keys are compared on
 * letters and digits only, because real files disagree on spacing ("GTXPro" vs "GTX Pro").
 */
final class Lookups {
    private final Map<String, Map<String, String>> tables = new HashMap<>();

    static Lookups load(Mapping mapping, Path dataFile) {
        Lookups lookups = new Lookups();
        mapping.lookups().forEach((name, lookup) -> {
            Path file = find(dataFile.toAbsolutePath().getParent(), lookup.file());
            lookups.tables.put(name, file != null ? read(file, lookup) : Map.of());
        });
        return lookups;
    }

    /** Beside the data file, or in a folder up to two levels above (exports keep variants in sub-folders). */
    private static Path find(Path folder, String fileName) {
        for (int level = 0; level <= 2 && folder != null; level++, folder = folder.getParent()) {
            Path candidate = folder.resolve(fileName);
            if (Files.isRegularFile(candidate)) return candidate;
        }
        return null;
    }

    String find(String lookup, String key) {
        if (key == null) return null;
        return tables.getOrDefault(lookup, Map.of()).get(normalise(key));
    }

    private static Map<String, String> read(Path file, Mapping.Lookup lookup) {
        Map<String, String> table = new HashMap<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            List<String> header = null;
            for (CsvRecord record : reader) {
                if (header == null) {
                    header = record.getFields().stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
                    continue;
                }
                int keyIndex = header.indexOf(lookup.key());
                int valueIndex = header.indexOf(lookup.value());
                if (keyIndex < 0 || valueIndex < 0 || record.getFieldCount() <= Math.max(keyIndex, valueIndex)) continue;
                table.put(normalise(record.getField(keyIndex)), record.getField(valueIndex));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    private static String normalise(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
