package dev.needle.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A generated org on disk, read back with FastCSV and Jackson (never with the generator's own code). */
record GeneratedOrg(Path directory, Summary summary, GeneratorSettings settings) {
    private static final DateTimeFormatter EXPORT_INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static GeneratedOrg generate(GeneratorSettings settings, Path directory) throws IOException {
        Summary summary = new Generator(settings).writeTo(directory, rows -> { });
        return new GeneratedOrg(directory, summary, settings);
    }

    List<NamedCsvRecord> rows(String file) throws IOException {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(directory.resolve(file))) {
            return reader.stream().toList();
        }
    }

    String text(String file) throws IOException {
        return Files.readString(directory.resolve(file), StandardCharsets.UTF_8);
    }

    JsonNode planted() throws IOException {
        return new ObjectMapper().readTree(directory.resolve("planted-effects.json").toFile());
    }

    List<NamedCsvRecord> reps() throws IOException {
        return rows("User.csv").stream().filter(user -> !user.getField("Title").equals("Sales Manager")).toList();
    }

    Map<String, ZoneId> zoneByUser() throws IOException {
        return rows("User.csv").stream().collect(Collectors.toMap(user -> user.getField("Id"),
                user -> ZoneId.of(user.getField("TimeZoneSidKey"))));
    }

    Map<String, NamedCsvRecord> byId(String file) throws IOException {
        return rows(file).stream().collect(Collectors.toMap(row -> row.getField("Id"), Function.identity()));
    }

    /** A done activity: a completed task, or a meeting on or before {@code until} (the rep's local date). */
    boolean logged(NamedCsvRecord activity) {
        if (activity.findField("IsClosed").isPresent()) return isTrue(activity.getField("IsClosed"));
        return !date(activity.getField("ActivityDate")).isAfter(settings.until());
    }

    /** Either style's date: "2025-06-30 00:00:00" or "2025-06-30". */
    static LocalDate date(String value) {
        return LocalDate.parse(value.substring(0, 10));
    }

    static String start(NamedCsvRecord event) {
        return event.findField("ActivityDateTime").orElseGet(() -> event.getField("StartDateTime"));
    }

    static boolean isTrue(String value) {
        return value.equals("1") || value.equals("true");
    }

    /** Either style's instant: "2025-06-30 14:00:00" (GMT) or "2025-06-30T14:00:00.000Z". */
    static Instant instant(String value) {
        if (value.endsWith("Z")) return Instant.parse(value);
        return LocalDateTime.parse(value, EXPORT_INSTANT).toInstant(ZoneOffset.UTC);
    }
}
