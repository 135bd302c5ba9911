package dev.needle.generate;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.needle.generate.GeneratorSettings.Style;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportStyleTest {
    private static final List<String> FILES = List.of("User.csv", "Account.csv", "Contact.csv", "Opportunity.csv",
            "OpportunityHistory.csv", "Task.csv", "Event.csv");
    private static final Map<String, String> KEY_PREFIXES = Map.of("User.csv", "005", "Account.csv", "001",
            "Contact.csv", "003", "Opportunity.csv", "006", "OpportunityHistory.csv", "008", "Task.csv", "00T",
            "Event.csv", "00U");
    private static final Pattern ALL_QUOTED = Pattern.compile("\"(?:[^\"]|\"\")*\"(?:,\"(?:[^\"]|\"\")*\")*");

    @TempDir
    static Path exportDirectory;
    @TempDir
    static Path loaderDirectory;
    static GeneratedOrg export;
    static GeneratedOrg loader;

    @BeforeAll
    static void generateBothStyles() throws IOException {
        GeneratorSettings settings = new GeneratorSettings(8, 60, 11L);
        export = GeneratedOrg.generate(settings, exportDirectory);
        loader = GeneratedOrg.generate(settings.withStyle(Style.LOADER), loaderDirectory);
    }

    @Test
    void exportStyleUsesQuotedFieldsOneZeroBooleansAndEighteenCharIds() throws IOException {
        for (String file : FILES) {
            String text = export.text(file);
            assertThat(text).as(file).endsWith("\"\r\n");
            assertThat(text.replace("\r\n", "")).as(file).doesNotContain("\n");
            for (String line : text.split("\r\n")) assertThat(line).as(file).matches(ALL_QUOTED);
            for (NamedCsvRecord row : export.rows(file)) {
                String id = row.getField("Id");
                assertThat(id).as(file).hasSize(18).startsWith(KEY_PREFIXES.get(file))
                        .isEqualTo(dev.needle.ingest.mapping.SalesforceIds.to18(id.substring(0, 15)));
            }
        }
        for (NamedCsvRecord task : export.rows("Task.csv")) {
            assertThat(task.getField("IsClosed")).isIn("0", "1");
            assertThat(task.getField("IsDeleted")).isEqualTo("0");
            assertThat(task.getField("WhatId")).matches("|[0-9A-Za-z]{18}");
            assertThat(task.getField("CreatedDate")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
            assertThat(task.getField("ActivityDate")).matches("\\d{4}-\\d\\d-\\d\\d 00:00:00");
        }
        for (NamedCsvRecord deal : export.rows("Opportunity.csv")) {
            assertThat(deal.getField("IsWon")).isIn("0", "1");
            assertThat(deal.getField("CloseDate")).matches("\\d{4}-\\d\\d-\\d\\d 00:00:00");
        }
        assertThat(export.rows("Event.csv")).allSatisfy(event ->
                assertThat(event.getField("DurationInMinutes")).matches("30|45|60"));
    }

    @Test
    void loaderStyleUsesIsoInstantsAndFifteenCharIds() throws IOException {
        for (String file : FILES) {
            String text = loader.text(file);
            assertThat(text).as(file).doesNotContain("\r").endsWith("\n");
            for (NamedCsvRecord row : loader.rows(file)) {
                assertThat(row.getField("Id")).as(file).hasSize(15).startsWith(KEY_PREFIXES.get(file));
            }
        }
        String tasks = loader.text("Task.csv");
        assertThat(tasks).contains("\n00T").contains(",\"Risks in their current vendor contract, renewal terms explained\",");
        for (NamedCsvRecord task : loader.rows("Task.csv")) {
            assertThat(task.getField("IsClosed")).isIn("true", "false");
            assertThat(task.getField("OwnerId")).hasSize(15);
            assertThat(task.getField("CreatedDate")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.000Z");
            assertThat(task.getField("ActivityDate")).matches("\\d{4}-\\d\\d-\\d\\d");
        }
        for (NamedCsvRecord event : loader.rows("Event.csv")) {
            long minutes = (GeneratedOrg.instant(event.getField("EndDateTime")).getEpochSecond()
                    - GeneratedOrg.instant(event.getField("StartDateTime")).getEpochSecond()) / 60;
            assertThat(minutes).isBetween(30L, 60L);
            assertThat(event.findField("DurationInMinutes")).isEmpty();
        }
    }

    @Test
    void bothStylesDescribeTheSameOrg() throws IOException {
        assertThat(loader.summary()).isEqualTo(export.summary());
        for (String file : FILES) {
            List<NamedCsvRecord> exported = export.rows(file);
            List<NamedCsvRecord> loaded = loader.rows(file);
            assertThat(loaded).hasSameSizeAs(exported);
            assertThat(loaded.get(loaded.size() - 1).getField("Id"))
                    .isEqualTo(exported.get(exported.size() - 1).getField("Id").substring(0, 15));
        }
    }
}
