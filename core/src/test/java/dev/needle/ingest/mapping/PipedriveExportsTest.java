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
 * Pipedrive's "Entity - Field" exports of organizations, deals and activities — owners and
 * organizations by name, quoted commas, HH:MM durations, due date and due time in two columns, a
 * deleted deal — imported through the shipped mappings, on H2 and PostgreSQL.
 */
class PipedriveExportsTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void dealStatusGivesTheOutcomeAndTheWonOrLostTimeTheCloseDate(Backend backend) {
        try (ExportFolder exports = new ExportFolder(backend, folder)) {
            writePipedriveExports(exports);

            ImportReport report = exports.importAll();

            assertThat(report.errors()).isEmpty();
            assertThat(report.committed()).isTrue();
            StoreCounts stats = exports.stats();
            assertThat(stats.deals()).as("the deleted deal is left out").isEqualTo(3);
            assertThat(stats.wonDeals()).isEqualTo(1);
            assertThat(stats.lostDeals()).isEqualTo(1);
            assertThat(stats.openDeals()).isEqualTo(1);
            assertThat(exports.value(LocalDate.class, "select closed_at from deal where external_id = ?", "1"))
                    .contains(LocalDate.of(2024, 3, 14));
            assertThat(exports.value(LocalDate.class, "select closed_at from deal where external_id = ?", "3"))
                    .contains(LocalDate.of(2024, 4, 2));
            assertThat(exports.value(LocalDate.class, "select closed_at from deal where external_id = ?", "2")).isEmpty();
            assertThat(exports.value(BigDecimal.class, "select amount from deal where external_id = ?", "1").orElseThrow())
                    .isEqualByComparingTo("25000");
            assertThat(exports.text("select currency from deal where external_id = ?", "3")).contains("USD");
            assertThat(exports.text("select lead_source from deal where external_id = ?", "1")).contains("Referral");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void ownersAndOrganizationsNamedInTheDealsLinkToOneRepAndAccountEach(Backend backend) {
        try (ExportFolder exports = new ExportFolder(backend, folder)) {
            writePipedriveExports(exports);

            exports.importAll();

            // Pipedrive exports no users file here: each owner becomes one rep known by name
            assertThat(exports.stats().reps()).isEqualTo(2);
            assertThat(exports.stats().accounts()).isEqualTo(2);
            assertThat(exports.text("select r.name from deal d join rep r on r.id = d.owner_id where d.external_id = ?", "1"))
                    .contains("Mia Keller");
            assertThat(exports.text("select a.external_id from deal d join account a on a.id = d.account_id where d.external_id = ?", "1"))
                    .as("linked by the organization's name, quoted comma and all").contains("11");
            assertThat(exports.text("select r.name from activity a join rep r on r.id = a.rep_id where a.external_id = ?", "101"))
                    .contains("Mia Keller");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void doneActivitiesAreActivitiesAndAnUndoneOneOnADealIsItsNextAction(Backend backend) {
        try (ExportFolder exports = new ExportFolder(backend, folder)) {
            writePipedriveExports(exports);

            ImportReport report = exports.importAll();

            assertThat(exports.stats().activities()).isEqualTo(3);
            assertThat(exports.stats().nextActions()).isEqualTo(1);
            assertThat(exports.text("select d.external_id from activity a join deal d on d.id = a.deal_id where a.external_id = ?", "101"))
                    .contains("1");
            assertThat(exports.value(Integer.class, "select duration_minutes from activity where external_id = ?", "102")).contains(60);
            assertThat(exports.value(OffsetDateTime.class, "select started_at from activity where external_id = ?", "102")
                    .map(OffsetDateTime::toInstant)).as("due date and due time together").contains(Instant.parse("2024-02-05T14:00:00Z"));
            assertThat(exports.text("select notes from activity where external_id = ?", "101")).contains("Asked about SSO, pricing");
            assertThat(exports.text("select d.external_id from next_action n join deal d on d.id = n.deal_id where n.external_id = ?", "103"))
                    .contains("2");
            assertThat(exports.value(LocalDate.class, "select due from next_action where external_id = ?", "103"))
                    .contains(LocalDate.of(2024, 7, 1));
            assertThat(exports.count("select count(*) from commitment where external_id = ?", "104"))
                    .as("an undone activity on no deal is a commitment").isEqualTo(1);
            // Wayne Enterprises is in no organizations file: the lunch keeps its rep, loses the link, and says so
            assertThat(report.warnings()).anyMatch(warning -> warning.contains("activity links to a account"));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aDealValueThatIsNotANumberIsReportedWithFileLineAndColumnAndNothingIsStored(Backend backend) {
        try (ExportFolder exports = new ExportFolder(backend, folder)) {
            exports.write("deals-7734985-42.csv",
                    "Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Status,Deal - Stage,Deal - Owner,Deal - Organization",
                    "1,\"Umbrella, Corp - 50 seats\",25000,EUR,Won,Negotiations Started,Mia Keller,\"Umbrella, Corp\"",
                    "2,Stark pilot,abc,EUR,Open,Proposal Made,Tom Berg,Stark Industries");

            ImportReport report = exports.importAll();

            assertThat(report.committed()).isFalse();
            assertThat(report.errors()).singleElement().satisfies(error -> {
                assertThat(error.file()).endsWith("deals-7734985-42.csv");
                assertThat(error.line()).isEqualTo(3);
                assertThat(error.column()).isEqualTo("Deal - Value");
                assertThat(error.reason()).contains("\"abc\"");
            });
            assertThat(exports.stats().deals()).isZero();
        }
    }

    static void writePipedriveExports(ExportFolder exports) {
        exports.write("organizations-7734985-40.csv",
                "Organization - ID,Organization - Name,Organization - Industry,Organization - Owner",
                "11,\"Umbrella, Corp\",Pharmaceuticals,Mia Keller",
                "12,Stark Industries,Defense,Tom Berg");
        exports.write("deals-7734985-42.csv",
                "Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Status,Deal - Stage,Deal - Owner,Deal - Organization,"
                        + "Deal - Deal created,Deal - Won time,Deal - Lost time,Deal - Expected close date,Deal - Source channel",
                "1,\"Umbrella, Corp - 50 seats\",25000,EUR,Won,Negotiations Started,Mia Keller,\"Umbrella, Corp\","
                        + "2024-01-08 10:12:44,2024-03-14 16:05:00,,2024-03-31,Referral",
                "2,Stark pilot,8000,EUR,Open,Proposal Made,Tom Berg,Stark Industries,2024-02-01 08:00:00,,,2024-06-30,",
                "3,Stark renewal,\"12,000\",USD,Lost,Qualified,Mia Keller,Stark Industries,2024-01-20 11:30:00,,2024-04-02 09:00:00,2024-04-30,",
                "4,Old duplicate,100,EUR,Deleted,Qualified,Tom Berg,,2024-01-01 00:00:00,,,,");
        exports.write("activities-7734985-43.csv",
                "Activity - ID,Activity - Type,Activity - Subject,Activity - Due date,Activity - Due time,Activity - Duration,"
                        + "Activity - Done,Activity - Assigned to user,Activity - Deal,Deal - ID,Activity - Organization,Activity - Note,"
                        + "Activity - Marked as done time",
                "101,Call,Intro call,2024-01-09,10:30,00:20,Done,Mia Keller,\"Umbrella, Corp - 50 seats\",1,\"Umbrella, Corp\","
                        + "\"Asked about SSO, pricing\",2024-01-09 10:55:00",
                "102,Meeting,Demo,2024-02-05,14:00,01:00,Done,Tom Berg,Stark pilot,2,Stark Industries,,2024-02-05 15:02:00",
                "103,Email,Send proposal,2024-07-01,,,Undone,Tom Berg,Stark pilot,2,Stark Industries,,",
                "104,Task,Check budget cycle,2024-07-10,,,Undone,Mia Keller,,,\"Umbrella, Corp\",,",
                "105,Lunch,Lunch with the CFO,2024-02-20,12:30,01:30,Done,Mia Keller,,,Wayne Enterprises,,2024-02-20 14:00:00");
    }
}
