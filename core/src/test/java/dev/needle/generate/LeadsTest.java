package dev.needle.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.needle.generate.GeneratorSettings.Shape;
import dev.needle.generate.GeneratorSettings.Style;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --leads: the same simulated org, with prospects exported as Leads until they convert. */
class LeadsTest {
    private static final GeneratorSettings SETTINGS = new GeneratorSettings(8, 120, 5L).withStyle(Style.LOADER);
    private static final List<String> STATUSES = List.of("Open - Not Contacted", "Working - Contacted",
            "Closed - Not Converted");

    @TempDir
    static Path plainDirectory;
    @TempDir
    static Path leadsDirectory;
    static GeneratedOrg plain;
    static GeneratedOrg withLeads;
    static List<NamedCsvRecord> leads;

    @BeforeAll
    static void generate() throws IOException {
        plain = GeneratedOrg.generate(SETTINGS, plainDirectory);
        withLeads = GeneratedOrg.generate(SETTINGS.withShape(Shape.AS_EXPORTED.withLeads(true)), leadsDirectory);
        leads = withLeads.rows("Lead.csv");
    }

    @Test
    void leadFileHasTheStandardLeadFields() throws IOException {
        assertThat(leads.get(0).getHeader()).containsExactly("Id", "FirstName", "LastName", "Name", "Company", "Title",
                "Email", "Status", "LeadSource", "OwnerId", "IsConverted", "ConvertedDate", "ConvertedAccountId",
                "ConvertedContactId", "ConvertedOpportunityId", "CreatedDate", "IsDeleted");
        assertThat(leads).allSatisfy(lead -> assertThat(lead.getField("Id")).hasSize(15).startsWith("00Q"));
        assertThat(leads.stream().map(lead -> lead.getField("Id")).distinct()).hasSameSizeAs(leads);
        assertThat(leads).anySatisfy(lead -> assertThat(lead.getField("IsConverted")).isEqualTo("true"))
                .anySatisfy(lead -> assertThat(lead.getField("IsConverted")).isEqualTo("false"));
    }

    @Test
    void activitiesOnALeadHaveNoWhatIdAndNoAccountId() throws IOException {
        Set<String> leadIds = leads.stream().map(lead -> lead.getField("Id")).collect(Collectors.toSet());
        List<NamedCsvRecord> onLeads = activities(withLeads).filter(row -> row.getField("WhoId").startsWith("00Q"))
                .toList();

        assertThat(onLeads).isNotEmpty().allSatisfy(row -> {
            assertThat(leadIds).contains(row.getField("WhoId"));
            assertThat(row.getField("WhatId")).isEmpty();
            assertThat(row.getField("AccountId")).isEmpty();
        });
        assertThat(withLeads.planted().get("leads").get("touchesOnLeads").asLong()).isEqualTo(onLeads.size());
    }

    @Test
    void convertedLeadsPointAtRecordsThatExistAndConvertOnTheOpportunitysCreatedDate() throws IOException {
        Map<String, NamedCsvRecord> accounts = withLeads.byId("Account.csv");
        Map<String, NamedCsvRecord> contacts = withLeads.byId("Contact.csv");
        Map<String, NamedCsvRecord> deals = withLeads.byId("Opportunity.csv");
        Map<String, Integer> opportunitiesPerAccount = new HashMap<>();
        for (NamedCsvRecord lead : leads) {
            if (!lead.getField("IsConverted").equals("true")) continue;
            assertThat(lead.getField("Status")).isEqualTo("Closed - Converted");
            String accountId = lead.getField("ConvertedAccountId");
            assertThat(accounts).containsKey(accountId);
            assertThat(accounts.get(accountId).getField("Name")).isEqualTo(lead.getField("Company"));
            NamedCsvRecord contact = contacts.get(lead.getField("ConvertedContactId"));
            assertThat(contact).isNotNull();
            assertThat(contact.getField("AccountId")).isEqualTo(accountId);
            assertThat(contact.getField("Email")).isEqualTo(lead.getField("Email"));
            opportunitiesPerAccount.merge(accountId, 0, Integer::sum);
            String opportunityId = lead.getField("ConvertedOpportunityId");
            if (opportunityId.isEmpty()) continue;
            opportunitiesPerAccount.merge(accountId, 1, Integer::sum);
            NamedCsvRecord deal = deals.get(opportunityId);
            assertThat(deal).isNotNull();
            assertThat(deal.getField("AccountId")).isEqualTo(accountId);
            assertThat(GeneratedOrg.date(deal.getField("CreatedDate")))
                    .isEqualTo(LocalDate.parse(lead.getField("ConvertedDate")));
            assertThat(deal.getField("LeadSource")).isEqualTo(lead.getField("LeadSource"));
            // the account is created by the conversion: it has no deal older than the converted one
            assertThat(accounts.get(accountId).getField("CreatedDate")).isEqualTo(deal.getField("CreatedDate"));
        }
        assertThat(opportunitiesPerAccount).isNotEmpty().allSatisfy((account, count) -> assertThat(count).isEqualTo(1));
        JsonNode counts = withLeads.planted().get("leads");
        assertThat(counts.get("convertedAccounts").asInt()).isEqualTo(opportunitiesPerAccount.size());
    }

    @Test
    void unconvertedLeadsCompaniesAreNotAccounts() throws IOException {
        Set<String> accountNames = withLeads.rows("Account.csv").stream().map(account -> account.getField("Name"))
                .collect(Collectors.toSet());
        Set<String> contactEmails = withLeads.rows("Contact.csv").stream().map(contact -> contact.getField("Email"))
                .collect(Collectors.toSet());
        List<NamedCsvRecord> open = leads.stream().filter(lead -> lead.getField("IsConverted").equals("false")).toList();

        assertThat(open).isNotEmpty().allSatisfy(lead -> {
            assertThat(lead.getField("Status")).isIn(STATUSES);
            assertThat(accountNames).doesNotContain(lead.getField("Company"));
            assertThat(contactEmails).doesNotContain(lead.getField("Email"));
            assertThat(lead.getField("ConvertedAccountId") + lead.getField("ConvertedContactId")
                    + lead.getField("ConvertedOpportunityId") + lead.getField("ConvertedDate")).isEmpty();
        });
        JsonNode counts = withLeads.planted().get("leads");
        assertThat(counts.get("unconverted").asInt()).isEqualTo(open.size());
        assertThat(counts.get("converted").asInt()).isEqualTo(leads.size() - open.size());
        assertThat(withLeads.summary().accounts()).isEqualTo(accountNames.size()).isLessThan(plain.summary().accounts());
        assertThat(withLeads.summary().contacts() + open.size()).isEqualTo(plain.summary().contacts());
    }

    @Test
    void theSimulationIsTheSameOnlyTheLinksChange() throws IOException {
        for (String file : List.of("User.csv", "Opportunity.csv", "OpportunityHistory.csv")) {
            assertThat(Files.mismatch(plainDirectory.resolve(file), leadsDirectory.resolve(file))).as(file)
                    .isEqualTo(-1L);
        }
        JsonNode before = plain.planted();
        JsonNode after = withLeads.planted();
        for (String truth : List.of("repEmptyTouchShare", "busyNotProductiveReps", "opportunityPerTouch",
                "openDealsWithoutNextAction", "overdueNextActions", "openDealsWithoutNextMeeting")) {
            assertThat(after.get(truth)).as(truth).isEqualTo(before.get(truth));
        }
        Map<String, NamedCsvRecord> leadById = withLeads.byId("Lead.csv");
        Map<String, NamedCsvRecord> contactById = plain.byId("Contact.csv");
        List<NamedCsvRecord> plainActivities = activities(plain).toList();
        List<NamedCsvRecord> leadActivities = activities(withLeads).toList();
        assertThat(leadActivities).hasSameSizeAs(plainActivities);
        for (int index = 0; index < plainActivities.size(); index++) {
            NamedCsvRecord was = plainActivities.get(index);
            NamedCsvRecord now = leadActivities.get(index);
            assertThat(now.getField("Id")).isEqualTo(was.getField("Id"));
            assertThat(now.getField("Subject")).isEqualTo(was.getField("Subject"));
            if (now.getField("WhoId").equals(was.getField("WhoId"))) {
                assertThat(now.getField("WhatId")).isEqualTo(was.getField("WhatId"));
                continue;
            }
            // a touch on a lead is the same touch on the contact the lead is, and on its account
            NamedCsvRecord lead = leadById.get(now.getField("WhoId"));
            NamedCsvRecord contact = contactById.get(was.getField("WhoId"));
            assertThat(lead.getField("Email")).isEqualTo(contact.getField("Email"));
            assertThat(was.getField("WhatId")).startsWith("001").isEqualTo(contact.getField("AccountId"));
        }
    }

    @Test
    void theOpportunityGoesToTheLeadTouchedLastAndTouchesOnLeadsComeFirst() throws IOException {
        Map<String, NamedCsvRecord> deals = withLeads.byId("Opportunity.csv");
        Map<String, String> companyOfLead = new HashMap<>();
        Map<String, NamedCsvRecord> convertingLead = new HashMap<>();
        for (NamedCsvRecord lead : leads) {
            companyOfLead.put(lead.getField("Id"), lead.getField("Company"));
            if (!lead.getField("ConvertedOpportunityId").isEmpty()) convertingLead.put(lead.getField("Company"), lead);
        }
        Map<String, Instant> lastTouchEnd = new HashMap<>();
        Map<String, String> lastTouchedLead = new HashMap<>();
        activities(withLeads).filter(row -> row.getField("WhoId").startsWith("00Q")).forEach(row -> {
            String company = companyOfLead.get(row.getField("WhoId"));
            Instant end = GeneratedOrg.instant(row.findField("CompletedDateTime").orElseGet(() -> row.getField("EndDateTime")));
            NamedCsvRecord converting = convertingLead.get(company);
            if (converting != null) {
                Instant created = GeneratedOrg.instant(deals.get(converting.getField("ConvertedOpportunityId"))
                        .getField("CreatedDate"));
                assertThat(GeneratedOrg.date(row.getField("ActivityDate")))
                        .isBeforeOrEqualTo(LocalDate.ofInstant(created, ZoneOffset.UTC));
            }
            if (!lastTouchEnd.containsKey(company) || end.isAfter(lastTouchEnd.get(company))) {
                lastTouchEnd.put(company, end);
                lastTouchedLead.put(company, row.getField("WhoId"));
            }
        });
        Set<String> checked = new HashSet<>();
        convertingLead.forEach((company, lead) -> {
            if (!lastTouchedLead.containsKey(company)) return; // an inbound opportunity on an untouched lead
            assertThat(lead.getField("Id")).as(company).isEqualTo(lastTouchedLead.get(company));
            checked.add(company);
        });
        assertThat(checked).isNotEmpty();
    }

    @Test
    void leadsCombineWithChosenColumnsInTheExportStyle(@TempDir Path directory) throws IOException {
        GeneratedOrg chosen = GeneratedOrg.generate(new GeneratorSettings(8, 120, 5L)
                .withShape(Shape.AS_EXPORTED.withLeads(true).withChosenColumns(true)), directory);

        List<NamedCsvRecord> exportedLeads = chosen.rows("Lead.csv");
        assertThat(exportedLeads.get(0).getHeader()).containsExactly("Id", "FirstName", "LastName", "Company", "Email",
                "Status", "LeadSource", "OwnerId", "IsConverted", "ConvertedAccountId", "ConvertedContactId",
                "ConvertedOpportunityId", "ConvertedDate", "CreatedDate");
        assertThat(exportedLeads).hasSameSizeAs(leads).allSatisfy(lead -> {
            assertThat(lead.getField("Id")).hasSize(18).startsWith("00Q")
                    .isEqualTo(dev.needle.ingest.mapping.SalesforceIds.to18(lead.getField("Id").substring(0, 15)));
            assertThat(lead.getField("IsConverted")).isIn("1", "0");
            assertThat(lead.getField("ConvertedDate")).matches("|\\d{4}-\\d\\d-\\d\\d 00:00:00");
        });
        assertThat(chosen.rows("Task.csv").get(0).getHeader()).doesNotContain("AccountId");
        assertThat(chosen.rows("Task.csv")).filteredOn(task -> task.getField("WhoId").startsWith("00Q"))
                .isNotEmpty().allSatisfy(task -> assertThat(task.getField("WhatId")).isEmpty());
    }

    private static Stream<NamedCsvRecord> activities(GeneratedOrg org) throws IOException {
        return Stream.concat(org.rows("Task.csv").stream(), org.rows("Event.csv").stream());
    }
}
