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

    /**
     * Recognises a file by, in order: its header (the mapping whose identifying columns are all
     * present, the most specific first); then its name and the Salesforce key prefix of its ids,
     * for exports that carry only the columns a user picked. A user's mapping is tried first.
     */
    public Recognition recognise(FileSample sample) {
        List<Mapping> candidates = userMapping == null ? mappings
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(userMapping), mappings.stream()).toList();
        if (userMapping != null) {
            Optional<Recognition> own = recogniseAmong(List.of(userMapping), sample);
            if (own.isPresent()) return own.get();
        }
        return recogniseAmong(mappings, sample).orElseGet(() -> closest(candidates, sample));
    }

    private static Optional<Recognition> recogniseAmong(List<Mapping> mappings, FileSample sample) {
        Optional<Mapping> byHeaders = mappings.stream()
                .filter(m -> m.match().identifiedByHeaders(sample))
                .filter(m -> m.idEvidence(sample) != Mapping.IdEvidence.CONTRADICTS)
                .max(Comparator.comparingInt((Mapping m) -> m.match().headers().size())
                        .thenComparingLong(m -> m.match().headersInTheirOwnCase(sample))
                        .thenComparing(m -> m.idEvidence(sample) == Mapping.IdEvidence.MATCHES)
                        .thenComparing(m -> m.match().nameHintMatches(sample.name())));
        if (byHeaders.isPresent()) return Optional.of(checked(byHeaders.get(), "its columns", sample));
        Optional<Mapping> byIds = mappings.stream()
                .filter(m -> m.match().fileNameAllowed(sample.name()))
                .filter(m -> m.idEvidence(sample) == Mapping.IdEvidence.MATCHES)
                .max(Comparator.comparingLong((Mapping m) -> m.columnsRead(sample)));
        if (byIds.isPresent()) {
            return Optional.of(checked(byIds.get(), "its ids (Salesforce key prefix " + byIds.get().match().idPrefix() + ")", sample));
        }
        Optional<Mapping> byName = mappings.stream()
                .filter(m -> m.match().fileNameAllowed(sample.name()) && m.match().nameHintMatches(sample.name()))
                .filter(m -> m.idEvidence(sample) != Mapping.IdEvidence.CONTRADICTS)
                .max(Comparator.comparingLong((Mapping m) -> m.columnsRead(sample)));
        return byName.map(mapping -> checked(mapping, "its file name", sample));
    }

    private static Recognition checked(Mapping mapping, String how, FileSample sample) {
        List<String> missing = mapping.match().missingRequired(sample);
        return missing.isEmpty() ? new Recognition.Recognised(mapping, how) : new Recognition.LacksColumns(mapping, how, missing);
    }

    /** The mapping with the largest share of its identifying columns in the file, to say what a file lacks. */
    private static Recognition closest(List<Mapping> mappings, FileSample sample) {
        Comparator<Mapping> nearness = Comparator
                .comparingDouble((Mapping m) -> 1.0 - (double) m.match().missingHeaders(sample).size() / m.match().headers().size())
                .thenComparingLong(m -> m.columnsRead(sample));
        Optional<Mapping> closest = mappings.stream()
                .filter(m -> m.match().missingHeaders(sample).size() < m.match().headers().size())
                .max(nearness);
        return new Recognition.Unknown(closest.orElse(null), closest.map(m -> m.match().missingHeaders(sample)).orElse(List.of()));
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
