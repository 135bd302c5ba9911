package dev.needle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.app.Needle;
import dev.needle.app.Settings;
import dev.needle.audit.Actor;
import dev.needle.store.WorkLog;
import dev.needle.work.ActivityEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** needle audit prints the trail of API writes, as text and as the API's JSON document. */
class AuditCommandTest {
    @TempDir
    Path home;

    @Test
    void theTrailShowsWhoWroteWhatThroughWhichRoute() throws Exception {
        logACallAsRon();

        CliRun text = CliRun.in(home, "audit");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("1 records", "ron@acme.test (rep, token 7)", "POST /api/activities", "activity.logged",
                "\"type\":\"Call\"");
    }

    @Test
    void theJsonIsTheApisDocument() throws Exception {
        logACallAsRon();

        CliRun json = CliRun.in(home, "audit", "--json", "--since", "2020-01-01");

        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode record = new ObjectMapper().readTree(json.out()).path("records").get(0);
        assertThat(record.path("actor").path("email").asText()).isEqualTo("ron@acme.test");
        assertThat(record.path("change").path("records").get(0).path("created").path("subject").asText()).isEqualTo("Audit");
    }

    @Test
    void aTrailReadFromAfterTheWritesIsEmpty() throws Exception {
        logACallAsRon();

        CliRun later = CliRun.in(home, "audit", "--since", "2999-01-01");

        assertThat(later.out()).contains("0 records").doesNotContain("ron@acme.test");
    }

    @Test
    void aSinceThatIsNoTimeIsAUsageError() {
        CliRun run = CliRun.in(home, "audit", "--since", "last week");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("since must be a date like 2026-12-01");
    }

    @Test
    void aLimitOutsideOneToAThousandIsAUsageError() {
        CliRun run = CliRun.in(home, "audit", "--limit", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--limit must be from 1 to 1000");
    }

    /** What POST /api/activities stores, written the way the API writes it. */
    private void logACallAsRon() throws Exception {
        Path org = Files.createTempDirectory(home, "org-");
        Files.writeString(org.resolve("reps.csv"), "id,name,email,team,manager_id,time_zone,quota\nr1,Ron Rep,ron@acme.test,East,,UTC,0\n");
        CliRun imported = CliRun.in(home, "import", org.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        try (Needle needle = Needle.open(Settings.resolve(home, null, Map.of()))) {
            long ron = needle.store().reps().get(0).id();
            ActivityEntry call = new ActivityEntry(null, "Call", Instant.parse("2026-11-20T15:00:00Z"), 20, null, null, null,
                    null, null, null, "Audit", null);
            new WorkLog(needle.database()).logActivity(new Actor(1L, "ron@acme.test", "rep", 7L, "POST /api/activities"), ron, null, call, 20);
        }
    }
}
