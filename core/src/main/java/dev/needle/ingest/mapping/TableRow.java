package dev.needle.ingest.mapping;

/**
 * One row of a table file.
 *
 * @param line   for CSV the line the record starts on (a quoted field may span several lines);
 *               for .xlsx the 1-based row number on the sheet, as Excel shows it
 * @param fields the cells as text, as a CSV export of the same data would have them
 */
public record TableRow(long line, String[] fields) {

    /** True when every field is empty or whitespace: a separator line, not data. */
    public boolean isBlank() {
        for (String field : fields) if (field != null && !field.isBlank()) return false;
        return true;
    }

    int nonBlankFields() {
        int count = 0;
        for (String field : fields) if (field != null && !field.isBlank()) count++;
        return count;
    }
}
