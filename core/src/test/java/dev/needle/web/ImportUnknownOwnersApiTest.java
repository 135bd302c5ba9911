package dev.needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.testing.Backend;
import dev.needle.web.RunningApi.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.needle.web.RunningApi.Caller.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/import refuses a task of an unknown owner with 422, and makes a placeholder with createMissing=true. */
class ImportUnknownOwnersApiTest {
    private static RunningApi api;

    @TempDir
    Path dir;

    @BeforeAll
    static void serve() {
        api = RunningApi.start(Backend.H2);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void POST_import_returns_422_naming_the_unknown_owner_and_200_listing_the_placeholder_with_createMissing() throws IOException {
        Path tasks = Files.writeString(dir.resolve("Task.csv"), """
                Id,Subject,Type,ActivityDate,OwnerId,Status
                00T000000000001,Call Acme,Call,2024-01-05,005000000000999,Completed
                """);

        Answer refused = api.upload("/api/import", ADMIN, Map.of(), List.of(tasks));
        Answer made = api.upload("/api/import?createMissing=true", ADMIN, Map.of(), List.of(tasks));

        assertThat(refused.status()).isEqualTo(422);
        JsonNode error = refused.json().path("errors").get(0);
        assertThat(error.path("column").asText()).isEqualTo("OwnerId");
        assertThat(error.path("reason").asText()).contains("005000000000999AAA").contains("no user with this id");
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        JsonNode placeholder = made.json().path("placeholders").get(0);
        assertThat(placeholder.path("externalId").asText()).isEqualTo("005000000000999AAA");
        assertThat(placeholder.path("file").asText()).isEqualTo("Task.csv");
        assertThat(placeholder.path("line").asLong()).isEqualTo(2);
    }
}
