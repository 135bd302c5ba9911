package dev.needle.generate;

import dev.needle.generate.Model.Account;
import dev.needle.generate.Model.Contact;
import dev.needle.generate.Model.Manager;
import dev.needle.generate.Model.Rep;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Builds the people and accounts of the org: teams with a manager each, reps, accounts, contacts. */
final class OrgBuilder {
    record Org(List<Manager> managers, List<Rep> reps, List<Account> accounts, List<Contact> contacts) {
    }

    static final int ACCOUNTS_PER_REP = 60;
    static final String ORG_DOMAIN = "needle-demo.example";
    private static final int REPS_PER_TEAM = 7;
    private static final String[] TEAMS = {"East", "West", "Central", "EMEA", "North", "South", "Pacific",
        "Atlantic", "Midwest", "Mountain", "Gulf", "UK & Ireland", "Great Lakes", "Southwest", "Northeast"};
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final List<ZoneId> ZONES = List.of(NEW_YORK, CHICAGO, LOS_ANGELES, LONDON);

    private final Dice dice;
    private final Names names = new Names();
    private final IdSequence userIds;
    private final IdSequence roleIds;
    private final IdSequence accountIds;
    private final IdSequence contactIds;
    private final LocalDate firstDay;

    OrgBuilder(Dice dice, Format format, LocalDate firstDay) {
        this.dice = dice;
        this.firstDay = firstDay;
        this.userIds = IdSequence.of("005", dice, format);
        this.roleIds = IdSequence.of("00E", dice, format);
        this.accountIds = IdSequence.of("001", dice, format);
        this.contactIds = IdSequence.of("003", dice, format);
    }

    Org build(int repCount) {
        RepTraits traits = RepTraits.draw(repCount, dice);
        int teamCount = Math.max(1, (int) Math.round(repCount / (double) REPS_PER_TEAM));
        List<Manager> managers = new ArrayList<>();
        List<Rep> reps = new ArrayList<>();
        for (int team = 0; team < teamCount; team++) {
            String teamName = TEAMS[team % TEAMS.length] + (team < TEAMS.length ? "" : " " + (team / TEAMS.length + 1));
            ZoneId teamZone = zoneOf(teamName);
            int from = team * repCount / teamCount;
            int to = (team + 1) * repCount / teamCount;
            String managerRole = roleIds.next();
            String repRole = roleIds.next();
            Manager manager = manager(teamName, teamZone, managerRole, (to - from) * 700_000L);
            managers.add(manager);
            for (int index = from; index < to; index++) {
                ZoneId zone = dice.chance(0.1) ? dice.pick(ZONES) : teamZone;
                reps.add(rep(index, teamName, zone, manager, repRole, traits));
            }
        }
        List<Account> accounts = new ArrayList<>();
        List<Contact> contacts = new ArrayList<>();
        for (Rep rep : reps) {
            for (int count = 0; count < ACCOUNTS_PER_REP; count++) {
                Account account = account(rep);
                accounts.add(account);
                rep.accounts.add(account);
                int contactCount = dice.between(2, 4);
                for (int number = 0; number < contactCount; number++) contacts.add(contact(account));
            }
        }
        return new Org(managers, reps, accounts, contacts);
    }

    private Manager manager(String team, ZoneId zone, String roleId, long quota) {
        String first = dice.pick(Names.FIRST);
        String last = dice.pick(Names.LAST);
        return new Manager(userIds.next(), first, last, names.email(first, last, ORG_DOMAIN), team, zone, roleId,
                quota, joinedAt(zone));
    }

    private Rep rep(int index, String team, ZoneId zone, Manager manager, String roleId, RepTraits traits) {
        String first = dice.pick(Names.FIRST);
        String last = dice.pick(Names.LAST);
        long quota = 50_000L * dice.between(10, 18);
        return new Rep(userIds.next(), first, last, names.email(first, last, ORG_DOMAIN), team, zone, manager,
                roleId, traits.busy()[index], traits.emptyShare()[index], traits.prospectingFirstShare()[index],
                traits.volume()[index], quota, joinedAt(zone));
    }

    private long joinedAt(ZoneId zone) {
        return WorkTime.randomWorkInstant(WorkTime.minusWorkdays(firstDay, dice.between(120, 1200)), zone, dice);
    }

    private Account account(Rep rep) {
        String name = names.company(dice);
        boolean dream = dice.chance(0.10);
        boolean customer = dice.chance(0.25);
        long revenue = Math.round(dice.logNormal(dream ? 400e6 : 40e6, 1.0) / 1e5) * 100_000L;
        int employees = (int) Math.max(10, revenue / dice.between(150_000, 350_000));
        LocalDate created = WorkTime.minusWorkdays(firstDay, dice.between(30, 1500));
        return new Account(accountIds.next(), name, dice.pick(Names.INDUSTRIES), rep, dream, revenue, employees,
                WorkTime.randomWorkInstant(created, rep.zone, dice), customer, customer && dice.chance(0.3));
    }

    private Contact contact(Account account) {
        String first = dice.pick(Names.FIRST);
        String last = dice.pick(Names.LAST);
        long createdAt = account.createdAt + 86_400L * dice.between(0, 200);
        long firstDayStart = WorkTime.at(firstDay, 0, account.owner.zone);
        Contact contact = new Contact(contactIds.next(), first, last, dice.pick(Names.CONTACT_TITLES),
                names.email(first, last, account.domain), account, Math.min(createdAt, firstDayStart - 3_600));
        account.contacts.add(contact);
        return contact;
    }

    private static ZoneId zoneOf(String team) {
        if (team.startsWith("EMEA") || team.startsWith("UK")) return LONDON;
        if (team.startsWith("West") || team.startsWith("Pacific") || team.startsWith("Mountain")
                || team.startsWith("Southwest")) return LOS_ANGELES;
        if (team.startsWith("Central") || team.startsWith("Midwest") || team.startsWith("Gulf")
                || team.startsWith("Great Lakes") || team.startsWith("South")) return CHICAGO;
        return NEW_YORK;
    }
}
