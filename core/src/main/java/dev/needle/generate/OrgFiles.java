package dev.needle.generate;

import dev.needle.generate.Model.Account;
import dev.needle.generate.Model.Contact;
import dev.needle.generate.Model.Manager;
import dev.needle.generate.Model.Rep;
import dev.needle.generate.OrgBuilder.Org;
import java.io.IOException;
import java.util.List;

/**
 * User.csv, Contact.csv and Account.csv. With leads, the companies still exported only as Leads are
 * left out, and converted ones carry the conversion as their CreatedDate.
 */
final class OrgFiles {
    static final List<String> USER_HEADER = List.of("Id", "Username", "LastName", "FirstName", "Name", "Email",
            "IsActive", "ManagerId", "UserRoleId", "TimeZoneSidKey", "Department", "Title", "Quota__c", "CreatedDate");
    static final List<String> ACCOUNT_HEADER = List.of("Id", "IsDeleted", "Name", "Type", "Industry", "AnnualRevenue",
            "NumberOfEmployees", "OwnerId", "Dream_Client__c", "CreatedDate");
    static final List<String> CONTACT_HEADER = List.of("Id", "IsDeleted", "AccountId", "LastName", "FirstName",
            "Name", "Title", "Email", "OwnerId", "CreatedDate");

    private OrgFiles() {
    }

    /** Each team's manager, then the team's reps. */
    static long writeUsers(ExportFiles files, Format format, Org org) throws IOException {
        try (CsvFile csv = files.create(SalesforceObject.USER, USER_HEADER)) {
            for (Manager manager : org.managers()) {
                user(csv, format, manager.id(), manager.firstName(), manager.lastName(), manager.email(), "",
                        manager.roleId(), manager.zone().getId(), manager.team(), "Sales Manager", manager.quota(),
                        manager.createdAt());
                for (Rep rep : org.reps()) {
                    if (rep.manager != manager) continue;
                    user(csv, format, rep.id, rep.firstName, rep.lastName, rep.email, manager.id(), rep.roleId,
                            rep.zone.getId(), rep.team, "Account Executive", rep.quota, rep.createdAt);
                }
            }
            return csv.rows();
        }
    }

    private static void user(CsvFile csv, Format format, String id, String first, String last, String email,
                             String managerId, String roleId, String zone, String team, String title, long quota,
                             long createdAt) {
        csv.add(id).add(email).add(last).add(first).add(first + " " + last).add(email).add(format.bool(true))
                .add(managerId).add(roleId).add(zone).add(team).add(title).add(format.amount(quota))
                .add(format.instant(createdAt)).end();
    }

    static long writeContacts(ExportFiles files, Format format, Org org, Leads leads) throws IOException {
        try (CsvFile csv = files.create(SalesforceObject.CONTACT, CONTACT_HEADER)) {
            for (Contact contact : org.contacts()) {
                if (leads.exportedAsLeadsOnly(contact.account())) continue;
                csv.add(contact.id()).add(format.bool(false)).add(contact.account().id).add(contact.lastName())
                        .add(contact.firstName()).add(contact.name()).add(contact.title()).add(contact.email())
                        .add(contact.account().owner.id)
                        .add(format.instant(leads.createdAt(contact.account(), contact.createdAt()))).end();
            }
            return csv.rows();
        }
    }

    /** Written last: an account that won a deal has become a customer. */
    static long writeAccounts(ExportFiles files, Format format, Org org, Leads leads) throws IOException {
        try (CsvFile csv = files.create(SalesforceObject.ACCOUNT, ACCOUNT_HEADER)) {
            for (Account account : org.accounts()) {
                if (leads.exportedAsLeadsOnly(account)) continue;
                csv.add(account.id).add(format.bool(false)).add(account.name).add(account.type())
                        .add(account.industry).add(account.annualRevenue).add(account.employees)
                        .add(account.owner.id).add(format.bool(account.dream))
                        .add(format.instant(leads.createdAt(account, account.createdAt))).end();
            }
            return csv.rows();
        }
    }
}
