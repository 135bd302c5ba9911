package dev.needle.predict;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a lead export like X Education's Leads.csv: one lead a row, the outcome in a 0/1 column. A
 * trailing comma on every line makes an unnamed last column, which is ignored; "Select" (the form's
 * untouched drop-down) and blanks mean not answered.
 */
public final class LeadFile {
    private LeadFile() {
    }

    public static List<Lead> read(Path csv, String idColumn, String outcomeColumn) {
        List<Lead> leads = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true).ofNamedCsvRecord(csv)) {
            for (NamedCsvRecord row : reader) {
                Map<String, String> attributes = new HashMap<>();
                for (String column : row.getHeader()) {
                    if (column.isBlank() || column.equals(outcomeColumn)) continue;
                    String value = row.findField(column).orElse("").trim();
                    if (!value.isEmpty() && !value.equalsIgnoreCase("Select")) attributes.put(column, value);
                }
                String outcome = row.findField(outcomeColumn).orElse("").trim();
                leads.add(new Lead(row.findField(idColumn).orElse(""), attributes, outcome.equals("1")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv + ": " + e.getMessage(), e);
        }
        return leads;
    }
}
