package dev.needle.ingest.mapping;

import dev.needle.ingest.ImportReport;
import dev.needle.store.StoreCounts;
import dev.needle.testing.Backend;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HubSpot's index page exports (users, companies, contacts, deals, calls, meetings, tasks) as HubSpot
 * writes them — byte order mark, CRLF, quoted commas, owners and companies by name, empty
 * associations, call durations in milliseconds — imported through the shipped mappings, on H2 and PostgreSQL.
 */
class HubSpotExportsTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void dealsGetTheirOutcomeFromTheStageOrIsClosedWonAndTheirOwnerAndCompanyByName(Backend backend) {
        try (ExportFolder exports = new ExportFolder(backend, folder)) {
            writeHubSpotExports(exports);

            ImportReport report = exports.importAll();

            assertThat(report.errors()).isEmpty();
            assertThat(report.committed()).isTrue();
            // every owner, company and contact named in the exports was found: no stubs, no dangling links
            assertThat(report.warnings()).isEmpty();
            StoreCounts stats = exports.stats();
            assertThat(stats.reps()).isEqualTo(2);
            assertThat(stats.accounts()).isEqualTo(2);
            assertThat(stats.contacts()).isEqualTo(2);
            assertThat(stats.deals()).isEqualTo(4);
            assertThat(stats.wonDeals()).isEqualTo(2);
            assertThat(stats.lostDeals()).isEqualTo(1);
            assertThat(stats.openDeals()).isEqualTo(1);
            assertThat(outcomeOf(exports, "5003")).isEqualTo("LOST");
            assertThat(outcomeOf(exports, "5004")).as("a custom pipeline's won stage, told by Is Closed Won").isEqualTo("WON");
            assertThat(exports.text("select r.email from deal d join rep r on r.id = d.owner_id where d.external_id = ?", "5001"))
                    .contains("jane@acme.example");
            assertThat(exports.text("select a.name from deal d join account a on a.id = d.account_id where d.external_id = ?", "5002"))
                    .as("linked by the company's name when its id is empty").contains("Initech");
            assertThat(exports.value(LocalDate.class, "select closed_at from deal where external_id = ?", "5001"))
                    .contains(LocalDate.of(2024, 3, 28));
            assertThat(exports.value(LocalDate.class, "select closed_at from deal where external_id = ?", "5002")).isEmpty();
            assertThat(exports.value(BigDecimal.class, "select amount from deal where external_id = ?", "5002").orElseThrow())
                    .isEqualByComparingTo("4500.50");
            assertThat(exports.value(Boolean.class, "select dream_client from account where external_id = ?", "9001")).contains(true);
            assertThat(exports.text("select a.name from contact c join account a on a.id = c.account_id where c.external_id = ?", "3001"))
                    .contains("Globex, Inc.");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void callsReadTheirDurationInMillisecondsAndLinkToTheirDealByAssociatedDealId(Backend backend) {
        try (ExportFolder exports = new ExportFolder(backend, folder)) {
            writeHubSpotExports(exports);

            ImportReport report = exports.importAll();

            assertThat(report.errors()).isEmpty();
            assertThat(exports.stats().activities()).isEqualTo(4);
            assertThat(exports.text("select d.external_id from activity a join deal d on d.id = a.deal_id where a.external_id = ?", "7001"))
                    .contains("5002");
            assertThat(exports.text("select c.external_id from activity a join contact c on c.id = a.contact_id where a.external_id = ?", "7001"))
                    .contains("3002");
            assertThat(exports.text("select r.name from activity a join rep r on r.id = a.rep_id where a.external_id = ?", "7001"))
                    .contains("Omar Diaz");
            assertThat(exports.value(Integer.class, "select duration_minutes from activity where external_id = ?", "7001")).contains(32);
            assertThat(exports.text("select direction from activity where external_id = ?", "7001")).contains("OUTBOUND");
            assertThat(exports.text("select notes from activity where external_id = ?", "7001")).contains("Budget approved, decision in Q2");
            assertThat(exports.count("select count(*) from activity where external_id = ? and deal_id is null", "7002")).isEqualTo(1);
            assertThat(exports.value(Integer.class, "select duration_minutes from activity where external_id = ?", "7002")).contains(1);
            assertThat(exports.value(Integer.class, "select duration_minutes from activity where external_id = ?", "7101"))
                    .as("a meeting lasts from its start to its end time").contains(45);
            assertThat(exports.text("select d.external_id from activity a join deal d on d.id = a.deal_id where a.external_id = ?", "7101"))
                    .as("a meeting on two deals links to the first").contains("5001");
            assertThat(exports.count("select count(*) from activity where external_id = ?", "7003")).as("a cancelled call").isZero();
            assertThat(report.files()).filteredOn(file -> file.format().equals("hubspot-calls"))
                    .singleElement().satisfies(file -> assertThat(file.skipped()).isEqualTo(1));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void anOpenTaskOnADealIsItsNextActionAndOneOnNoDealIsACommitment(Backend backend) {
        try (ExportFolder exports = new ExportFolder(backend, folder)) {
            writeHubSpotExports(exports);

            exports.importAll();

            assertThat(exports.stats().nextActions()).isEqualTo(1);
            assertThat(exports.text("select d.external_id from next_action n join deal d on d.id = n.deal_id where n.external_id = ?", "8001"))
                    .contains("5002");
            assertThat(exports.value(LocalDate.class, "select due from next_action where external_id = ?", "8001"))
                    .contains(LocalDate.of(2024, 7, 1));
            assertThat(exports.text("select what from next_action where external_id = ?", "8001")).contains("Send pilot proposal");
            assertThat(exports.text("select a.name from commitment c join account a on a.id = c.account_id where c.external_id = ?", "8003"))
                    .contains("Initech");
            // the completed task is something the rep did, when they did it
            assertThat(exports.text("select type from activity where external_id = ?", "8002")).contains("Email");
            assertThat(exports.value(OffsetDateTime.class, "select started_at from activity where external_id = ?", "8002")
                    .map(OffsetDateTime::toInstant)).contains(Instant.parse("2024-03-29T17:10:00Z"));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aMixedActivitiesExportSendsEachRowWhereItsTypeSays(Backend backend) {
        try (ExportFolder exports = new ExportFolder(backend, folder)) {
            writeHubSpotExports(exports);
            exports.writeWithBomAndCrlf("hubspot-crm-exports-all-activities-2024-08-27.csv",
                    "Record ID,Activity type,Activity date,Activity assigned to,Call outcome,Call duration (HH:mm:ss),Email subject,"
                            + "Note body,Task title,Task status,Due date,Associated Deal IDs,Associated Company",
                    "9101,Call,2024-04-02 10:00,Jane Smith,Connected,00:12:00,,,,,,5001,\"Globex, Inc.\"",
                    "9102,Email,2024-04-02 11:00,Jane Smith,,,Renewal paperwork,,,,,5001,",
                    "9103,Note,2024-04-02 11:30,Omar Diaz,,,,\"Champion left; new contact: CFO\",,,,5002,Initech",
                    "9104,Task,2024-04-02 12:00,Omar Diaz,,,,,Book the pilot review,Not started,2024-04-20,5002,Initech");

            ImportReport report = exports.importAll();

            assertThat(report.errors()).isEmpty();
            assertThat(report.files()).filteredOn(file -> file.file().endsWith("activities-2024-08-27.csv"))
                    .singleElement().satisfies(file -> assertThat(file.format()).isEqualTo("hubspot-activities"));
            assertThat(exports.text("select type from activity where external_id = ?", "9102")).contains("Email");
            assertThat(exports.value(Integer.class, "select duration_minutes from activity where external_id = ?", "9101")).contains(12);
            assertThat(exports.text("select notes from activity where external_id = ?", "9103")).contains("Champion left; new contact: CFO");
            assertThat(exports.text("select what from next_action where external_id = ?", "9104")).contains("Book the pilot review");
            assertThat(exports.value(LocalDate.class, "select due from next_action where external_id = ?", "9104"))
                    .contains(LocalDate.of(2024, 4, 20));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void reimportingTheSameExportsChangesNothing(Backend backend) {
        try (ExportFolder exports = new ExportFolder(backend, folder)) {
            writeHubSpotExports(exports);
            exports.importAll();
            StoreCounts first = exports.stats();

            ImportReport again = exports.importAll();

            assertThat(again.errors()).isEmpty();
            assertThat(exports.stats()).isEqualTo(first);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void anAmountThatIsNotANumberIsReportedWithFileLineAndColumnAndNothingIsStored(Backend backend) {
        try (ExportFolder exports = new ExportFolder(backend, folder)) {
            writeHubSpotExports(exports);
            exports.writeWithBomAndCrlf("hubspot-crm-exports-all-deals-2024-08-27.csv",
                    "Record ID,Deal Name,Deal Stage,Pipeline,Amount,Close Date,Create Date,Deal owner,Associated Company IDs,Associated Company",
                    "5001,\"Globex, Inc. - renewal\",Closed Won,Sales Pipeline,12000,2024-03-28,2024-01-10 09:15,Jane Smith,9001,\"Globex, Inc.\"",
                    "5002,Initech pilot,Appointment Scheduled,Sales Pipeline,abc,2024-06-30,2024-02-01 10:00,Omar Diaz,,Initech");

            ImportReport report = exports.importAll();

            assertThat(report.committed()).isFalse();
            // the task on the rejected deal is reported too: its deal is not there to link to
            assertThat(report.errors()).hasSize(2);
            assertThat(report.errors()).filteredOn(error -> "Amount".equals(error.column())).singleElement().satisfies(error -> {
                assertThat(error.file()).endsWith("hubspot-crm-exports-all-deals-2024-08-27.csv");
                assertThat(error.line()).isEqualTo(3);
                assertThat(error.column()).isEqualTo("Amount");
                assertThat(error.reason()).contains("\"abc\"");
            });
            assertThat(exports.stats().deals()).isZero();
            assertThat(exports.stats().reps()).isZero();
        }
    }

    private static String outcomeOf(ExportFolder exports, String dealId) {
        return exports.text("select outcome from deal where external_id = ?", dealId).orElseThrow();
    }

    static void writeHubSpotExports(ExportFolder exports) {
        exports.writeWithBomAndCrlf("hubspot-users-2024-08-27.csv",
                "User ID,First Name,Last Name,Email,Primary Team,Teams,Last login",
                "101,Jane,Smith,jane@acme.example,East,\"East, Enterprise\",2024-08-26",
                "102,Omar,Diaz,omar@acme.example,West,West,");
        exports.writeWithBomAndCrlf("hubspot-crm-exports-all-companies-2024-08-27.csv",
                "Record ID,Company name,Company Domain Name,Industry,Company owner,Target Account",
                "9001,\"Globex, Inc.\",globex.example,MANUFACTURING,Jane Smith,true",
                "9002,Initech,initech.example,COMPUTER_SOFTWARE,Omar Diaz,false");
        exports.writeWithBomAndCrlf("hubspot-crm-exports-all-contacts-2024-08-27.csv",
                "Record ID,First Name,Last Name,Email,Job Title,Contact owner,Associated Company IDs,Associated Company",
                "3001,Ana,Ruiz,ana@globex.example,VP Operations,Jane Smith,9001,\"Globex, Inc.\"",
                "3002,Li,Wei,li@initech.example,,Omar Diaz,9002,Initech");
        exports.writeWithBomAndCrlf("hubspot-crm-exports-all-deals-2024-08-27.csv",
                "Record ID,Deal Name,Deal Stage,Pipeline,Amount,Close Date,Create Date,Deal owner,Associated Company IDs,Associated Company,Deal Type,Original Source Type,Is Closed Won",
                "5001,\"Globex, Inc. - renewal\",Closed Won,Sales Pipeline,12000,2024-03-28,2024-01-10 09:15,Jane Smith,9001,\"Globex, Inc.\",Existing Business,Offline Sources,true",
                "5002,Initech pilot,Appointment Scheduled,Sales Pipeline,4500.50,2024-06-30,2024-02-01 10:00,Omar Diaz,,Initech,New Business,Organic Search,false",
                "5003,Initech expansion,closedlost,Sales Pipeline,,2024-04-02,2024-02-15 16:45,Omar Diaz,9002,Initech,New Business,,false",
                "5004,Globex service add-on,Signed,Partner Pipeline,3000,2024-05-15,2024-03-01 08:00,Jane Smith,9001,\"Globex, Inc.\",Existing Business,Referrals,true");
        exports.writeWithBomAndCrlf("hubspot-crm-exports-all-calls-2024-08-27.csv",
                "Record ID,Call Title,Activity date,Activity assigned to,Call duration,Call direction,Call outcome,Call status,Call notes,Associated Deal IDs,Associated Company IDs,Associated Contact IDs",
                "7001,Discovery call,2024-02-02 14:00,Omar Diaz,1935000,Outbound,Connected,Completed,\"Budget approved, decision in Q2\",5002,9002,3002",
                "7002,Renewal check-in,2024-02-03 09:30,Jane Smith,45000,Outbound,Left voicemail,Completed,,,,",
                "7003,Follow-up,2024-02-04 11:00,Jane Smith,,Outbound,,Canceled,,5001,9001,");
        exports.writeWithBomAndCrlf("hubspot-crm-exports-all-meetings-2024-08-27.csv",
                "Record ID,Meeting name,Activity date,Meeting start time,Meeting end time,Meeting outcome,Activity assigned to,Meeting description,Associated Deal IDs,Associated Company IDs",
                "7101,Renewal review,2024-03-20 15:00,2024-03-20 15:00,2024-03-20 15:45,Completed,Jane Smith,\"Walked through usage, agreed a two-year term\",5001;5004,9001;9002");
        exports.writeWithBomAndCrlf("hubspot-crm-exports-all-tasks-2024-08-27.csv",
                "Record ID,Task title,Task status,Task type,Due date,Completed at,Assigned to,Associated Deal IDs,Associated Company IDs",
                "8001,Send pilot proposal,Not started,To-do,2024-07-01,,Omar Diaz,5002,9002",
                "8002,Thank-you note,Completed,Email,2024-03-29,2024-03-29 17:10,Jane Smith,5001,9001",
                "8003,Check in with Initech,In progress,Call,2024-07-05,,Omar Diaz,,9002");
    }
}
