package dev.needle.ingest.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The mappings Needle knows: those it ships (listed in {@code mappings/index.txt}) and any a user
 * adds. A file goes to the most specific mapping that accepts it — the one requiring most headers.
 */
public final class MappingLibrary {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final List<Mapping> mappings;
    private final Mapping userMapping;

    private MappingLibrary(List<Mapping> mappings, Mapping userMapping) {
        this.mappings = List.copyOf(mappings);
        this.userMapping = userMapping;
    }

    public static MappingLibrary shipped() {
        List<Mapping> mappings = new ArrayList<>();
        try (InputStream index = MappingLibrary.class.getResourceAsStream("/mappings/index.txt")) {
            String names = new String(index.readAllBytes(), StandardCharsets.UTF_8);
            for (String name : names.split("\\R")) {
                if (name.isBlank() || name.startsWith("#")) continue;
                try (InputStream in = MappingLibrary.class.getResourceAsStream("/mappings/" + name.trim())) {
                    if (in == null) throw new InvalidMappingException("shipped mapping " + name + " is missing");
                    mappings.add(parse(in, name.trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MappingLibrary(mappings, null);
    }

    /** This library with a user's mapping file added; it wins over shipped ones for the files it accepts. */
    public MappingLibrary with(Path mappingFile) {
        try (InputStream in = Files.newInputStream(mappingFile)) {
            return new MappingLibrary(mappings, parse(in, mappingFile.toString()));
        } catch (IOException e) {
            throw new InvalidMappingException(mappingFile + ": cannot read (" + e.getMessage() + ")");
        }
    }

    public Optional<Mapping> forFile(String fileName, Set<String> header) {
        if (userMapping != null && userMapping.accepts(fileName, header)) return Optional.of(userMapping);
        return mappings.stream().filter(m -> m.accepts(fileName, header))
                .max(Comparator.comparingInt((Mapping m) -> m.match().headers().size())
                        .thenComparing(m -> m.match().fileName() != null));
    }

    public List<Mapping> all() {
        return mappings;
    }

    static Mapping parse(InputStream in, String where) {
        try {
            return JSON.readValue(in, Mapping.class);
        } catch (JsonProcessingException e) {
            throw new InvalidMappingException(where + ": " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            throw new InvalidMappingException(where + ": " + e.getMessage());
        }
    }
}
