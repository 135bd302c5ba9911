package dev.needle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code needle import} of mailboxes as a user runs it: the counts on stdout and in JSON, the options, the exit code. */
class ImportMailCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path MAIL = Path.of("src", "test", "resources", "mail");

    @TempDir
    Path home;

    @Test
    void theImportSaysWhatBecameOfEveryMessageAndValueShowsRepliesPerTouch() {
        CliRun run = CliRun.in(home, "import", MAIL.resolve("org").toString(), MAIL.resolve("gmail-takeout").toString(),
                MAIL.resolve("thunderbird").toString(), MAIL.resolve("outlook").toString(), MAIL.resolve("apple-mail").toString(),
                "--internal-domain", "acme-internal.test");
        CliRun value = CliRun.in(home, "value", "--from", "2016-06-01", "--to", "2017-06-01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Mail: 11 messages read; touches stored: 7; not touches: duplicates 1 (already stored,"
                        + " or in another mailbox), internal 1, newsletters 1, no known contact 1; bad 0")
                .contains("Mail: 3 touches linked to their account only: it has more than one open deal");
        assertThat(value.out()).contains("Replies from the buyer per outbound touch that could be answered:")
                .containsPattern("Email +0\\.750 \\(3 replies to 4 touches\\)");
    }

    @Test
    void theJsonReportCarriesTheMailCountsAndKeepBodiesIsAccepted() throws IOException {
        CliRun run = CliRun.in(home, "import", "--json", "--keep-bodies", MAIL.resolve("org").toString(),
                MAIL.resolve("gmail-takeout").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode mail = JSON.readTree(run.out()).get("mail");
        assertThat(mail.get("read").asLong()).isEqualTo(7);
        assertThat(mail.get("stored").asLong()).isEqualTo(4);
        assertThat(mail.get("newsletters").asLong()).isEqualTo(1);
        assertThat(mail.get("noKnownContact").asLong()).isEqualTo(2);
        assertThat(mail.get("ambiguousDeals").asLong()).isEqualTo(1);
    }

    @Test
    void anImportWithoutMailboxesHasNoMailCounts() throws IOException {
        CliRun run = CliRun.in(home, "import", "--json", MAIL.resolve("org").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).has("mail")).isFalse();
    }

    @Test
    void aCorruptMessageFailsTheImportLoudlyWithItsPlace() {
        CliRun.in(home, "import", MAIL.resolve("org").toString());

        CliRun run = CliRun.in(home, "import", MAIL.resolve("corrupt").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("broken.mbox:10: the message at byte offset 179 is corrupt: no From header")
                .contains("Nothing was stored");
        assertThat(run.out()).contains("touches found (nothing stored): 1");
    }
}
