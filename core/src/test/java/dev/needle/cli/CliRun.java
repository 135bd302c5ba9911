package dev.needle.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** One run of the command line in-process: exit code, stdout, stderr. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A run over the embedded store in {@code home} with {@code clock} as "now". */
    static CliRun at(java.time.Clock clock, Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), Map.of("NEEDLE_HOME", home.toString()), clock);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A run over the embedded store in {@code home}, as {@code needle --home HOME args…}. */
    static CliRun in(Path home, String... args) {
        return of(Map.of("NEEDLE_HOME", home.toString()), args);
    }
}
