package dev.needle.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.view.Documents;
import dev.needle.view.PeriodNote;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A document's schema is generated from its record, so what Jackson writes and what /openapi.json promises agree. */
class DocumentSchemasTest {
    enum Stage { OPEN, WON }

    record Line(long id, @Nullable String externalId, Double winProbability, Stage stage, Map<String, Long> touches) {
    }

    record Sample(Instant asOf, List<Line> deals, @Nullable Line best,
                  @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String warning,
                  @JsonUnwrapped @Nullable PeriodNote periodNote) {
    }

    private static final ObjectMapper JSON = Documents.mapper();

    @Test
    void everyComponentIsAPropertyInTheRecordsOrderAndRequiredUnlessItMayBeLeftOut() {
        Map<String, Object> schema = DocumentSchemas.of(Sample.class);

        assertThat(properties(schema).keySet()).containsExactly("asOf", "deals", "best", "warning", "periodNote", "periodMoved", "periodDays");
        assertThat(schema.get("required")).isEqualTo(List.of("asOf", "deals", "best"));
    }

    record Owner(long id, @Nullable String name) {
    }

    record Counts(long open, long won) {
    }

    record Segment(@JsonUnwrapped @Nullable Owner owner, @JsonUnwrapped Counts counts) {
    }

    @Test
    void theFieldsOfAnUnwrappedComponentAreRequiredOnlyWhenTheComponentIsAlwaysThere() {
        Map<String, Object> schema = DocumentSchemas.of(Segment.class);

        assertThat(properties(schema).keySet()).contains("id", "name", "open", "won");
        assertThat(schema.get("required")).isEqualTo(List.of("open", "won"));
    }

    record Label(String text) {
    }

    record LabelledWhenKnown(@JsonUnwrapped @Nullable Label label) {
    }

    record AlwaysLabelled(@JsonUnwrapped Label label) {
    }

    @Test
    void aRecordUnwrappedBothAsNullableAndNotIsRefusedRatherThanGivenAWrongSchema() {
        DocumentSchemas.of(LabelledWhenKnown.class);

        assertThatThrownBy(() -> DocumentSchemas.of(AlwaysLabelled.class))
                .hasMessageContaining("is unwrapped both as @Nullable and not");
    }

    @Test
    void nullableComponentsAndRoundedNumbersMayBeNullAndInstantsAreDateTimes() {
        Map<String, Object> line = items(properties(DocumentSchemas.of(Sample.class)).get("deals"));

        assertThat(properties(line).get("externalId")).isEqualTo(Map.of("type", List.of("string", "null")));
        assertThat(properties(line).get("winProbability")).isEqualTo(Map.of("type", List.of("number", "null")));
        assertThat(properties(line).get("id")).isEqualTo(Map.of("type", "integer"));
        assertThat(properties(line).get("stage")).isEqualTo(Map.of("type", "string", "enum", List.of("OPEN", "WON")));
        assertThat(properties(line).get("touches")).isEqualTo(Map.of("type", "object", "additionalProperties", Map.of("type", "integer")));
        assertThat(properties(DocumentSchemas.of(Sample.class)).get("asOf")).isEqualTo(Map.of("type", "string", "format", "date-time"));
    }

    @Test
    void whatJacksonWritesMatchesTheGeneratedSchemaWithAndWithoutThePeriodNote() throws Exception {
        Map<String, Long> touches = new LinkedHashMap<>();
        touches.put("Call", 3L);
        Line line = new Line(7, null, null, Stage.OPEN, touches);
        PeriodNote note = new PeriodNote("moved to the data's last 90 days", true,
                new PeriodNote.Days(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"), "UTC"));
        Sample plain = new Sample(Instant.parse("2026-04-01T00:00:00Z"), List.of(line), null, null, null);
        Sample noted = new Sample(Instant.parse("2026-04-01T00:00:00Z"), List.of(line), line, "few deals", note);

        assertThat(problems(plain)).isEmpty();
        assertThat(problems(noted)).isEmpty();
        assertThat(JSON.writeValueAsString(plain)).doesNotContain("period").doesNotContain("warning");
    }

    @Test
    void aFieldTheRecordDoesNotHaveIsAMismatchForAStrictReader() throws Exception {
        Sample plain = new Sample(Instant.parse("2026-04-01T00:00:00Z"), List.of(), null, null, null);
        Map<String, Object> answer = JSON.convertValue(plain, Map.class);
        answer.put("surprise", 1);

        assertThat(responses().problems("GET", "/sample", 200, "application/json", JSON.writeValueAsString(answer)))
                .anySatisfy(problem -> assertThat(problem).contains("surprise"));
    }

    private static List<String> problems(Sample sample) throws Exception {
        return responses().problems("GET", "/sample", 200, "application/json", JSON.writeValueAsString(sample));
    }

    /** A one-route OpenAPI document, read by the same strict checker as the server's own. */
    private static DocumentedResponses responses() throws Exception {
        Map<String, Object> document = Map.of("openapi", "3.1.0", "info", Map.of("title", "t", "version", "1"),
                "paths", Map.of("/sample", Map.of("get", Map.of("responses", Map.of("200", Map.of("description", "ok",
                        "content", Map.of("application/json", Map.of("schema", DocumentSchemas.of(Sample.class)))))))));
        return DocumentedResponses.of(JSON.writeValueAsString(document));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> schema) {
        return (Map<String, Object>) schema.get("properties");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> items(Object array) {
        return (Map<String, Object>) ((Map<String, Object>) array).get("items");
    }
}
