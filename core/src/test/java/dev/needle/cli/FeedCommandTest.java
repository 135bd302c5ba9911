package dev.needle.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** needle feed create, list and revoke: the address printed once, lists without it, and clear refusals. */
class FeedCommandTest {
    @TempDir
    Path home;

    @BeforeEach
    void importReps(@TempDir Path exports) throws IOException {
        Path reps = Files.writeString(exports.resolve("reps.csv"), """
                id,name,email,team,manager_id,time_zone,quota
                r1,Ana Alves,ana@acme.test,East,,Europe/Lisbon,100000
                """);
        CliRun imported = CliRun.in(home, "import", reps.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    @Test
    void aFeedIsPrintedOnceAndListedWithoutItsAddress() {
        CliRun created = CliRun.in(home, "feed", "create", "--rep", "ana@acme.test", "--base-url", "https://needle.acme.test/");

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).containsPattern("Feed 1: Ana Alves's plan, the next 10 working days\\.")
                .containsPattern("\\nhttps://needle\\.acme\\.test/feed/ndlf_[A-Za-z0-9_-]{43}\\.ics\\n")
                .containsPattern("\\nwebcal://needle\\.acme\\.test/feed/ndlf_[A-Za-z0-9_-]{43}\\.ics\\n");
        String secret = created.out().replaceAll("(?s).*/feed/(ndlf_[^.]+)\\.ics.*", "$1");

        CliRun listed = CliRun.in(home, "feed", "list", "--json");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("\"days\" : 10").doesNotContain(secret, "ndlf_");

        CliRun withoutBase = CliRun.in(home, "feed", "create", "--rep", "r1", "--days", "5");
        assertThat(withoutBase.out()).containsPattern("\\n/feed/ndlf_[A-Za-z0-9_-]{43}\\.ics\\n");
    }

    @Test
    void aFeedIsRevokedOnceAndAnUnknownOneIsNamed() {
        assertThat(CliRun.in(home, "feed", "create", "--rep", "ana@acme.test").exitCode()).isZero();

        assertThat(CliRun.in(home, "feed", "revoke", "1").out()).contains("Feed 1 revoked.");
        CliRun again = CliRun.in(home, "feed", "revoke", "1");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("no live feed has the id 1");
        assertThat(CliRun.in(home, "feed", "list").out()).containsPattern("\\n +1 +ana@acme\\.test +10 +\\(command line\\) +\\S+ +\\d{4}-");
    }

    @Test
    void badOptionsAreRefusedWithTheReason() {
        CliRun tooMany = CliRun.in(home, "feed", "create", "--rep", "ana@acme.test", "--days", "40");
        CliRun nobody = CliRun.in(home, "feed", "create", "--rep", "bob@acme.test");
        CliRun notAUrl = CliRun.in(home, "feed", "create", "--rep", "ana@acme.test", "--base-url", "needle.acme.test");

        assertThat(tooMany.exitCode()).isEqualTo(2);
        assertThat(tooMany.err()).contains("--days must be between 1 and 31");
        assertThat(nobody.exitCode()).isEqualTo(2);
        assertThat(nobody.err()).contains("no rep matches --rep bob@acme.test");
        assertThat(notAUrl.exitCode()).isEqualTo(2);
        assertThat(notAUrl.err()).contains("--base-url must look like https://");
        assertThat(CliRun.in(home, "feed", "list").out()).as("nothing was made").doesNotContain("ana@acme.test");
    }
}
