package dev.needle.ingest.mail;

import dev.needle.app.Needle;
import dev.needle.domain.Activity;
import dev.needle.domain.Dataset;
import dev.needle.domain.Direction;
import dev.needle.domain.Replies;
import dev.needle.ingest.ImportOptions;
import dev.needle.ingest.ImportReport;
import dev.needle.ingest.MailCounts;
import dev.needle.store.StoreCounts;
import dev.needle.testing.Backend;
import dev.needle.testing.Imports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mailboxes imported into every store against a small org (reps ana@ and ben.okafor@acme.com; contacts at
 * Globex with one open deal, Initech with two, Umbrella with none) whose addresses the fixtures use.
 */
class MailImportTest {
    private static final Path MAIL = Path.of("src", "test", "resources", "mail");
    private static final Path ANA = MAIL.resolve("gmail-takeout/ana.mbox");
    private static final Path BEN = MAIL.resolve("thunderbird/Inbox");
    private static final Path BILLS_REPLY = MAIL.resolve("outlook/RE_ Pilot schedule.eml");
    private static final Path ALICES_REPLY = MAIL.resolve("apple-mail/Re Umbrella renewal.eml");

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void mailBetweenARepAndAKnownContactBecomesAnEmailTouchAndTheRestIsCountedByWhy(Backend backend) {
        try (Needle needle = org(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), ANA);

            assertThat(report.committed()).isTrue();
            // 7 read: 4 touches, a newsletter, a lunch with a colleague and an outside address, one to a stranger
            assertThat(report.mail()).isEqualTo(new MailCounts(7, 4, 0, 0, 1, 2, 1, 0));
            Dataset data = needle.store().dataset();
            Activity pricing = touch(data, "CAF2u=kX7pricing@mail.gmail.com");
            assertThat(pricing.type()).isEqualTo("Email");
            assertThat(pricing.direction()).isEqualTo(Direction.OUTBOUND);
            assertThat(pricing.repId()).isEqualTo(repId(data, "r1"));
            assertThat(pricing.contactId()).isEqualTo(contactId(data, "c1"));
            assertThat(pricing.accountId()).isEqualTo(accountId(data, "a1"));
            assertThat(pricing.dealId()).as("Globex's one open deal").isEqualTo(dealId(data, "d1"));
            assertThat(pricing.subject()).isEqualTo("Pricing for Globex \u2013 three options");
            assertThat(pricing.start()).isEqualTo(java.time.Instant.parse("2017-01-11T13:01:59Z"));
            Activity hanksAnswer = touch(data, "9F1C0D2E.4411@globex.test");
            assertThat(hanksAnswer.direction()).isEqualTo(Direction.INBOUND);
            assertThat(hanksAnswer.repId()).as("the first rep the buyer wrote to").isEqualTo(repId(data, "r1"));
            Activity intro = touch(data, "CAF2u=kX7intro@mail.gmail.com");
            assertThat(intro.accountId()).isEqualTo(accountId(data, "a2"));
            assertThat(intro.dealId()).as("Initech has two open deals: linked to the account only").isNull();
            assertThat(touch(data, "CAF2u=kX7umbrella@mail.gmail.com").dealId()).as("Umbrella's deal is lost").isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void mailWithEveryAddressInTheCompanysDomainsIsInternalNotATouch(Backend backend) {
        try (Needle needle = org(backend)) {
            ImportOptions internal = Imports.allOrNothing().withMail(new ImportOptions.Mail(false, Set.of("Acme-Internal.test")));

            ImportReport report = Imports.run(needle, internal, ANA);

            assertThat(report.mail().internal()).isEqualTo(1);
            assertThat(report.mail().noKnownContact()).isEqualTo(1);
            assertThat(report.mail().stored()).isEqualTo(4);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void theSameMessageInTwoRepsMailboxesOrImportedAgainIsOneTouch(Backend backend) {
        try (Needle needle = org(backend)) {
            Imports.run(needle, Imports.allOrNothing(), ANA);

            ImportReport bens = Imports.run(needle, Imports.allOrNothing(), BEN);
            long afterBoth = needle.store().stats().activities();
            ImportReport again = Imports.run(needle, Imports.allOrNothing(), ANA, BEN);

            assertThat(bens.mail().duplicates()).as("Hank's answer, also in Ben's inbox").isEqualTo(1);
            assertThat(bens.mail().stored()).isEqualTo(1);
            assertThat(afterBoth).isEqualTo(5);
            assertThat(again.committed()).isTrue();
            assertThat(again.mail().duplicates()).isEqualTo(6);
            assertThat(again.mail().stored()).isZero();
            assertThat(needle.store().stats().activities()).isEqualTo(5);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void twoMailboxesInOneImportHoldingTheSameMessageGiveOneTouch(Backend backend) {
        try (Needle needle = org(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), ANA, BEN);

            assertThat(report.mail().duplicates()).isEqualTo(1);
            assertThat(needle.store().stats().activities()).isEqualTo(5);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aReplyFromTheBuyerMarksTheTouchItAnswersRepliedWhicheverIsImportedFirst(Backend backend) {
        try (Needle needle = org(backend)) {
            Imports.run(needle, Imports.allOrNothing(), BILLS_REPLY, ALICES_REPLY);
            Imports.run(needle, Imports.allOrNothing(), ANA, BEN);

            Dataset data = needle.store().dataset();
            assertThat(touch(data, "CAF2u=kX7pricing@mail.gmail.com").outcome()).as("answered in the same mailbox").isEqualTo(Replies.REPLIED);
            assertThat(touch(data, "5A7E.b1@acme.com").outcome()).as("answered by an .eml imported before").isEqualTo(Replies.REPLIED);
            assertThat(touch(data, "CAF2u=kX7umbrella@mail.gmail.com").outcome()).isEqualTo(Replies.REPLIED);
            assertThat(touch(data, "CAF2u=kX7intro@mail.gmail.com").outcome()).isEqualTo(Replies.NO_REPLY);
            assertThat(touch(data, "9F1C0D2E.4411@globex.test").outcome()).as("an answer is not itself answerable").isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void noBodyIsStoredUnlessBodiesAreKept(Backend backend) {
        try (Needle headersOnly = org(backend); Needle keeping = org(backend)) {
            Imports.run(headersOnly, Imports.allOrNothing(), ANA, BEN, BILLS_REPLY);
            Imports.run(keeping, Imports.allOrNothing().withMail(new ImportOptions.Mail(true, Set.of())), ANA, BEN, BILLS_REPLY);

            assertThat(headersOnly.store().dataset().activities()).hasSize(6).allSatisfy(activity -> assertThat(activity.notes()).isNull());
            Dataset kept = keeping.store().dataset();
            assertThat(touch(kept, "CAF2u=kX7pricing@mail.gmail.com").notes())
                    .isEqualTo("Hank, the three options we discussed are below.\nFrom the rollout plan: phase one starts in March.\n");
            assertThat(touch(kept, "BN6PR11MB1234A1B2C3D4E5F6@BN6PR11MB1234.namprd11.prod.outlook.com").notes())
                    .startsWith("Yeah, Monday works. We\u2019ll need");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aCorruptMessageIsARowErrorAtItsByteOffsetAndNothingIsStored(Backend backend) throws java.io.IOException {
        try (Needle needle = org(backend)) {
            Path broken = MAIL.resolve("corrupt/broken.mbox");
            long offset = java.nio.file.Files.readString(broken).indexOf("From ana@acme.com Fri Jan 20 11:00:00 2017");
            StoreCounts before = needle.store().stats();

            ImportReport report = Imports.run(needle, Imports.allOrNothing(), ANA, broken);

            assertThat(report.committed()).isFalse();
            assertThat(report.errors()).singleElement().satisfies(error -> {
                assertThat(error.file()).endsWith("broken.mbox");
                assertThat(error.line()).isEqualTo(10);
                assertThat(error.reason()).isEqualTo("the message at byte offset " + offset + " is corrupt: no From header");
            });
            assertThat(report.mail().bad()).isEqualTo(1);
            assertThat(needle.store().stats()).isEqualTo(before);

            ImportReport skipping = Imports.run(needle, Imports.skipBad(), broken);
            assertThat(skipping.committed()).isTrue();
            assertThat(needle.store().stats().activities()).isEqualTo(1);
        }
    }

    private static Needle org(Backend backend) {
        Needle needle = Imports.needle(backend);
        ImportReport org = Imports.run(needle, Imports.allOrNothing(), MAIL.resolve("org"));
        assertThat(org.committed()).as("the org: %s", org.errors()).isTrue();
        return needle;
    }

    private static Activity touch(Dataset data, String messageId) {
        return data.activities().stream().filter(a -> a.source().equals("mail") && a.externalId().equals(messageId))
                .findFirst().orElseThrow(() -> new AssertionError("no touch " + messageId));
    }

    private static long repId(Dataset data, String externalId) {
        return data.reps().stream().filter(r -> r.externalId().equals(externalId)).findFirst().orElseThrow().id();
    }

    private static Long contactId(Dataset data, String externalId) {
        return data.contacts().stream().filter(c -> c.externalId().equals(externalId)).findFirst().orElseThrow().id();
    }

    private static Long accountId(Dataset data, String externalId) {
        return data.accounts().stream().filter(a -> a.externalId().equals(externalId)).findFirst().orElseThrow().id();
    }

    private static Long dealId(Dataset data, String externalId) {
        return data.deals().stream().filter(d -> d.externalId().equals(externalId)).findFirst().orElseThrow().id();
    }
}
