package dev.needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @Test
    void shapeFlagsReachTheGenerator(@TempDir Path out) throws Exception {
        CliRun run = CliRun.of(Map.of(), "generate", out.toString(), "--reps", "3", "--days", "20", "--seed", "2",
                "--until", "2025-06-30", "--style", "LOADER", "--chosen-columns", "--header-case", "upper",
                "--loader-file-names", "--leads", "--excel-amounts");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode planted = new ObjectMapper().readTree(out.resolve("planted-effects.json").toFile());
        assertThat(planted.get("shape").toString()).isEqualTo("{\"chosenColumns\":true,\"headerCase\":\"UPPER\","
                + "\"loaderFileNames\":true,\"leads\":true,\"excelAmounts\":true}");
        assertThat(planted.get("files").get("Lead").asText()).isEqualTo("extract (7).csv");
        assertThat(Files.readString(out.resolve("extract (7).csv"))).startsWith("ID,FIRSTNAME,LASTNAME,COMPANY,");
        assertThat(Files.readString(out.resolve("extract.csv"))).startsWith("ID,NAME,EMAIL,").contains(",\"$");
        assertThat(out.resolve("User.csv")).doesNotExist();
    }

    @Test
    void multiDealAccountsReachTheGenerator(@TempDir Path out) throws Exception {
        CliRun run = CliRun.of(Map.of(), "generate", out.toString(), "--reps", "3", "--days", "20", "--seed", "2",
                "--until", "2025-06-30", "--multi-deal-accounts", "0.4");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode planted = new ObjectMapper().readTree(out.resolve("planted-effects.json").toFile());
        assertThat(planted.get("multiDealAccounts").asDouble()).isEqualTo(0.4);
    }

    @Test
    void unknownHeaderCaseIsRefused(@TempDir Path out) {
        CliRun run = CliRun.of(Map.of(), "generate", out.toString(), "--header-case", "title");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("header case must be upper, lower or as-is");
    }
}
