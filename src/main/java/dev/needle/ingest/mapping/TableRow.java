package dev.needle.ingest.mapping;

/** One data row of a table file and the line (CSV) or row number (spreadsheet) it starts on. */
public record TableRow(long line, String[] fields) {
}
