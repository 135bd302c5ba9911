package dev.needle.cli;

import picocli.CommandLine.Option;

/** --rep or --team, not both. */
final class Selection {
    @Option(names = "--rep", paramLabel = "REP", description = "One rep: Needle id, source id or email.")
    String rep;

    @Option(names = "--team", paramLabel = "TEAM", description = "One team.")
    String team;
}
