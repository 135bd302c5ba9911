package dev.needle.ingest.ical;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The guesses made while reading one file, each said once, prefixed with the file and line. */
final class Warnings {
    private final String fileName;
    private final Set<String> messages = new LinkedHashSet<>();

    Warnings(String fileName) {
        this.fileName = fileName;
    }

    void add(int line, String message) {
        messages.add(line > 0 ? fileName + " line " + line + ": " + message : fileName + ": " + message);
    }

    List<String> asList() {
        return List.copyOf(messages);
    }
}
