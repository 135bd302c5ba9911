package dev.needle.cli;

import picocli.CommandLine.Option;

/** {@code --json}, one meaning for every command: one JSON document on stdout ({@link Json#print}) and nothing else there. */
final class JsonOption {
    @Option(names = "--json", description = "Print one JSON document on stdout and nothing else there.")
    boolean json;
}
