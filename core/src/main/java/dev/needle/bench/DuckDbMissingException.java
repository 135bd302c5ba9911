package dev.needle.bench;

import dev.needle.domain.NeedleException;

/** The DuckDB driver is not on the class path: it ships beside needle.jar, for the benchmark only. */
public class DuckDbMissingException extends NeedleException {
    public DuckDbMissingException() {
        super("the DuckDB baseline needs target/bench-lib/duckdb_jdbc-*.jar, which the build copies there;"
                + " run ./needle bench from a source checkout");
    }
}
