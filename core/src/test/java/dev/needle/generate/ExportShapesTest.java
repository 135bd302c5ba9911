package dev.needle.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.needle.generate.GeneratorSettings.HeaderCase;
import dev.needle.generate.GeneratorSettings.Shape;
import dev.needle.generate.GeneratorSettings.Style;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each export shape changes only what it says it changes, against the unreshaped export of the same org. */
class ExportShapesTest {
    private static final List<String> FILES = List.of("User.csv", "Account.csv", "Contact.csv", "Opportunity.csv",
            "OpportunityHistory.csv", "Task.csv", "Event.csv");
    private static final GeneratorSettings SETTINGS = new GeneratorSettings(8, 60, 11L);

    @TempDir
    static Path exportDirectory;
    @TempDir
    static Path loaderDirectory;
    static GeneratedOrg export;
    static GeneratedOrg loader;

    @BeforeAll
    static void generateTheUnreshapedOrg() throws IOException {
        export = GeneratedOrg.generate(SETTINGS, exportDirectory);
        loader = GeneratedOrg.generate(SETTINGS.withStyle(Style.LOADER), loaderDirectory);
    }

    @Test
    void theUnreshapedExportIsTheExportAsBefore(@TempDir Path directory) throws IOException {
        assertThat(new GeneratorSettings(8, 60, 11L, GeneratorSettings.DEFAULT_UNTIL, Style.EXPORT))
                .isEqualTo(SETTINGS.withShape(Shape.AS_EXPORTED));
        GeneratedOrg.generate(SETTINGS.withShape(Shape.AS_EXPORTED), directory);
        for (String file : Stream.concat(FILES.stream(), Stream.of("planted-effects.json")).toList()) {
            assertThat(Files.mismatch(directory.resolve(file), exportDirectory.resolve(file))).as(file).isEqualTo(-1L);
        }
        assertThat(export.planted().has("shape")).isFalse();
        assertThat(export.planted().has("files")).isFalse();
        assertThat(export.planted().has("leads")).isFalse();
    }

    @Test
    void chosenColumnsWriteOnlyThePickedColumnsWithTheSameValues(@TempDir Path directory) throws IOException {
        GeneratedOrg chosen = GeneratedOrg.generate(
                SETTINGS.withStyle(Style.LOADER).withShape(Shape.AS_EXPORTED.withChosenColumns(true)), directory);

        assertThat(header(chosen, "User.csv")).containsExactly("Id", "Name", "Email", "ManagerId", "TimeZoneSidKey",
                "IsActive", "Department", "Title", "Quota__c");
        assertThat(header(chosen, "Account.csv")).containsExactly("Id", "Name", "Type", "OwnerId", "Dream_Client__c",
                "CreatedDate", "AnnualRevenue", "NumberOfEmployees");
        assertThat(header(chosen, "Contact.csv")).containsExactly("Id", "AccountId", "FirstName", "LastName", "Email",
                "Title");
        assertThat(header(chosen, "Opportunity.csv")).containsExactly("Id", "AccountId", "OwnerId", "Name",
                "StageName", "Amount", "CloseDate", "IsClosed", "IsWon", "LeadSource", "CreatedDate");
        assertThat(header(chosen, "OpportunityHistory.csv")).containsExactly("Id", "OpportunityId", "StageName",
                "Amount", "CloseDate", "Probability", "CreatedById", "CreatedDate");
        assertThat(header(chosen, "Task.csv")).containsExactly("Id", "Subject", "Type", "TaskSubtype", "Status",
                "ActivityDate", "WhoId", "WhatId", "OwnerId", "Description", "IsClosed", "CallDurationInSeconds",
                "CompletedDateTime", "CreatedDate", "Value_for_Buyer__c", "Buyer_Next_Step__c");
        assertThat(header(chosen, "Event.csv")).containsExactly("Id", "Subject", "Type", "StartDateTime",
                "EndDateTime", "ActivityDate", "WhoId", "WhatId", "OwnerId", "Location", "Description", "ShowAs",
                "CreatedDate", "Value_for_Buyer__c", "Buyer_Next_Step__c");
        assertThat(header(chosen, "Task.csv")).doesNotContain("AccountId");
        assertThat(header(chosen, "Event.csv")).doesNotContain("AccountId");
        assertThat(header(chosen, "User.csv")).doesNotContain("Username");
        assertThat(header(chosen, "Account.csv")).doesNotContain("Industry");

        for (String file : FILES) {
            List<NamedCsvRecord> all = loader.rows(file);
            List<NamedCsvRecord> picked = chosen.rows(file);
            assertThat(picked).as(file).hasSameSizeAs(all);
            for (int index = 0; index < all.size(); index++) {
                for (String column : picked.get(index).getHeader()) {
                    assertThat(picked.get(index).getField(column)).as(file + " " + column)
                            .isEqualTo(all.get(index).getField(column));
                }
            }
        }
    }

    @Test
    void chosenColumnsInExportStyleKeepItsEventTimeColumns(@TempDir Path directory) throws IOException {
        GeneratedOrg chosen = GeneratedOrg.generate(SETTINGS.withShape(Shape.AS_EXPORTED.withChosenColumns(true)),
                directory);

        assertThat(header(chosen, "Event.csv")).containsExactly("Id", "Subject", "Type", "ActivityDateTime",
                "DurationInMinutes", "ActivityDate", "WhoId", "WhatId", "OwnerId", "Location", "Description", "ShowAs",
                "CreatedDate", "Value_for_Buyer__c", "Buyer_Next_Step__c");
        assertThat(chosen.text("Task.csv")).startsWith("\"Id\",\"Subject\",").contains("\r\n");
    }

    @Test
    void headerCaseChangesOnlyTheHeaderNames(@TempDir Path upper, @TempDir Path lower) throws IOException {
        GeneratedOrg.generate(SETTINGS.withShape(Shape.AS_EXPORTED.withHeaderCase(HeaderCase.UPPER)), upper);
        GeneratedOrg.generate(SETTINGS.withShape(Shape.AS_EXPORTED.withHeaderCase(HeaderCase.LOWER)), lower);

        for (String file : FILES) {
            String original = export.text(file);
            int headerEnd = original.indexOf("\r\n");
            String upperText = Files.readString(upper.resolve(file), StandardCharsets.UTF_8);
            String lowerText = Files.readString(lower.resolve(file), StandardCharsets.UTF_8);
            assertThat(upperText.substring(0, headerEnd)).isEqualTo(original.substring(0, headerEnd).toUpperCase(Locale.ROOT));
            assertThat(lowerText.substring(0, headerEnd)).isEqualTo(original.substring(0, headerEnd).toLowerCase(Locale.ROOT));
            assertThat(upperText.substring(headerEnd)).as(file).isEqualTo(original.substring(headerEnd));
            assertThat(lowerText.substring(headerEnd)).as(file).isEqualTo(original.substring(headerEnd));
        }
        assertThat(Files.readString(upper.resolve("Task.csv")).lines().findFirst().orElseThrow())
                .contains("\"VALUE_FOR_BUYER__C\"", "\"WHOID\"", "\"ACCOUNTID\"");
        assertThat(Files.readString(lower.resolve("User.csv")).lines().findFirst().orElseThrow())
                .contains("\"quota__c\"", "\"timezonesidkey\"");
    }

    @Test
    void headerCaseIsReadAsTheCliSpellsIt() {
        assertThat(HeaderCase.parse("upper")).isEqualTo(HeaderCase.UPPER);
        assertThat(HeaderCase.parse("LOWER")).isEqualTo(HeaderCase.LOWER);
        assertThat(HeaderCase.parse("as-is")).isEqualTo(HeaderCase.AS_IS);
        assertThat(HeaderCase.parse("AS_IS")).isEqualTo(HeaderCase.AS_IS);
        assertThatThrownBy(() -> HeaderCase.parse("title")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loaderFileNamesHideTheObjectButNotItsContent(@TempDir Path directory) throws IOException {
        GeneratedOrg.generate(SETTINGS.withStyle(Style.LOADER).withShape(Shape.AS_EXPORTED.withLoaderFileNames(true)),
                directory);

        Map<String, String> nameOf = Map.of("User.csv", "extract.csv", "Account.csv", "extract (1).csv",
                "Contact.csv", "extract (2).csv", "Opportunity.csv", "extract (3).csv",
                "OpportunityHistory.csv", "extract (4).csv", "Task.csv", "extract (5).csv", "Event.csv", "extract (6).csv");
        try (Stream<Path> listing = Files.list(directory)) {
            assertThat(listing.filter(Files::isRegularFile).map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Stream.concat(nameOf.values().stream(),
                            Stream.of("planted-effects.json")).toList());
        }
        for (String file : FILES) {
            assertThat(Files.mismatch(directory.resolve(nameOf.get(file)), loaderDirectory.resolve(file)))
                    .as(file).isEqualTo(-1L);
        }
        GeneratedOrg renamed = new GeneratedOrg(directory, null, SETTINGS);
        assertThat(renamed.planted().get("files").get("Task").asText()).isEqualTo("extract (5).csv");
        assertThat(renamed.planted().get("shape").get("loaderFileNames").asBoolean()).isTrue();
        assertThat(renamed.rows("extract (5).csv")).allSatisfy(task -> assertThat(task.getField("Id")).startsWith("00T"));
    }

    @Test
    void excelAmountsChangeOnlyAmountAndQuota(@TempDir Path directory) throws IOException {
        GeneratedOrg excel = GeneratedOrg.generate(SETTINGS.withShape(Shape.AS_EXPORTED.withExcelAmounts(true)),
                directory);

        assertAmountsAsExcelSavesThem(excel.rows("Opportunity.csv"), export.rows("Opportunity.csv"), "Amount");
        assertAmountsAsExcelSavesThem(excel.rows("User.csv"), export.rows("User.csv"), "Quota__c");
        assertThat(excel.text("Opportunity.csv")).contains(",\"$");
        for (String file : List.of("Account.csv", "Contact.csv", "OpportunityHistory.csv", "Task.csv", "Event.csv")) {
            assertThat(Files.mismatch(directory.resolve(file), exportDirectory.resolve(file))).as(file).isEqualTo(-1L);
        }
    }

    @Test
    void shapesCombineAndLeaveTheSummaryAlone(@TempDir Path directory) throws IOException {
        Shape everything = new Shape(true, HeaderCase.LOWER, true, false, true);
        GeneratedOrg reshaped = GeneratedOrg.generate(SETTINGS.withStyle(Style.LOADER).withShape(everything), directory);

        assertThat(reshaped.summary()).isEqualTo(loader.summary());
        List<NamedCsvRecord> tasks = reshaped.rows("extract (5).csv");
        assertThat(tasks.get(0).getHeader()).contains("whoid", "whatid", "value_for_buyer__c").doesNotContain("accountid");
        assertThat(tasks).hasSameSizeAs(loader.rows("Task.csv"));
        assertThat(reshaped.rows("extract (3).csv")).allSatisfy(deal ->
                assertThat(deal.getField("amount")).matches("\\$\\d{1,3}(,\\d{3})*\\.00"));
    }

    private static void assertAmountsAsExcelSavesThem(List<NamedCsvRecord> excel, List<NamedCsvRecord> plain,
                                                      String column) {
        assertThat(excel).hasSameSizeAs(plain);
        for (int index = 0; index < excel.size(); index++) {
            String saved = excel.get(index).getField(column);
            assertThat(saved).matches("\\$\\d{1,3}(,\\d{3})*\\.00");
            assertThat(saved.substring(1, saved.length() - 3).replace(",", ""))
                    .isEqualTo(plain.get(index).getField(column));
        }
    }

    private static List<String> header(GeneratedOrg org, String file) throws IOException {
        return org.rows(file).get(0).getHeader();
    }
}
