package dev.needle.cli;

import picocli.CommandLine.Option;

import java.time.Instant;

/** {@code --as-of}, one meaning for every analysis: only what was recorded up to then is looked at. */
final class AsOfOption {
    @Option(names = "--as-of", paramLabel = "WHEN", converter = AsOf.class,
            description = "Use only what was recorded up to then: a DATE (through its end, UTC) or an instant (2025-07-01T07:00:00Z).")
    Instant asOf;

    /** The moment given, else {@code now}. */
    Instant orElse(Instant now) {
        return asOf != null ? asOf : now;
    }
}
