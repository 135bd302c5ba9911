package dev.needle.ingest.mail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mailbox files as Gmail Takeout, Thunderbird, Apple Mail and Outlook write them, read message by message. */
class MailboxFilesTest {
    private static final Path MAIL = Path.of("src", "test", "resources", "mail");

    @TempDir
    Path temp;

    @Test
    void anMboxIsSplitAtItsEnvelopeLinesAndEachMessageKnowsItsByteOffsetAndLine() throws IOException {
        Path mbox = MAIL.resolve("gmail-takeout/ana.mbox");
        String text = Files.readString(mbox, StandardCharsets.ISO_8859_1);

        List<RawMessage> messages = messagesOf(mbox);

        assertThat(messages).hasSize(7);
        assertThat(messages.get(0).offset()).isZero();
        assertThat(messages.get(0).line()).isEqualTo(1);
        int second = text.indexOf("From 1555790519483263433@xxx");
        assertThat(messages.get(1).offset()).isEqualTo(second);
        assertThat(messages.get(1).line()).isEqualTo(text.substring(0, second).lines().count() + 1);
        assertThat(messages.get(1).envelope()).isEqualTo("1555790519483263433@xxx Thu Jan 12 15:20:11 +0000 2017");
        assertThat(new String(messages.get(1).bytes(), StandardCharsets.UTF_8)).startsWith("X-GM-THRID:").endsWith("paperwork.\n");
    }

    @Test
    void escapedFromLinesLoseOneBracketAndAFromLineInsideAParagraphDoesNotStartAMessage() throws IOException {
        List<RawMessage> messages = messagesOf(MAIL.resolve("thunderbird/Inbox"));

        assertThat(messages).hasSize(2);
        String body = new String(messages.get(1).bytes(), StandardCharsets.UTF_8);
        assertThat(body).contains("\nFrom Monday the team is on site.\n").doesNotContain(">From")
                .contains("Quoting the old plan:\nFrom now on we meet weekly.\n");
    }

    @Test
    void aFileThatDoesNotStartWithAnEnvelopeIsNotAnMbox() throws IOException {
        Path notes = Files.writeString(temp.resolve("notes.mbox"), "Subject: hello\n\nnot a mailbox\n");

        assertThatThrownBy(() -> messagesOf(notes)).isInstanceOf(Mbox.NotAnMboxException.class);
    }

    @Test
    void mailboxesAreRecognisedByExtensionByAppleMailsNameAndByAThunderbirdFilesFirstLine() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("INBOX.mbox"));
        Path apple = Files.writeString(folder.resolve("mbox"), "From a@b.test Thu Jan  1 00:00:00 2015\n");
        Path table = Files.writeString(folder.resolve("table_of_contents"), "binary index");
        Path thunderbirdIndex = Files.writeString(temp.resolve("Inbox.msf"), "// <!-- <mdb:mork:z v=\"1.4\"/> -->");

        assertThat(MailboxReader.isMailbox(MAIL.resolve("thunderbird/Inbox"))).isTrue();
        assertThat(MailboxReader.isMailbox(apple)).isTrue();
        assertThat(MailboxReader.isMailbox(MAIL.resolve("outlook/RE_ Pilot schedule.eml"))).isTrue();
        assertThat(MailboxReader.isMailbox(table)).isFalse();
        assertThat(MailboxReader.isMailbox(thunderbirdIndex)).isFalse();
        assertThat(MailboxReader.isMailbox(MAIL.resolve("org/reps.csv"))).isFalse();
    }

    @Test
    void encodedWordsAreDecodedInTheSubjectAndAddressesAreComparedInLowerCase() throws Exception {
        // the example message of RFC 2047, section 8, with an mbox envelope giving it the date it lacks
        ParsedMail mail = new MailParser(false).parse(messagesOf(MAIL.resolve("rfc2047/rfc2047-section8.mbox")).get(0));

        assertThat(mail.subject()).isEqualTo("If you can read this you understand the example.");
        assertThat(mail.from()).isEqualTo("moore@cs.utk.edu");
        assertThat(mail.to()).containsExactly("keld@dkuug.dk");
        assertThat(mail.cc()).containsExactly("pirard@vm1.ulg.ac.be");
        assertThat(mail.date()).isEqualTo(Instant.parse("1993-01-01T12:00:00Z"));
        assertThat(mail.messageId()).startsWith("no-message-id:");
    }

    @Test
    void aDateNoParserCanReadFallsBackToTheMboxEnvelope() throws Exception {
        RawMessage brokenDate = messagesOf(MAIL.resolve("gmail-takeout/ana.mbox")).get(6);

        ParsedMail mail = new MailParser(false).parse(brokenDate);

        assertThat(mail.date()).isEqualTo(Instant.parse("2017-01-16T16:30:00Z"));
    }

    @Test
    void datesWithAZoneNameATwoDigitYearAndNoWeekdayAreRead() throws Exception {
        ParsedMail mail = new MailParser(false).parse(messagesOf(MAIL.resolve("thunderbird/Inbox")).get(1));

        assertThat(mail.date()).isEqualTo(Instant.parse("2017-01-17T17:05:00Z"));
        assertThat(mail.subject()).isEqualTo("Pilot schédule");
        assertThat(MailDates.parse("Mon, 16 Jan 2017 10:00:00 -0800 (PST)")).contains(Instant.parse("2017-01-16T18:00:00Z"));
        assertThat(MailDates.parse("Sat Jan  3 01:05:34 1998")).contains(Instant.parse("1998-01-03T01:05:34Z"));
        assertThat(MailDates.parse("Mon, 32 Foo 2017 25:61:00 -0500")).isEmpty();
    }

    @Test
    void anOutlookMessageGivesItsThreadAndOnlyItsHeadersUnlessBodiesAreKept() throws Exception {
        Path eml = MAIL.resolve("outlook/RE_ Pilot schedule.eml");
        RawMessage raw = new RawMessage(Files.readAllBytes(eml), 0, 1, null);

        ParsedMail headersOnly = new MailParser(false).parse(raw);
        ParsedMail withBody = new MailParser(true).parse(raw);

        assertThat(headersOnly.from()).isEqualTo("bill@initech.test");
        assertThat(headersOnly.messageId()).isEqualTo("BN6PR11MB1234A1B2C3D4E5F6@BN6PR11MB1234.namprd11.prod.outlook.com");
        assertThat(headersOnly.parentId()).isEqualTo("5A7E.b1@acme.com");
        assertThat(headersOnly.subject()).isEqualTo("RE: Pilot schédule");
        assertThat(headersOnly.body()).isNull();
        assertThat(withBody.body()).isEqualTo("Yeah, Monday works. We\u2019ll need the TPS reports first.\r\n");
    }

    @Test
    void anAnswerWithoutInReplyToAnswersTheLastOfItsReferences() throws Exception {
        ParsedMail mail = parse("""
                From: hank@globex.test
                To: ana@acme.com
                Date: Thu, 12 Jan 2017 10:20:11 -0500
                Message-ID: <r2@globex.test>
                References: <first@acme.com> <second@acme.com>
                
                ok
                """);

        assertThat(mail.parentId()).isEqualTo("second@acme.com");
    }

    @Test
    void listMailAndBulkPrecedenceAreNewsletters() throws Exception {
        String headers = """
                From: news@vendor.test
                To: ana@acme.com
                Date: Thu, 12 Jan 2017 10:20:11 -0500
                Message-ID: <n@vendor.test>
                """;

        assertThat(parse(headers + "List-Unsubscribe: <mailto:u@vendor.test>\n\nx\n").bulk()).isTrue();
        assertThat(parse(headers + "Precedence: bulk\n\nx\n").bulk()).isTrue();
        assertThat(parse(headers + "\nx\n").bulk()).isFalse();
    }

    @Test
    void aMessageWithNoFromOrNoHeadersIsCorrupt() {
        assertThatThrownBy(() -> parse("To: hank@globex.test\nDate: Thu, 12 Jan 2017 10:20:11 -0500\n\nx\n"))
                .isInstanceOf(CorruptMessageException.class).hasMessage("no From header");
        assertThatThrownBy(() -> parse("\njust a body\n")).isInstanceOf(CorruptMessageException.class);
        assertThatThrownBy(() -> parse("From: not an address\nDate: Thu, 12 Jan 2017 10:20:11 -0500\n\nx\n"))
                .isInstanceOf(CorruptMessageException.class).hasMessageContaining("no readable address");
    }

    private static ParsedMail parse(String message) throws CorruptMessageException {
        return new MailParser(false).parse(new RawMessage(message.getBytes(StandardCharsets.UTF_8), 0, 1, null));
    }

    private static List<RawMessage> messagesOf(Path mbox) throws IOException {
        List<RawMessage> messages = new ArrayList<>();
        Mbox.read(mbox, messages::add);
        return messages;
    }
}
