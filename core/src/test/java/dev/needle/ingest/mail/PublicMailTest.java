package dev.needle.ingest.mail;

import dev.needle.app.Needle;
import dev.needle.domain.Activity;
import dev.needle.domain.Dataset;
import dev.needle.domain.Direction;
import dev.needle.ingest.ImportReport;
import dev.needle.ingest.MailCounts;
import dev.needle.testing.Backend;
import dev.needle.testing.Imports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail nobody here wrote: Apache Tika's mail-parser test documents (Apache-2.0), on the test class path
 * from Tika's test jar — a real Enron message with folded recipient lists and a zone comment, a thread
 * from the Apache Hadoop mailing-list archive, RFC 2047's own example headers, a quoted-printable
 * message and a GroupWise export whose From holds no address. The org around them is made here, with
 * the addresses those messages use.
 */
class PublicMailTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aRealBusinessMessageWithFoldedRecipientListsBecomesAnOutboundTouchOnTheContactsDeal(Backend backend) {
        try (Needle needle = org(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), fixture("testRFC822-CC-BCC", "apollo.eml"));

            assertThat(report.committed()).as("%s", report.errors()).isTrue();
            assertThat(report.mail().stored()).isEqualTo(1);
            Dataset data = needle.store().dataset();
            Activity touch = mailTouch(data, "4890112.1075845067403.JavaMail.evans@thyme");
            assertThat(touch.direction()).isEqualTo(Direction.OUTBOUND);
            assertThat(touch.start()).as("11:52 PDT, the (PDT) comment ignored").isEqualTo(Instant.parse("2001-04-10T18:52:00Z"));
            assertThat(touch.contactId()).as("tom.bauer, in the folded Cc").isEqualTo(id(data.contacts().stream()
                    .filter(c -> c.externalId().equals("c-bauer")).findFirst().orElseThrow().id()));
            assertThat(touch.dealId()).isEqualTo(data.deals().stream().filter(d -> d.externalId().equals("d-audit"))
                    .findFirst().orElseThrow().id());
            assertThat(touch.subject()).isEqualTo("Confidential Folder to safely pass information to  Arthur Andersen");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aRealMailingListThreadIsListMailNotTouchesEvenBetweenARepAndAKnownContact(Backend backend) {
        try (Needle needle = org(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), fixture("complex.mbox", "hadoop.mbox"));

            assertThat(report.committed()).as("%s", report.errors()).isTrue();
            // three messages of the Hadoop archive, each with Precedence: bulk and List-Unsubscribe
            assertThat(report.mail()).isEqualTo(new MailCounts(3, 0, 0, 0, 3, 0, 0, 0));
            assertThat(needle.store().dataset().activities()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aQuotedPrintableBodyIsStoredDecodedOnlyWhenBodiesAreKept(Backend backend) {
        try (Needle needle = org(backend)) {
            Path quoted = fixture("testRFC822_quoted", "quoted.eml");

            Imports.run(needle, Imports.allOrNothing(), quoted);
            Activity headersOnly = onlyTouch(needle.store().dataset());
            assertThat(headersOnly.direction()).isEqualTo(Direction.INBOUND);
            assertThat(headersOnly.notes()).isNull();
        }
        try (Needle needle = org(backend)) {
            Imports.run(needle, Imports.allOrNothing().withMail(new dev.needle.ingest.ImportOptions.Mail(true, java.util.Set.of())),
                    fixture("testRFC822_quoted", "quoted.eml"));
            assertThat(onlyTouch(needle.store().dataset()).notes())
                    .startsWith("D\u00fcsseldorf has non-ascii. Lines can be split like this.");
        }
    }

    @Test
    void rfc2047EncodedWordsInRealHeadersAreDecoded() throws Exception {
        // the document has no Date: as a message of an mbox, its envelope line stands in
        RawMessage inAnMbox = new RawMessage(Files.readAllBytes(fixture("testRFC822_i18nheaders", "keld.eml")), 0, 1,
                "keld@dkuug.dk Mon Jun  1 10:00:00 2009");

        ParsedMail mail = new MailParser(false).parse(inAnMbox);

        assertThat(mail.from()).isEqualTo("keld@dkuug.dk");
        assertThat(mail.subject()).isEqualTo("If you can read this you understand the example.");
        assertThat(mail.date()).isEqualTo(Instant.parse("2009-06-01T10:00:00Z"));
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void realMessagesWithoutADateOrWithoutASendersAddressAreRowErrorsAndNothingIsStored(Backend backend) {
        try (Needle needle = org(backend)) {
            Path noDate = fixture("testRFC822_i18nheaders", "keld.eml");
            Path groupWise = fixture("testGroupWiseEml.eml", "groupwise.eml");
            Path good = fixture("testRFC822-CC-BCC", "apollo.eml");

            ImportReport report = Imports.run(needle, Imports.allOrNothing(), good, noDate, groupWise);

            assertThat(report.committed()).isFalse();
            assertThat(report.errors()).extracting(e -> e.file() + ": " + e.reason()).anySatisfy(error ->
                    assertThat(error).contains("keld.eml").contains("byte offset 0").contains("no Date header"));
            assertThat(report.errors()).extracting(e -> e.file() + ": " + e.reason()).anySatisfy(error ->
                    assertThat(error).contains("groupwise.eml").contains("no readable address"));
            assertThat(needle.store().dataset().activities()).as("all or nothing").isEmpty();
        }
    }

    private Needle org(Backend backend) {
        try {
            Path org = Files.createDirectories(temp.resolve("org-" + backend + "-" + System.nanoTime()));
            Files.writeString(org.resolve("reps.csv"), """
                    id,name,email,team,manager_id,time_zone,quota
                    r-apollo,Beth Apollo,beth.apollo@enron.com,Houston,,America/Chicago,100000
                    r-jothi,Jothi Padmanabhan,jothipn@yahoo-inc.com,Houston,,Asia/Kolkata,100000
                    r-person,A. Person,a.person@example.com,Houston,,Europe/London,100000
                    """);
            Files.writeString(org.resolve("accounts.csv"), """
                    id,name,industry,dream_client
                    a-aa,Arthur Andersen,Audit,no
                    a-woo,Woo Consulting,Software,no
                    a-another,Another Example,Retail,no
                    """);
            Files.writeString(org.resolve("contacts.csv"), """
                    id,account_id,name,title,email
                    c-bauer,a-aa,Tom Bauer,Partner,tom.bauer@us.arthurandersen.com
                    c-woo,a-woo,Jianmin Woo,Engineer,jianmin_woo@yahoo.com
                    c-another,a-another,Another Person,Buyer,another.person@another-example.com
                    """);
            Files.writeString(org.resolve("deals.csv"), """
                    id,account_id,owner_id,name,amount,currency,stage,lead_source,product,created_at,expected_close,closed_at,outcome
                    d-audit,a-aa,r-apollo,Audit support,90000,USD,Proposal,Referral,Platform,2001-01-02T09:00:00Z,2001-06-30,,OPEN
                    """);
            Needle needle = Imports.needle(backend);
            ImportReport made = Imports.run(needle, Imports.allOrNothing(), org);
            assertThat(made.committed()).as("the org: %s", made.errors()).isTrue();
            return needle;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One of Tika's test documents, under the name a user's file would have. */
    private Path fixture(String document, String name) {
        try (InputStream in = getClass().getResourceAsStream("/test-documents/" + document)) {
            assertThat(in).as("Tika's test document %s on the class path", document).isNotNull();
            Path file = Files.createDirectories(temp.resolve("mail-" + System.nanoTime())).resolve(name);
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Activity mailTouch(Dataset data, String messageId) {
        return data.activities().stream().filter(a -> a.source().equals("mail") && a.externalId().equals(messageId))
                .findFirst().orElseThrow(() -> new AssertionError("no touch " + messageId + " in " + data.activities()));
    }

    private static Activity onlyTouch(Dataset data) {
        assertThat(data.activities()).hasSize(1);
        return data.activities().get(0);
    }

    private static Long id(long id) {
        return id;
    }
}
