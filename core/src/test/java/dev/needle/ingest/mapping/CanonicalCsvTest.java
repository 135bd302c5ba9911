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

/** Needle's own CSV files, one per entity, as docs/formats.md describes them, on H2 and PostgreSQL. */
class CanonicalCsvTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void everyCanonicalFileImportsWithItsLinks(Backend backend) {
        try (ExportFolder files = new ExportFolder(backend, folder)) {
            writeCanonicalFiles(files);

            ImportReport report = files.importAll();

            assertThat(report.errors()).isEmpty();
            assertThat(report.warnings()).isEmpty();
            assertThat(report.files()).extracting(ImportReport.FileReport::format).containsExactlyInAnyOrder(
                    "needle-reps", "needle-accounts", "needle-contacts", "needle-deals", "needle-stage-changes",
                    "needle-activities", "needle-next-actions");
            StoreCounts stats = files.stats();
            assertThat(stats.reps()).isEqualTo(3);
            assertThat(stats.accounts()).isEqualTo(2);
            assertThat(stats.contacts()).isEqualTo(2);
            assertThat(stats.deals()).isEqualTo(3);
            assertThat(stats.wonDeals()).isEqualTo(1);
            assertThat(stats.lostDeals()).isEqualTo(1);
            assertThat(stats.stageChanges()).isEqualTo(3);
            assertThat(stats.activities()).isEqualTo(3);
            assertThat(stats.nextActions()).isEqualTo(1);
            assertThat(files.count("select count(*) from commitment")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void linksResolveByIdAndRepsAlsoByEmailAndAccountsByName(Backend backend) {
        try (ExportFolder files = new ExportFolder(backend, folder)) {
            writeCanonicalFiles(files);

            files.importAll();

            assertThat(files.text("select m.external_id from rep r join rep m on m.id = r.manager_id where r.external_id = ?", "r3"))
                    .as("manager_id given as an email").contains("r1");
            assertThat(files.text("select r.external_id from deal d join rep r on r.id = d.owner_id where d.external_id = ?", "d2"))
                    .as("owner_id given as an email").contains("r2");
            assertThat(files.text("select a.external_id from contact c join account a on a.id = c.account_id where c.external_id = ?", "c2"))
                    .as("account_id given as the account's name").contains("a2");
            assertThat(files.value(Boolean.class, "select dream_client from account where external_id = ?", "a1")).contains(true);
            assertThat(files.value(Boolean.class, "select dream_client from account where external_id = ?", "a2")).contains(false);
            assertThat(files.text("select d.external_id from activity a join deal d on d.id = a.deal_id where a.external_id = ?", "x1"))
                    .contains("d1");
            assertThat(files.text("select c.external_id from activity a join contact c on c.id = a.contact_id where a.external_id = ?", "x1"))
                    .contains("c1");
            assertThat(files.text("select d.external_id from next_action n join deal d on d.id = n.deal_id where n.external_id = ?", "n1"))
                    .contains("d2");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void valuesKeepTheirTypesAndAnEmptyDurationTakesTheCataloguesDefault(Backend backend) {
        try (ExportFolder files = new ExportFolder(backend, folder)) {
            writeCanonicalFiles(files);

            files.importAll();

            assertThat(files.value(OffsetDateTime.class, "select started_at from activity where external_id = ?", "x1")
                    .map(OffsetDateTime::toInstant)).as("an offset in the timestamp wins").contains(Instant.parse("2024-03-04T08:30:00Z"));
            assertThat(files.value(Integer.class, "select duration_minutes from activity where external_id = ?", "x1")).contains(45);
            assertThat(files.value(Integer.class, "select duration_minutes from activity where external_id = ?", "x2")).contains(30);
            assertThat(files.value(Integer.class, "select duration_minutes from activity where external_id = ?", "x3"))
                    .as("the catalogue's 5 minutes for an Email").contains(5);
            assertThat(files.value(Boolean.class, "select duration_recorded from activity where external_id = ?", "x3")).contains(false);
            assertThat(files.text("select direction from activity where external_id = ?", "x2")).contains("OUTBOUND");
            assertThat(files.text("select value_for_buyer from activity where external_id = ?", "x1"))
                    .contains("Benchmark of three peers' lead times");
            assertThat(files.value(BigDecimal.class, "select quota from rep where external_id = ?", "r3").orElseThrow())
                    .isEqualByComparingTo("180000.50");
            assertThat(files.value(LocalDate.class, "select closed_at from deal where external_id = ?", "d1"))
                    .contains(LocalDate.of(2024, 3, 28));
            assertThat(files.text("select outcome from deal where external_id = ?", "d3")).as("lower case accepted").contains("LOST");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void reimportingTheSameFilesChangesNothing(Backend backend) {
        try (ExportFolder files = new ExportFolder(backend, folder)) {
            writeCanonicalFiles(files);
            files.importAll();
            StoreCounts first = files.stats();

            ImportReport again = files.importAll();

            assertThat(again.errors()).isEmpty();
            assertThat(files.stats()).isEqualTo(first);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aStartThatIsNotADateIsReportedWithFileLineAndColumnAndNothingIsStored(Backend backend) {
        try (ExportFolder files = new ExportFolder(backend, folder)) {
            writeCanonicalFiles(files);
            files.write("activities.csv",
                    "id,rep_id,type,start,duration_minutes,deal_id",
                    "x1,r1,Meeting,2024-03-04T09:30:00+01:00,45,d1",
                    "x2,r2,Call,next tuesday,30,d2");

            ImportReport report = files.importAll();

            assertThat(report.committed()).isFalse();
            assertThat(report.errors()).singleElement().satisfies(error -> {
                assertThat(error.file()).endsWith("activities.csv");
                assertThat(error.line()).isEqualTo(3);
                assertThat(error.column()).isEqualTo("start");
                assertThat(error.reason()).contains("next tuesday");
            });
            assertThat(files.stats().reps()).isZero();
        }
    }

    static void writeCanonicalFiles(ExportFolder files) {
        files.write("reps.csv",
                "id,name,email,team,manager_id,time_zone,quota",
                "r1,Ada Lovelace,ada@example.com,EMEA,,Europe/London,",
                "r2,Grace Hopper,grace@example.com,EMEA,r1,Europe/Berlin,250000",
                "r3,Alan Turing,alan@example.com,Americas,ada@example.com,America/New_York,180000.50");
        files.write("accounts.csv",
                "id,name,industry,dream_client",
                "a1,\"Acme, Ltd\",Manufacturing,true",
                "a2,Birch & Co,Retail,");
        files.write("contacts.csv",
                "id,account_id,name,title,email",
                "c1,a1,Wile Coyote,Head of Procurement,wile@acme.test",
                "c2,Birch & Co,Bea Birch,CEO,bea@birch.test");
        files.write("deals.csv",
                "id,account_id,owner_id,name,amount,currency,stage,lead_source,product,created_at,expected_close,closed_at,outcome",
                "d1,a1,r1,Acme rollout,48000,EUR,Closed Won,Referral,Platform,2024-01-15T09:00:00Z,2024-03-31,2024-03-28,WON",
                "d2,a2,grace@example.com,Birch pilot,9500.00,EUR,Proposal,Outbound,Platform,2024-02-01 10:00,2024-06-30,,OPEN",
                "d3,a2,r3,Birch add-on,1200,EUR,Qualified,Inbound,Add-on,2024-02-10,2024-04-30,2024-04-02,lost");
        files.write("stage_changes.csv",
                "id,deal_id,from_stage,to_stage,changed_at",
                "s1,d1,,Qualified,2024-01-15T09:00:00Z",
                "s2,d1,Qualified,Proposal,2024-02-20T15:30:00Z",
                "s3,d1,Proposal,Closed Won,2024-03-28T11:00:00Z");
        files.write("activities.csv",
                "id,rep_id,type,start,duration_minutes,deal_id,account_id,contact_id,direction,outcome,value_for_buyer,buyer_next_step,subject,notes",
                "x1,r1,Meeting,2024-03-04T09:30:00+01:00,00:45:00,d1,a1,c1,,Held,Benchmark of three peers' lead times,"
                        + "Book the rollout workshop,Rollout planning,\"Agreed scope: 3 sites, phase 1\"",
                "x2,grace@example.com,Call,2024-03-05 14:00,30,d2,a2,,outbound,Connected,,,Pilot check-in,",
                "x3,r3,Email,2024-03-06T08:00:00Z,,,a2,,OUTBOUND,,,,Add-on pricing,");
        files.write("next_actions.csv",
                "id,deal_id,rep_id,what,due,value_for_buyer,buyer_next_step,status,account_id",
                "n1,d2,r2,Present pilot results,2024-04-10,Pilot numbers against their baseline,Decide on rollout,OPEN,",
                "n2,,r3,Send the add-on reference list,2024-04-12,,,,a2");
    }
}
