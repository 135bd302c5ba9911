package dev.needle.ingest.mapping;

import java.util.List;

/** What a file was recognised as: a mapping that reads it, a mapping it lacks columns for, or nothing known. */
public sealed interface Recognition {

    /** {@code mapping} reads the file; {@code how} says what recognised it (for the import report). */
    record Recognised(Mapping mapping, String how) implements Recognition {
    }

    /** The file is recognisably {@code mapping}'s kind but lacks columns no record can be made without. */
    record LacksColumns(Mapping mapping, String how, List<String> missing) implements Recognition {
    }

    /** No mapping knows the file; {@code closest} (may be null) is the nearest, lacking {@code missing}. */
    record Unknown(Mapping closest, List<String> missing) implements Recognition {
    }
}
