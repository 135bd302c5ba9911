package dev.needle.ingest.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The mappings Needle ships: they parse, say where their headers come from, and never compete for a file. */
class ShippedMappingsTest {
    private static final MappingLibrary SHIPPED = MappingLibrary.shipped();

    static Stream<Mapping> shippedMappings() {
        return SHIPPED.all().stream();
    }

    @Test
    void everyMappingListedInTheIndexParsesUnderItsFileName() throws IOException {
        List<String> listed;
        try (InputStream index = MappingLibrary.class.getResourceAsStream("/mappings/index.txt")) {
            listed = new String(index.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(file -> file.replaceFirst("\\.json$", "")).toList();
        }

        assertThat(SHIPPED.all()).extracting(Mapping::name).containsExactlyElementsOf(listed);
        assertThat(listed).contains("hubspot-deals", "hubspot-calls", "hubspot-tasks", "pipedrive-deals",
                "pipedrive-activities", "needle-reps", "needle-deals", "needle-activities", "needle-next-actions");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedMappings")
    void everyMappingSaysWhatItsHeadersAreBasedOn(Mapping mapping) {
        assertThat(mapping.description()).as(mapping.name()).isNotBlank();
        assertThat(mapping.match().headers()).as(mapping.name()).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedMappings")
    void aHeaderOfExactlyAMappingsIdentifyingAndRequiredColumnsGoesToThatMapping(Mapping mapping) {
        Set<String> header = new LinkedHashSet<>(mapping.match().headers());
        mapping.match().required().forEach(alternatives -> header.add(alternatives.split("\\|")[0]));

        assertThat(recognisedAs("export.csv", header)).as("header %s", header).isEqualTo(mapping.name());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            needle-reps          | id,name,email,team,manager_id,time_zone,quota
            needle-accounts      | id,name,industry,dream_client
            needle-contacts      | id,account_id,name,title,email
            needle-deals         | id,account_id,owner_id,name,amount,currency,stage,lead_source,product,created_at,expected_close,closed_at,outcome
            needle-stage-changes | id,deal_id,from_stage,to_stage,changed_at
            needle-activities    | id,rep_id,type,start,duration_minutes,deal_id,account_id,contact_id,direction,outcome,value_for_buyer,buyer_next_step,subject,notes
            needle-next-actions  | id,deal_id,rep_id,what,due,value_for_buyer,buyer_next_step,status,account_id
            """)
    void aFullCanonicalHeaderGoesToItsOwnMapping(String expected, String header) {
        assertThat(recognisedAs("export.csv", headerOf(header))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hubspot-deals        | Record ID,Deal Name,Deal Stage,Pipeline,Amount,Close Date,Create Date,Deal owner,Associated Company IDs,Associated Company,Associated Contact IDs,Associated Contact
            hubspot-contacts     | Record ID,First Name,Last Name,Email,Phone Number,Contact owner,Associated Company IDs,Associated Company,Company Name
            hubspot-calls        | Record ID,Call Title,Activity date,Activity assigned to,Call duration,Call direction,Call outcome,Call notes,Associated Deal IDs,Associated Deal
            hubspot-tasks        | Record ID,Task title,Task status,Task type,Due date,Assigned to,Activity date,Associated Deal IDs
            hubspot-activities   | Record ID,Activity type,Activity date,Activity assigned to,Call outcome,Call notes,Meeting name,Email subject,Note body,Task title,Task status
            pipedrive-deals      | Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Status,Deal - Stage,Deal - Owner,Organization - Name,Person - Name,Person - Email
            pipedrive-activities | Activity - ID,Activity - Subject,Activity - Type,Activity - Due date,Activity - Done,Deal - ID,Deal - Title,Deal - Status,Deal - Value,Organization - Name
            pipedrive-people     | Person - ID,Person - Name,Person - Email,Organization - Name
            zoho-deals           | Record Id,Deal Owner.id,Deal Owner,Amount,Deal Name,Closing Date,Account Name.id,Account Name,Stage,Type,Probability (%),Next Step,Lead Source,Contact Name.id,Contact Name,Created By.id,Created By,Modified By.id,Modified By,Created Time,Modified Time,Description,Expected Revenue,Last Activity Time,Pipeline,Reason For Loss
            zoho-accounts        | Record Id,Account Owner.id,Account Owner,Account Name,Industry,Phone,Website,Created By.id,Created By,Created Time,Modified Time
            salesforce-report-opportunities | Opportunity Owner,Account Name,Opportunity Name,Stage,Fiscal Period,Amount,Probability (%),Age,Close Date,Created Date,Next Step,Lead Source,Type
            """)
    void aVendorExportWithExtraColumnsFromLinkedRecordsStillGoesToItsOwnMapping(String expected, String header) {
        assertThat(recognisedAs("export.csv", headerOf(header))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} [{2}] goes to {0}")
    @CsvSource(delimiter = '|', textBlock = """
            zoho-deals      | Deals_2024_03_15.csv    | Record Id,Stage,Amount
            zoho-accounts   | Accounts_2024_03_15.csv | Record Id,Account Name,Industry
            hubspot-deals   | Deals_2024_03_15.csv    | Record ID,Deal Name,Deal Stage,Amount
            zoho-deals      | export.csv              | RECORD ID,DEAL NAME,STAGE,CLOSING DATE
            """)
    void zohoExportsOfChosenColumnsAreRecognisedByTheirFileNameAndNeverTakeAHubSpotExport(String expected, String file, String header) {
        assertThat(recognisedAs(file, headerOf(header))).isEqualTo(expected);
    }

    static String recognisedAs(String fileName, Set<String> header) {
        Recognition recognition = SHIPPED.recognise(FileSample.of(fileName, List.copyOf(header), List.of()));
        return recognition instanceof Recognition.Recognised recognised ? recognised.mapping().name() : recognition.toString();
    }

    private static Set<String> headerOf(String commaSeparated) {
        return new LinkedHashSet<>(Arrays.asList(commaSeparated.split(",")));
    }
}
