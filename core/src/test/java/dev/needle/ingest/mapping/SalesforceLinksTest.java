package dev.needle.ingest.mapping;

import dev.needle.ingest.ImportReport;
import dev.needle.store.StoreCounts;
import dev.needle.testing.Backend;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static dev.needle.ingest.mapping.SalesforceIds.to18;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Data Loader export where, as users usually pick the columns, Task carries no AccountId: tasks link
 * only through the polymorphic WhatId (001 Account, 006 Opportunity) and WhoId (003 Contact, 00Q Lead).
 * Each touch still lands on the account the source system means, on H2 and PostgreSQL.
 */
class SalesforceLinksTest {
    private static final String REP = "005A00000000001";
    private static final String QUEUE = "00GA00000000001";
    private static final String ACME = "001A00000000001";
    private static final String GLOBEX = "001A00000000002";
    private static final String INITECH = "001A00000000003";
    private static final String ACME_BUYER = "003A00000000001";
    private static final String GLOBEX_BUYER = "003A00000000002";
    private static final String INITECH_BUYER = "003A00000000003";
    private static final String GLOBEX_DEAL = "006A00000000001";
    private static final String INITECH_DEAL = "006A00000000002";
    private static final String CONVERTED_LEAD = "00QA00000000001";
    private static final String OPEN_LEAD = "00QA00000000002";
    private static final String DELETED_LEAD = "00QA00000000003";

    private static final String ON_ACCOUNT = "00TA00000000001";
    private static final String ON_OPPORTUNITY = "00TA00000000002";
    private static final String ON_CONTACT = "00TA00000000003";
    private static final String ON_CONVERTED_LEAD = "00TA00000000004";
    private static final String ON_OPEN_LEAD = "00TA00000000005";
    private static final String PROMISED_TO_CONTACT = "00TA00000000006";

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aTaskOnAnAccountOrOpportunityLinksToThatAccount(Backend backend) {
        try (ExportFolder exports = new ExportFolder(backend, folder)) {
            writeDataLoaderExport(exports, false);

            assertClean(exports.importAll());

            assertThat(accountOf(exports, ON_ACCOUNT)).as("WhatId 001…").contains(to18(ACME));
            assertThat(dealOf(exports, ON_ACCOUNT)).isEmpty();
            assertThat(accountOf(exports, ON_OPPORTUNITY)).as("WhatId 006…: the opportunity's account").contains(to18(GLOBEX));
            assertThat(dealOf(exports, ON_OPPORTUNITY)).contains(to18(GLOBEX_DEAL));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aTaskOnlyOnAContactLinksToTheContactsAccount(Backend backend) {
        try (ExportFolder exports = new ExportFolder(backend, folder)) {
            writeDataLoaderExport(exports, false);

            assertClean(exports.importAll());

            assertThat(accountOf(exports, ON_CONTACT)).contains(to18(GLOBEX));
            assertThat(contactOf(exports, ON_CONTACT)).contains(to18(GLOBEX_BUYER));
            assertThat(exports.text("select a.external_id from commitment c join account a on a.id = c.account_id"
                    + " where c.external_id = ?", to18(PROMISED_TO_CONTACT)))
                    .as("an open task on a contact is a commitment to the contact's account").contains(to18(ACME));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aTaskOnAConvertedLeadCountsForWhatTheLeadBecameAndOneOnAnOpenLeadKeepsOnlyTheLead(Backend backend) {
        try (ExportFolder exports = new ExportFolder(backend, folder)) {
            writeDataLoaderExport(exports, false);

            assertClean(exports.importAll());

            assertThat(accountOf(exports, ON_CONVERTED_LEAD)).contains(to18(INITECH));
            assertThat(contactOf(exports, ON_CONVERTED_LEAD)).contains(to18(INITECH_BUYER));
            assertThat(leadOf(exports, ON_CONVERTED_LEAD)).contains(to18(CONVERTED_LEAD));
            assertThat(dealOf(exports, ON_CONVERTED_LEAD)).as("prospecting, before the opportunity").isEmpty();

            assertThat(leadOf(exports, ON_OPEN_LEAD)).contains(to18(OPEN_LEAD));
            assertThat(accountOf(exports, ON_OPEN_LEAD)).isEmpty();
            assertThat(contactOf(exports, ON_OPEN_LEAD)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void leadsAreStoredWithWhatTheyConvertedInto(Backend backend) {
        try (ExportFolder exports = new ExportFolder(backend, folder)) {
            writeDataLoaderExport(exports, false);

            assertClean(exports.importAll());

            StoreCounts stats = exports.stats();
            assertThat(stats.leads()).as("the deleted lead is left out").isEqualTo(2);
            assertThat(stats.reps()).as("a lead queue is not a rep").isEqualTo(1);
            String lead = to18(CONVERTED_LEAD);
            assertThat(exports.text("select a.external_id from lead l join account a on a.id = l.converted_account_id"
                    + " where l.external_id = ?", lead)).contains(to18(INITECH));
            assertThat(exports.text("select c.external_id from lead l join contact c on c.id = l.converted_contact_id"
                    + " where l.external_id = ?", lead)).contains(to18(INITECH_BUYER));
            assertThat(exports.text("select d.external_id from lead l join deal d on d.id = l.converted_deal_id"
                    + " where l.external_id = ?", lead)).contains(to18(INITECH_DEAL));
            assertThat(exports.value(LocalDate.class, "select converted_at from lead where external_id = ?", lead))
                    .contains(LocalDate.of(2026, 3, 2));
            assertThat(exports.value(Boolean.class, "select converted from lead where external_id = ?", to18(OPEN_LEAD)))
                    .contains(false);
            assertThat(exports.text("select r.external_id from lead l join rep r on r.id = l.owner_id where l.external_id = ?",
                    lead)).contains(to18(REP));
            assertThat(exports.text("select name from lead where external_id = ?", lead)).contains("Peter Gibbons");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void reimportingChangesNothingAndALeadThatConvertedSinceMovesItsTouchesToTheAccount(Backend backend) {
        try (ExportFolder exports = new ExportFolder(backend, folder)) {
            writeDataLoaderExport(exports, false);
            assertClean(exports.importAll());
            StoreCounts first = exports.stats();
            String links = links(exports);

            assertClean(exports.importAll());

            assertThat(exports.stats()).isEqualTo(first);
            assertThat(links(exports)).isEqualTo(links);

            writeDataLoaderExport(exports, true);
            assertClean(exports.importAll());

            assertThat(exports.stats()).isEqualTo(first);
            assertThat(accountOf(exports, ON_OPEN_LEAD)).as("the lead has since converted into Globex").contains(to18(GLOBEX));
            assertThat(contactOf(exports, ON_OPEN_LEAD)).contains(to18(GLOBEX_BUYER));
        }
    }

    /**
     * The folder a Data Loader user writes: 15-character ids, true/false, ISO timestamps, and Task/Event
     * without AccountId. {@code openLeadConverted}: the export after the open lead converted into Globex.
     */
    private static void writeDataLoaderExport(ExportFolder exports, boolean openLeadConverted) {
        exports.write("User.csv",
                "Id,Username,Name,Email",
                REP + ",ana@acme.test.sandbox,Ana Lima,ana@acme.test");
        exports.write("Account.csv",
                "Id,Name,Industry",
                ACME + ",Acme,Manufacturing",
                GLOBEX + ",Globex,Energy",
                INITECH + ",Initech,Software");
        exports.write("Contact.csv",
                "Id,AccountId,FirstName,LastName,Name,Email",
                ACME_BUYER + "," + ACME + ",Wile,Coyote,Wile Coyote,wile@acme.test",
                GLOBEX_BUYER + "," + GLOBEX + ",Hank,Scorpio,Hank Scorpio,hank@globex.test",
                INITECH_BUYER + "," + INITECH + ",Peter,Gibbons,Peter Gibbons,peter@initech.test");
        exports.write("Opportunity.csv",
                "Id,AccountId,OwnerId,Name,StageName,IsClosed,IsWon,Amount,CloseDate,CreatedDate",
                GLOBEX_DEAL + "," + GLOBEX + "," + REP + ",Globex expansion,Proposal,false,false,40000,2026-05-29,2026-02-10T09:00:00.000Z",
                INITECH_DEAL + "," + INITECH + "," + REP + ",Initech pilot,Qualification,false,false,12000,2026-06-30,2026-03-02T10:00:00.000Z");
        String openLead = openLeadConverted
                ? OPEN_LEAD + ",Hank,Scorpio,Hank Scorpio,Globex,hank@globex.test,Qualified,Cold Call," + REP
                        + ",true," + GLOBEX + "," + GLOBEX_BUYER + ",,2026-03-20,2026-02-01T08:00:00.000Z,false"
                : OPEN_LEAD + ",Hank,Scorpio,Hank Scorpio,Globex,hank@globex.test,Working,Cold Call," + QUEUE
                        + ",false,,,,,2026-02-01T08:00:00.000Z,false";
        exports.write("Lead.csv",
                "Id,FirstName,LastName,Name,Company,Email,Status,LeadSource,OwnerId,IsConverted,ConvertedAccountId,"
                        + "ConvertedContactId,ConvertedOpportunityId,ConvertedDate,CreatedDate,IsDeleted",
                CONVERTED_LEAD + ",Peter,Gibbons,Peter Gibbons,Initech,peter@initech.test,Qualified,Web," + REP
                        + ",true," + INITECH + "," + INITECH_BUYER + "," + INITECH_DEAL + ",2026-03-02,2026-01-15T08:00:00.000Z,false",
                openLead,
                DELETED_LEAD + ",Test,Lead,Test Lead,Nobody,,Open,,," + "false,,,,,2026-01-20T08:00:00.000Z,true");
        exports.write("Task.csv",
                "Id,Subject,Status,OwnerId,WhatId,WhoId,Type,IsClosed,CreatedDate,ActivityDate,IsDeleted",
                ON_ACCOUNT + ",Intro call,Completed," + REP + "," + ACME + ",,Call,true,2026-02-02T09:00:00.000Z,2026-02-02,false",
                ON_OPPORTUNITY + ",Proposal walkthrough,Completed," + REP + "," + GLOBEX_DEAL + "," + GLOBEX_BUYER
                        + ",Call,true,2026-02-12T09:00:00.000Z,2026-02-12,false",
                ON_CONTACT + ",Check-in,Completed," + REP + ",," + GLOBEX_BUYER + ",Email,true,2026-02-03T09:00:00.000Z,2026-02-03,false",
                ON_CONVERTED_LEAD + ",Cold call,Completed," + REP + ",," + CONVERTED_LEAD
                        + ",Call,true,2026-01-20T09:00:00.000Z,2026-01-20,false",
                ON_OPEN_LEAD + ",Cold call,Completed," + REP + ",," + OPEN_LEAD + ",Call,true,2026-02-04T09:00:00.000Z,2026-02-04,false",
                PROMISED_TO_CONTACT + ",Send the case study,Not Started," + REP + ",," + ACME_BUYER
                        + ",Email,false,2026-02-05T09:00:00.000Z,2026-02-09,false");
    }

    private static void assertClean(ImportReport report) {
        assertThat(report.errors()).isEmpty();
        assertThat(report.committed()).isTrue();
    }

    /** Every activity's links, as source ids, in one text to compare before and after. */
    private static String links(ExportFolder exports) {
        StringBuilder links = new StringBuilder();
        for (String task : new String[]{ON_ACCOUNT, ON_OPPORTUNITY, ON_CONTACT, ON_CONVERTED_LEAD, ON_OPEN_LEAD}) {
            links.append(task).append(accountOf(exports, task)).append(dealOf(exports, task))
                    .append(contactOf(exports, task)).append(leadOf(exports, task)).append('\n');
        }
        return links.toString();
    }

    private static Optional<String> accountOf(ExportFolder exports, String task) {
        return linked(exports, "account", "account_id", task);
    }

    private static Optional<String> dealOf(ExportFolder exports, String task) {
        return linked(exports, "deal", "deal_id", task);
    }

    private static Optional<String> contactOf(ExportFolder exports, String task) {
        return linked(exports, "contact", "contact_id", task);
    }

    private static Optional<String> leadOf(ExportFolder exports, String task) {
        return linked(exports, "lead", "lead_id", task);
    }

    private static Optional<String> linked(ExportFolder exports, String table, String column, String task) {
        return exports.text("select t.external_id from activity x join " + table + " t on t.id = x." + column
                + " where x.external_id = ?", to18(task));
    }
}
