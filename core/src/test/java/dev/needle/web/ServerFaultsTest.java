package dev.needle.web;

import dev.needle.testing.Backend;
import dev.needle.web.RunningApi.Answer;
import org.junit.jupiter.api.Test;

import static dev.needle.web.RunningApi.Caller.REP;
import static org.assertj.core.api.Assertions.assertThat;

/** A fault of the server itself reaches the client as a JSON 500 with a generic message; the detail stays in the log. */
class ServerFaultsTest {

    /** On H2 only: what is under test is how the API answers a failure, not the database. */
    @Test
    void aWriteWhenTheStoreIsGoneGets500WithAGenericMessage() {
        try (RunningApi api = RunningApi.start(Backend.H2)) {
            api.needle().database().close();

            Answer answer = api.send("POST", "/api/activities", REP, """
                    {"type": "Email", "start": "2026-11-20T15:00:00Z"}""");

            assertThat(answer.status()).as(answer.body()).isEqualTo(500);
            assertThat(answer.contentType()).startsWith("application/json");
            assertThat(answer.json().path("message").asText()).isEqualTo("the server failed to answer this request; the reason is in its log");
            assertThat(answer.body()).doesNotContainIgnoringCase("sql").doesNotContainIgnoringCase("hikari")
                    .doesNotContain("\tat ", "Exception", "dev.needle.");
        }
    }
}
