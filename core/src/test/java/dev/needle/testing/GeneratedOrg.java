package dev.needle.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.app.Needle;
import dev.needle.domain.Dataset;
import dev.needle.generate.Generator;
import dev.needle.generate.GeneratorSettings;
import dev.needle.generate.GeneratorSettings.HeaderCase;
import dev.needle.generate.GeneratorSettings.Shape;
import dev.needle.generate.GeneratorSettings.Style;
import dev.needle.ingest.ImportOptions;
import dev.needle.ingest.ImportReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A generated org imported into a real H2 store, with the generator's planted truth beside it.
 * Built once per settings and shared by the tests in a run, because generating and importing a
 * quarter of a million activities takes seconds.
 */
public record GeneratedOrg(GeneratorSettings settings, Dataset dataset, JsonNode planted, Needle needle, Path export) {
    public static final LocalDate UNTIL = LocalDate.of(2026, 6, 30);
    /**
     * The hardest realistic Data Loader extract, one variant for every test that asks "does it hold on
     * real exports": LOADER style, only the picked columns (no Task/Event AccountId), upper-case headers,
     * {@code extract (n).csv} file names, prospecting logged on Leads that convert, and Excel amounts.
     */
    public static final Shape DATA_LOADER = Shape.AS_EXPORTED.withChosenColumns(true).withHeaderCase(HeaderCase.UPPER)
            .withLoaderFileNames(true).withLeads(true).withExcelAmounts(true);
    private static final Map<GeneratorSettings, GeneratedOrg> BUILT = new ConcurrentHashMap<>();

    /** The org as the weekly Data Export writes it. */
    public static GeneratedOrg of(int reps, int days, long seed) {
        return of(reps, days, seed, Style.EXPORT, Shape.AS_EXPORTED);
    }

    /** The org in the {@link #DATA_LOADER} variant. */
    public static GeneratedOrg dataLoader(int reps, int days, long seed) {
        return of(reps, days, seed, Style.LOADER, DATA_LOADER);
    }

    /** The org written in the given style and shape; built once per settings and shared by the tests of a run. */
    public static GeneratedOrg of(int reps, int days, long seed, Style style, Shape shape) {
        return BUILT.computeIfAbsent(new GeneratorSettings(reps, days, seed, UNTIL, style, shape), GeneratedOrg::build);
    }

    /** Any settings (e.g. a {@code lossFactor}); {@code until} should be {@link #UNTIL} for {@link #end()} to hold. */
    public static GeneratedOrg of(GeneratorSettings settings) {
        return BUILT.computeIfAbsent(settings, GeneratedOrg::build);
    }

    private static GeneratedOrg build(GeneratorSettings settings) {
        try {
            Path export = Scratch.directory("needle-org-");
            new Generator(settings).writeTo(export, rows -> { });
            Needle needle = Imports.needle(Backend.H2);
            ImportOptions options = new ImportOptions(false, null, UNTIL.minusYears(2), UNTIL.plusMonths(3).minusDays(1));
            ImportReport report = Imports.run(needle, options, export);
            if (!report.committed()) throw new IllegalStateException("generated org did not import: " + report.errors());
            JsonNode planted = new ObjectMapper().readTree(export.resolve("planted-effects.json").toFile());
            return new GeneratedOrg(settings, needle.store().dataset(), planted, needle, export);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The instant just after the generated history ends. */
    public java.time.Instant end() {
        return UNTIL.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public java.time.Instant start() {
        return UNTIL.minusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
