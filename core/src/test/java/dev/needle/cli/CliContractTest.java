package dev.needle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.testing.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.needle.testing.SharedData.path;
import static org.assertj.core.api.Assertions.assertThat;

/** The CLI contract of SPEC.md that scripts rely on: --json output, exit codes, --home and --db. */
class CliContractTest {
    @TempDir
    Path home;

    private CliRun needle(Backend backend, String... args) {
        List<String> all = new ArrayList<>(List.of("--home", home.toString()));
        if (backend != Backend.H2) all.addAll(List.of("--db", database));
        all.addAll(List.of(args));
        return CliRun.of(Map.of(), all.toArray(String[]::new));
    }

    private String database;

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void statsJsonIsOneDocumentWithTheSpecsCounts(Backend backend) throws Exception {
        database = backend.freshUrl(home);
        CliRun imported = needle(backend, "import", "--create-missing", path("salesforce-dev-org-export-sample").toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        CliRun stats = needle(backend, "stats", "--json");

        assertThat(stats.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(stats.out());
        assertThat(json.fieldNames()).toIterable().contains("reps", "accounts", "contacts", "leads", "deals", "openDeals",
                "wonDeals", "lostDeals", "stageChanges", "activities", "calendarEvents");
        assertThat(json.get("deals").asInt()).isEqualTo(31);
        assertThat(json.get("wonDeals").asInt()).isEqualTo(18);
        assertThat(json.get("accounts").asInt()).isEqualTo(12);
    }

    @Test
    void importJsonReportsEveryBadRowAndExitsWithOne() throws Exception {
        CliRun run = needle(Backend.H2, "import", "--json", path("x-education-leads", "Leads.csv").toString(),
                "--mapping", writeLeadsMappingWithWrongDateColumn().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("committed").asBoolean()).isFalse();
        assertThat(report.get("errors")).isNotEmpty();
        assertThat(report.get("errors").get(0).get("column").asText()).isEqualTo("TotalVisits");
        assertThat(report.get("errors").get(0).get("line").asLong()).isEqualTo(2);
    }

    @Test
    void aMissingPathExitsWithOneAndSaysWhyOnStderr() {
        CliRun run = needle(Backend.H2, "import", home.resolve("no-such-export").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no-such-export").contains("no such file or directory");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(needle(Backend.H2, "stats", "--no-such-option").exitCode()).isEqualTo(2);
        assertThat(needle(Backend.H2, "import").exitCode()).isEqualTo(2);
        assertThat(needle(Backend.H2).exitCode()).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("import", "stats")) {
            CliRun help = needle(Backend.H2, command, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).contains("Usage: needle " + command);
        }
    }

    /** A user mapping that reads a number column as a date, so every row is bad in the same column. */
    private Path writeLeadsMappingWithWrongDateColumn() throws Exception {
        Path mapping = home.resolve("leads.json");
        java.nio.file.Files.writeString(mapping, """
                {"name": "leads-as-activities", "system": "x-education", "entity": "ACTIVITY",
                 "match": {"headers": ["Prospect ID", "Lead Number", "Converted"]},
                 "fields": {"externalId": "Prospect ID", "repRef": {"const": "someone"}, "type": "Last Activity",
                            "start": "TotalVisits"}}
                """);
        return mapping;
    }
}
