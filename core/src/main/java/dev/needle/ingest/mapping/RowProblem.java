package dev.needle.ingest.mapping;

/** Why one row cannot be imported, with the column at fault. Caught per row and reported, never fatal. */
public class RowProblem extends RuntimeException {
    private final String column;

    public RowProblem(String column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }

    public String column() {
        return column;
    }
}
