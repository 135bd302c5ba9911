package dev.needle.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.domain.ActivityType;
import dev.needle.domain.ValueClass;
import dev.needle.domain.WorkCategory;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The activity-type catalogue: maps the type names a source system uses to a value class, a work
 * category and a default duration. Matching is by name or alias, case- and punctuation-insensitive.
 * A name nothing matches is kept under its own name as an uncatalogued LOW/ADMIN type, never dropped.
 */
public final class ActivityCatalog implements Serializable {
    static final int UNCATALOGUED_MINUTES = 15;
    private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<Entry> entries;
    private final Map<String, Entry> byKey;

    private ActivityCatalog(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, Entry> keys = new LinkedHashMap<>();
        // aliases first so that an entry's own name wins over another entry's alias
        for (Entry entry : entries) entry.aliases().forEach(alias -> keys.put(key(alias), entry));
        for (Entry entry : entries) keys.put(key(entry.name()), entry);
        this.byKey = Map.copyOf(keys);
    }

    /** The seeds' defaults. */
    public static ActivityCatalog defaults() {
        try (InputStream in = ActivityCatalog.class.getResourceAsStream("default-catalog.json")) {
            return new ActivityCatalog(read(in, "default-catalog.json").types());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The defaults with a team's entries laid over them: an entry with the same name replaces the default. */
    public static ActivityCatalog withOverrides(Path file) {
        if (!Files.exists(file)) throw new InvalidCatalogException(file + ": no such catalogue file");
        try (InputStream in = Files.newInputStream(file)) {
            List<Entry> overrides = read(in, file.toString()).types();
            Map<String, Entry> merged = new LinkedHashMap<>();
            defaults().entries.forEach(entry -> merged.put(key(entry.name()), entry));
            overrides.forEach(entry -> merged.put(key(entry.name()), entry));
            // an override's alias moves that name away from the default entry that had it
            List<Entry> result = new ArrayList<>();
            for (Entry entry : merged.values()) {
                boolean isOverride = overrides.contains(entry);
                List<String> aliases = isOverride ? entry.aliases()
                        : entry.aliases().stream().filter(alias -> overrides.stream()
                        .noneMatch(o -> o.aliases().stream().anyMatch(a -> key(a).equals(key(alias))))).toList();
                result.add(new Entry(entry.name(), entry.valueClass(), entry.category(), entry.defaultMinutes(), aliases));
            }
            return new ActivityCatalog(result);
        } catch (IOException e) {
            throw new InvalidCatalogException(file + ": " + e.getMessage());
        }
    }

    /** The catalogue class of a source type name; uncatalogued names come back with {@code catalogued=false}. */
    public ActivityType classify(String sourceTypeName) {
        Entry entry = byKey.get(key(sourceTypeName));
        if (entry == null) {
            return new ActivityType(sourceTypeName, ValueClass.LOW, WorkCategory.ADMIN, UNCATALOGUED_MINUTES, false);
        }
        return new ActivityType(sourceTypeName, entry.valueClass(), entry.category(), entry.defaultMinutes(), true);
    }

    public List<Entry> entries() {
        return entries;
    }

    static String key(String name) {
        if (name == null) return "";
        String ascii = asciiKey(name);
        return ascii != null ? ascii : NOT_LETTER_OR_DIGIT.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** The key of an ASCII name by hand, as every type name in real exports is: it is made for every activity imported. */
    private static String asciiKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) return null;
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') key.append(c);
            else if (c >= 'A' && c <= 'Z') key.append((char) (c + ('a' - 'A')));
        }
        return key.toString();
    }

    private static CatalogFile read(InputStream in, String where) throws IOException {
        if (in == null) throw new InvalidCatalogException(where + ": not found");
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try {
            CatalogFile file = json.readValue(in, CatalogFile.class);
            if (file.types() == null) throw new InvalidCatalogException(where + ": no \"types\" list");
            return file;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidCatalogException(where + ": " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
    }

    record CatalogFile(String comment, List<Entry> types) {
    }

    /** One catalogue entry as written in the JSON file. */
    public record Entry(String name, ValueClass valueClass, WorkCategory category, int defaultMinutes,
                        List<String> aliases) implements Serializable {
        public Entry {
            if (name == null || name.isBlank()) throw new InvalidCatalogException("a catalogue entry has no name");
            if (valueClass == null) throw new InvalidCatalogException(name + ": valueClass is required (HIGH, LOW or LIMIT)");
            if (category == null) throw new InvalidCatalogException(name + ": category is required");
            if (defaultMinutes <= 0) throw new InvalidCatalogException(name + ": defaultMinutes must be positive");
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }
}
