package dev.needle.store;

import dev.needle.app.Needle;
import dev.needle.domain.Activity;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.generate.Generator;
import dev.needle.generate.GeneratorSettings;
import dev.needle.testing.Backend;
import dev.needle.testing.Imports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static dev.needle.testing.SharedData.path;
import static org.assertj.core.api.Assertions.assertThat;

/** The analyses read the same records from H2, from PostgreSQL and from SQLite. */
class DatasetReaderTest {
    @TempDir
    Path temp;

    @Test
    void everyDatabaseGivesTheSameDatasetForTheSameImport() throws Exception {
        new Generator(new GeneratorSettings(6, 40, 5, LocalDate.of(2026, 3, 31), GeneratorSettings.Style.EXPORT))
                .writeTo(temp, rows -> { });
        Dataset h2 = importedInto(Backend.H2);
        Dataset postgres = importedInto(Backend.POSTGRES);
        Dataset sqlite = importedInto(Backend.SQLITE);

        assertThat(h2.activities()).hasSizeGreaterThan(1000);
        assertThat(comparable(postgres)).isEqualTo(comparable(h2));
        assertThat(comparable(sqlite)).isEqualTo(comparable(h2));
        // SQLite keeps decimals as text: they come back at numeric(19, 4)'s scale, as from H2
        assertThat(sqlite.deals()).extracting(Deal::amount).isEqualTo(h2.deals().stream().map(Deal::amount).toList());
    }

    @Test
    void salesforceHistoryComesBackAsChangesOfStageWithTheStageBefore() {
        try (Needle needle = Imports.needle(Backend.H2)) {
            Imports.run(needle, Imports.creatingMissingOwners(), path("salesforce-dev-org-export-sample"));
            Dataset data = needle.store().dataset();

            // the sample has two history rows per opportunity; none repeats the stage before it
            assertThat(data.stageChanges()).isNotEmpty()
                    .allSatisfy(change -> assertThat(change.toStage()).isNotEqualTo(change.fromStage()));
            assertThat(data.deals()).hasSize(31);
        }
    }

    private Dataset importedInto(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.allOrNothing(), temp);
            return needle.store().dataset();
        }
    }

    /** Everything but Needle's own ids, which each database assigns itself. */
    private static List<String> comparable(Dataset data) {
        java.util.Map<Long, String> dealKeys = new java.util.HashMap<>();
        data.deals().forEach(deal -> dealKeys.put(deal.id(), deal.externalId()));
        List<String> lines = new java.util.ArrayList<>();
        data.deals().stream().sorted(Comparator.comparing(Deal::externalId)).forEach(deal -> lines.add(
                deal.externalId() + deal.stage() + deal.outcome() + deal.amount().stripTrailingZeros() + deal.createdAt()
                        + deal.closedAt() + deal.expectedClose()));
        data.stageChanges().stream().map(c -> dealKeys.get(c.dealId()) + c.fromStage() + c.toStage() + c.at())
                .sorted().forEach(lines::add);
        data.activities().stream().sorted(Comparator.comparing(Activity::externalId)).forEach(a -> lines.add(
                a.externalId() + a.type() + a.start() + a.durationMinutes() + a.durationRecorded() + dealKeys.get(a.dealId())
                        + a.valueForBuyer() + a.notes()));
        data.nextActions().stream().map(n -> n.externalId() + dealKeys.get(n.dealId()) + n.what() + n.due() + n.status())
                .sorted().forEach(lines::add);
        return lines;
    }
}
